"""What the knowledge base says about one name, with no grammar: a person's role on a date, an
entity's codes, the holder of an office, the person a bare surname or a variant spelling means,
and the offline gazetteer's place for a name the KB lacks (loaded on first need only).

:class:`KBLookup` holds the knowledge base and the gazetteer; the phrase grammar
(:mod:`.phrase`) and the whole-string resolver (:mod:`tidings.resolve`) build on it.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any, Callable, Sequence

from ..kb import KnowledgeBase, load_kb
from ..kb.model import Entity, Person, Role, fold
from .words import CEREMONIAL_PRESIDENCY, HEAD_OF_GOVERNMENT_WORDS, LEADER_WORDS, Resolution

log = logging.getLogger(__name__)


class KBLookup:
    """Look-ups of single names against one knowledge base (and, as a fallback, the gazetteer)."""

    def __init__(self, kb: KnowledgeBase | None = None, today: dt.date | None = None,
                 gazetteer: Callable[[], Any] | None = None) -> None:
        self.kb = kb or load_kb()
        self._gazetteer_loader = gazetteer
        self._gazetteer: Any = None
        # Without a date, "now" is as recent as the KB's people tables know about.
        now = dt.date.today()
        self.today = today or (min(now, self.kb.curated_until) if self.kb.curated_until else now)
        self._places = True

    def place(self, name: str, min_score: float = 0.0) -> tuple[str, str, str] | None:
        """(country, feature, name) of a place the KB lacks, from the offline gazetteer; None when
        the gazetteer's choice among places of that name scores under ``min_score``.

        The gazetteer is imported and loaded on first need only, so resolving known names never
        pays for it; a missing or broken gazetteer just means no fallback.
        """
        if not self._places or not name[:1].isupper():
            return None
        if self._gazetteer is None:
            self._gazetteer = _load_gazetteer(self._gazetteer_loader)
        if self._gazetteer is False:
            return None
        found = self._gazetteer.resolve(name)
        if found is None or not found.place.country or found.place.feature == "country" or found.score < min_score:
            return None
        return found.place.country, found.place.feature, found.place.name

    def person(self, person: Person, on: dt.date, score: float, why: str) -> Resolution:
        """A KB person with the role they hold on ``on`` (ELI where they only held one before)."""
        role = person.role_on(on)
        if role:
            return Resolution(person.name, "person", role.country, role.sector, role.role, person.wikidata, score,
                              f"{why}; {role.role} on {on} ({role.source})", person)
        past = person.last_role_before(on)
        if past:
            return Resolution(person.name, "person", past.country, "ELI", f"former {past.role}", person.wikidata,
                              score, f"{why}; no role on {on}, formerly {past.role} ({past.source})", person)
        first = person.first_role()
        return Resolution(person.name, "person", first.country if first else None, None, None, person.wikidata,
                          score * 0.8, f"{why}; no role yet on {on}", person)

    def entity(self, ent: Entity, score: float, why: str, on: dt.date | None = None) -> Resolution:
        """A KB entity with the sector it held on ``on`` (a group that came to power or lost it)."""
        sector, period = ent.sector_on(on)
        dated = f"; {sector} on {on} ({period.source})" if period else ""
        return Resolution(ent.name, ent.kind, ent.country, sector, None, ent.wikidata, score,
                          f"{why}: {ent.category} ({ent.source}){dated}", ent)

    def title_holder(self, title: str, country: str | None, on: dt.date) -> tuple[Person, Role] | None:
        """The one person holding the office a title names in ``country`` on ``on``."""
        if not country:
            return None
        key = fold(title)
        if key == "leader":
            # "the Israeli leader" is the prime minister: there the president is ceremonial
            order = HEAD_OF_GOVERNMENT_WORDS if country in CEREMONIAL_PRESIDENCY else LEADER_WORDS
            groups: Sequence[tuple[str, ...]] = [(w,) for w in order]
        elif key == "head of state":
            groups = [(w,) for w in LEADER_WORDS]
        else:
            groups = [(key,)]
        name = fold(self.kb.countries[country].name) if country in self.kb.countries else None
        for words in groups:
            holders = [h for h in self.kb.role_holders(on, country, words) if _names_office(h[1].role, words[0])]
            if len(holders) > 1 and name:
                # "President of France" over "President of the National Assembly of France"
                holders = [h for h in holders if fold(h[1].role) in {f"{words[0]} of {name}", f"{words[0]} of the {name}"}]
            if len(holders) == 1:
                return holders[0]
            if holders:
                return None
        return None

    def surname(self, word: str, on: dt.date) -> Person | None:
        """The person a bare surname most likely means: the only one, or the only one in office."""
        cands = self.kb.surnames.get(fold(word), [])
        uniq = list(dict.fromkeys(cands))
        if len(uniq) == 1:
            return uniq[0]
        active = [p for p in uniq if p.role_on(on)]
        return active[0] if len(active) == 1 else None

    def lookup_person(self, words: list[str], on: dt.date) -> tuple[Person, str] | None:
        """A full name, or one whose forename is spelled differently ("Aleksandr"/"Alexander")."""
        phrase = " ".join(words)
        for n in self.kb.lookup(phrase):
            if isinstance(n, Person):
                return n, "name"
        if len(words) >= 2 and words[0][:1].isupper():
            cands = [p for p in dict.fromkeys(self.kb.surnames.get(fold(words[-1]), []))
                     if _spelled_otherwise(words, p)]
            if len(cands) == 1:
                return cands[0], "name with a variant spelling"
        return None

    # --- the parse ---------------------------------------------------------------------


_VOWELS = frozenset("aeiouy")
# particles of lineage: the name after one is a father's ("Mohammed bin Salman")
_LINEAGE = frozenset({"bin", "ibn", "bint", "ben"})
_SPELLINGS = (("x", "ks"), ("ph", "f"), ("kh", "k"), ("dh", "d"), ("th", "t"), ("j", "y"))


def _skeleton(word: str) -> str:
    """A word's consonants, doubled ones once, after the spellings transliterations swap."""
    w = fold(word).replace("-", "")
    for a, b in _SPELLINGS:
        w = w.replace(a, b)
    out = [c for c in w if c.isalpha() and c not in _VOWELS]
    return "".join(c for k, c in enumerate(out) if k == 0 or c != out[k - 1])


def same_spelling(a: str, b: str) -> bool:
    """Whether two words are one name spelled otherwise: the same consonants in the same order, and
    the same first letter unless both open with a vowel ("Mohamed"/"Muhammad", "Sergei"/"Sergey",
    "Yevgeny"/"Evgeny", "Aleksandr"/"Alexander"; not "Khalifa"/"Khalid", "Ivan"/"Ian")."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb or _skeleton(fa) != _skeleton(fb):
        return False
    return fa[0] == fb[0] or (fa[0] in _VOWELS and fb[0] in _VOWELS)


def _spelled_otherwise(words: Sequence[str], person: Person) -> bool:
    """Whether ``words`` (surname last) name ``person`` in another spelling: the forename spelled
    otherwise with the same first three letters, and every name of lineage (the word after "bin",
    "ibn", "ben": "Khalifa bin Salman" is no son of Zayed) one of the person's own; other middle
    words are middle names or initials ("John G. Roberts", "Robert Gabriel Mugabe")."""
    forename = fold(person.name).split()[0]
    if fold(words[0])[:3] != forename[:3] or not same_spelling(words[0], forename):
        return False
    own = [w for n in (person.name, *person.aliases) for w in fold(n).split()]
    lineage = [w for k, w in enumerate(words[1:-1], 1) if fold(words[k - 1]) in _LINEAGE]
    return all(any(same_spelling(w, o) for o in own) for w in lineage)


def _load_gazetteer(loader: Callable[[], Any] | None) -> Any:
    """The offline gazetteer, or ``False`` when it cannot be had (the KB works without it)."""
    try:
        if loader is None:
            from ..gazetteer import load_gazetteer

            loader = load_gazetteer
        return loader()
    except Exception as exc:  # an optional fallback: any failure just disables it
        log.warning("gazetteer unavailable for actor resolution: %s", exc)
        return False


def _names_office(role: str, title: str) -> bool:
    """Whether a role that begins with ``title`` (hyphens read as spaces) is the office the title
    names: no "general" after it ("Commissioner-General" is another office than a commissioner), no
    portfolio ("Under-Secretary-General for Humanitarian Affairs" is one of the many the title names)."""
    rest = fold(role).replace("-", " ")[len(title.replace("-", " ")):]
    return rest == "" or rest.startswith(" ") and not rest.lstrip().startswith(("for ", "general"))


__all__ = ["KBLookup"]
