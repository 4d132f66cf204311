"""The in-memory knowledge base: entities, people with dated roles, and the lookup tables.

The loader (:mod:`tidings.kb.load`) fills one :class:`KnowledgeBase` from CSV files; every
lookup the resolver needs is a dict built once here, so resolving a mention costs a few hash
lookups rather than a scan of the tables.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-"})
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)  # the same few thousand words recur in every article
def fold(text: str) -> str:
    """Lower-case, accent-free, straight-quoted, single-spaced: the key every index uses."""
    text = text.translate(_QUOTES)
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _SPACES.sub(" ", text).strip().lower()


_S_POSSESSIVE = re.compile(r"(?<=\w)s's\b")
_ARABIC_ARTICLES = frozenset({"al-", "el-"})
# Particles inside personal names, which spellings keep or drop ("Mohammed bin Salman Al Saud",
# "Ursula von der Leyen"): a surname may start with one, and no variant spelling is told by them.
NAME_PARTICLES = frozenset({"le", "la", "de", "del", "della", "dos", "das", "do", "van", "von", "der", "ter", "al", "el", "da",
                            "di", "du", "bin", "ibn", "bint", "ben"})


def name_key(text: str) -> str:
    """:func:`fold` without a leading article or trailing possessive ("the Kremlin's" -> "kremlin").

    A plural possessive is one key however it is spelled: "Workers' Party", "Workers's Party".
    """
    key = _S_POSSESSIVE.sub("s'", fold(text))
    if key.startswith("the "):
        key = key[4:]
    if key.endswith("'s"):
        key = key[:-2]
    elif key.endswith("'"):
        key = key[:-1]
    return key


def is_acronym(alias: str) -> bool:
    """Short all-capital aliases ("US", "WHO", "ICE") only match text written the same way; so do
    short ones with a capital inside ("LeT", "JeM"), which an ordinary word ("Let", "Jem") is not."""
    letters = [c for c in alias if c.isalpha()]
    if not letters or len(letters) > 6:
        return False
    if all(c.isupper() for c in letters):
        return True
    return len(letters) <= 4 and " " not in alias.strip() and letters[0].isupper() \
        and any(c.isupper() for c in letters[1:])


@dataclass(frozen=True)
class Entity:
    """A country, capital, seat of power, organisation, group or region."""

    key: str
    name: str
    kind: str  # schema ActorKind: country / organization / group / other
    category: str  # country, capital, seat, igo, party, armed group, media, region, ...
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    members: tuple[str, ...] = ()
    source: str = ""
    # sectors it held for a period only ("Taliban": GOV to 2001, REB to August 2021, GOV after)
    periods: tuple[SectorPeriod, ...] = ()

    def sector_on(self, on: dt.date | None) -> tuple[str | None, SectorPeriod | None]:
        """The sector on ``on`` and the period that gives it (None: the entity's own sector)."""
        period = next((p for p in self.periods if on is not None and p.active(on)), None)
        return (period.sector, period) if period else (self.sector, None)


@dataclass(frozen=True)
class SectorPeriod:
    """A sector an organisation held from ``start`` to ``end`` (inclusive; ``None`` = open)."""

    sector: str
    start: dt.date | None
    end: dt.date | None
    source: str = ""
    folder: str = ""  # the KB directory of its file

    def active(self, on: dt.date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class Role:
    """One office a person held, with the dates it began and ended (``None`` = open)."""

    role: str
    country: str
    sector: str
    start: dt.date | None
    end: dt.date | None
    source: str = ""

    def active(self, on: dt.date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    roles: tuple[Role, ...] = ()

    def role_on(self, on: dt.date) -> Role | None:
        """The role that best describes the person on a date (the most senior one active)."""
        active = [r for r in self.roles if r.active(on)]
        if not active:
            return None
        return min(active, key=lambda r: (SECTOR_RANK.get(r.sector, 99), -(r.start or dt.date.min).toordinal()))

    def last_role_before(self, on: dt.date) -> Role | None:
        past = [r for r in self.roles if r.end is not None and r.end < on]
        return max(past, key=lambda r: r.end) if past else None  # type: ignore[arg-type,return-value]

    def first_role(self) -> Role | None:
        return min(self.roles, key=lambda r: r.start or dt.date.min) if self.roles else None


# Which of several simultaneous roles names a person best: executive before legislative seats.
SECTOR_RANK = {"GOV": 0, "MIL": 1, "SPY": 2, "COP": 3, "JUD": 4, "LEG": 5, "OPP": 6, "PTY": 7}


@dataclass(frozen=True)
class SectorTerm:
    sector: str
    kind: str  # group, title, org, leader


Named = Entity | Person


@dataclass
class KnowledgeBase:
    """Everything loaded, plus the indexes built from it once."""

    countries: dict[str, Entity] = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    people: dict[str, Person] = field(default_factory=dict)
    sector_terms: dict[str, SectorTerm] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    names: dict[str, list[tuple[str, Named]]] = field(default_factory=dict)  # key -> (surface, named)
    surnames: dict[str, list[Person]] = field(default_factory=dict)
    forenames: dict[str, list[Person]] = field(default_factory=dict)
    family_first: set[str] = field(default_factory=set)  # countries whose names put the family name first
    # the first words of those countries' people's names (their family names), counted, and of others'
    family_names: dict[str, int] = field(default_factory=dict)
    other_forenames: set[str] = field(default_factory=set)
    body_words: set[str] = field(default_factory=set)  # words that end only a body's name ("Center")
    # abbreviated titles and the words they stand for ("brig." and "brig" -> "brigadier")
    abbreviations: dict[str, str] = field(default_factory=dict)
    # words joined to a title that leave its office as it is ("vice", "elect") -> "before" or "after"
    title_affixes: dict[str, str] = field(default_factory=dict)
    # acronyms whose one-capital form is an English word or a name ("Plan"): never the body
    acronym_words: set[str] = field(default_factory=set)
    # an organisation's folded name -> the sectors it held for a period only (sector_periods*.csv)
    sector_periods: dict[str, list[SectorPeriod]] = field(default_factory=dict)
    max_name_tokens: int = 1
    curated_until: dt.date | None = None
    issues: list[str] = field(default_factory=list)
    sources: tuple[str, ...] = ()
    # which KB directories an entry (by id()) or an issue came from, for checking one user folder
    origin: dict[int, frozenset[str]] = field(default_factory=dict)
    issue_dirs: list[str] = field(default_factory=list)

    def dirs_of(self, named: Named) -> frozenset[str]:
        return self.origin.get(id(named), frozenset())

    # --- building ----------------------------------------------------------------------

    def add_name(self, surface: str, named: Named) -> None:
        key = name_key(surface)
        if not key:
            return
        # an armed group's Arabic article is often left out ("Shabab" of "al-Shabab", "Qaeda"); of
        # other bodies it stays ("Al-Azhar" is no "Azhar")
        forms = [(key, surface)]
        if key[:3] in _ARABIC_ARTICLES and len(key) > 6 and getattr(named, "kind", None) == "group" \
                and (at := surface.lower().find(key[:3])) >= 0:
            forms.append((key[3:], surface[at + 3:]))  # its case is the name's own, not the article's
        first, _, rest = surface.partition(" ")
        if rest and 2 <= len(first) <= 3 and first.isalpha() and first.isupper():
            dotted = ".".join(first) + ". " + rest  # "US Treasury" is written "the U.S. Treasury" too
            forms.append((name_key(dotted), dotted))
        for k, form in forms:
            bucket = self.names.setdefault(k, [])
            if not any(n is named and s == form for s, n in bucket):
                bucket.append((form, named))
        self.max_name_tokens = max(self.max_name_tokens, key.count(" ") + 1)

    def add_entity(self, entity: Entity, aliases: list[str]) -> None:
        self.entities.append(entity)
        for alias in [entity.name, *aliases]:
            self.add_name(alias, entity)

    def add_person(self, person: Person) -> None:
        self.people[person.key] = person
        family_first = any(r.country in self.family_first for r in person.roles)
        whole = fold(person.name).split()
        # "John Lee Ka-chiu": an English forename before the family name and the given name; "David
        # Lee": a known family name last, after a forename others have that is no one else's family name
        forename_first = family_first and (len(whole) >= 3 and "-" in whole[-1] or len(whole) == 2 and (
            whole[-1] in self.family_names and whole[0] in self.other_forenames
            and self.family_names.get(whole[0], 0) <= 1))
        for alias in (person.name, *person.aliases):
            self.add_name(alias, person)
            parts = fold(alias).split()
            western = forename_first and parts[0] == whole[0]  # an alias may keep the family name first
            if western and len(parts) >= 3 and "-" in parts[-1]:
                self.surnames.setdefault(parts[-2], []).append(person)
                self.forenames.setdefault(parts[0], []).append(person)
            elif len(parts) >= 2 and family_first and not western:  # "Kim Yo-jong": Kim is the surname, Jong no name of hers
                if parts[0] not in self.sector_terms:  # "King Norodom Sihamoni": a title, no surname
                    self.surnames.setdefault(parts[0], []).append(person)
                self.forenames.setdefault(parts[-1], []).append(person)
            elif len(parts) >= 2:
                self.surnames.setdefault(parts[-1], []).append(person)
                if len(parts) >= 3 and parts[-2] in NAME_PARTICLES:
                    self.surnames.setdefault(" ".join(parts[-2:]), []).append(person)
                self.forenames.setdefault(parts[0], []).append(person)

    # --- lookups -----------------------------------------------------------------------

    def lookup(self, surface: str, exact_case: bool = True) -> list[Named]:
        """Everything the KB calls ``surface``; acronym aliases need the same capitals."""
        key = name_key(surface)
        found: list[Named] = []
        text = surface.translate(_QUOTES).strip()
        if text.lower().startswith("the "):
            text = text[4:]
        if text.endswith("'s"):
            text = text[:-2]
        for alias, named in self.names.get(key, ()):
            if exact_case and not _case_ok(alias, text, self.acronym_words):
                continue
            if named not in found:
                found.append(named)
        return found

    def demonym(self, word: str) -> str | None:
        return self.demonyms.get(fold(word))

    def sector_term(self, phrase: str) -> SectorTerm | None:
        """The sector of a noun or title, trying the singular of plurals ("troops", "gunmen")."""
        key = fold(phrase).replace(" 's", "'s")  # tokenised possessives: "sheriff 's office"
        if key in self.sector_terms:
            return self.sector_terms[key]
        for sing in singulars(key):
            if sing in self.sector_terms:
                return self.sector_terms[sing]
        first, _, rest = key.partition(" ")  # an office with a postposed word: "attorneys general"
        found = next((self.sector_terms[f"{s} {rest}"] for s in singulars(first) if rest and f"{s} {rest}" in self.sector_terms), None)
        full = " ".join(self.abbreviations.get(w, w) for w in key.split())
        if found is None and full != key:
            return self.sector_term(full)  # "Brig. Gen." as "brigadier general"
        return found if found is not None else self._title_form(key)

    def _title_form(self, key: str) -> SectorTerm | None:
        """The office a title's written form hides: a hyphen read as a space ("attorney-general"),
        an affix of deputising or of an office not yet taken left off ("vice-president",
        "president-elect": ``title_affixes``), "general" after an office its head ("consul general";
        after a rank still a general: "major general")."""
        if "-" in key:
            return self.sector_term(key.replace("-", " "))
        words = key.split()
        if len(words) < 2:
            return None
        if self.title_affixes.get(words[0]) == "before":
            return self.sector_term(" ".join(words[1:]))
        if self.title_affixes.get(words[-1]) == "after":
            return self.sector_term(" ".join(words[:-1]))
        office = self.sector_term(" ".join(words[:-1])) if words[-1] == "general" else None
        if office is not None and office.kind in ("title", "leader"):  # an office, not a body ("union")
            return self.sector_terms.get("general") if office.sector == "MIL" else office
        return None

    def role_holders(self, on: dt.date, country: str | None, words: tuple[str, ...]) -> list[tuple[Person, Role]]:
        """People whose role on ``on`` starts with one of ``words`` (in ``country`` if given)."""
        out = []
        for person in self.people.values():
            for r in person.roles:
                if not r.active(on) or (country and r.country != country):
                    continue
                low = fold(r.role).replace("-", " ")  # "Secretary-General" is the secretary general
                if any(low.startswith(w.replace("-", " ")) for w in words):
                    out.append((person, r))
                    break
        return out


def _case_ok(alias: str, text: str, words: frozenset[str] | set[str] = frozenset()) -> bool:
    """Acronyms match only in capitals, or, of four letters or more, with one capital as British
    papers write those said as words ("Nato", "Opec"), unless that spells one of ``words``
    ("Plan"); capitalised aliases need a capitalised first letter."""
    if alias.lower().startswith("the "):
        alias = alias[4:]
    if is_acronym(alias):
        said = len(alias) >= 4 and alias.isalpha() and alias.isupper() and text == alias.capitalize() \
            and alias.lower() not in words
        return text.replace(".", "") == alias.replace(".", "") or text == alias or said
    first_a = next((c for c in alias if c.isalpha()), "")
    first_t = next((c for c in text if c.isalpha()), "")
    if first_a.isupper() and first_t and not first_t.isupper():
        return False
    return True


def singulars(word: str) -> list[str]:
    """Candidate singular forms of an English plural (a few rules are enough for sector nouns)."""
    out = []
    last = word.rsplit(" ", 1)
    head, tail = (last[0] + " ", last[1]) if len(last) == 2 else ("", last[0])
    if tail.endswith("men") and len(tail) > 3:
        out.append(head + tail[:-3] + "man")
    if tail.endswith("ies") and len(tail) > 4:
        out.append(head + tail[:-3] + "y")
    if tail.endswith("es"):
        out.append(head + tail[:-2])
    if tail.endswith("s") and not tail.endswith("ss"):
        out.append(head + tail[:-1])
    if tail == "people":
        out.append(head + "person")
    if tail == "children":
        out.append(head + "child")
    return out


__all__ = ["Entity", "KnowledgeBase", "Named", "Person", "Role", "SECTOR_RANK", "SectorTerm", "fold",
           "is_acronym", "name_key", "singulars"]
