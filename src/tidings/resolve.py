"""Resolve one actor string to a canonical actor on a date: ``resolve("the Kremlin") -> RUS GOV``.

The string is read as ``[determiners] [former] HEAD [prep COMPLEMENT]``: known names (people,
organisations, countries, capitals, regions) are found longest-first, then sector nouns and
titles. The head gives the sector; its modifiers ("Russian", "Ukraine's", "Shanghai") give the
country, and the complement fills in what the head lacks ("president of the Riigikogu",
"professor ... in Scotland"). A person's sector is the role they hold on the date; with no role
then but an earlier one, they are ELI (former officials). Unknown names stay unknown: no
country is ever guessed from how a name sounds. Every answer says why.
"""

from __future__ import annotations

import datetime as dt
import re
import logging
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from .kb import KnowledgeBase, load_kb
from .ontology import NONSTATE_CODES
from .kb.model import Entity, Named, Person, Role, SectorTerm, fold

TERRITORIAL = {"country", "capital", "region", "igo", "seat", "coalition", "partially recognised"}
DROP = {"a", "an", "the", "this", "that", "these", "those", "some", "several", "many", "few", "dozens", "hundreds",
        "thousands", "of", "largest", "biggest", "main", "more", "most", "other", "all", "both", "one", "two", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten", "prominent", "heavily", "ruling", "top", "senior",
        "local", "disgraced", "team", "its", "their", "his", "her", "new", "unnamed", "unidentified"}
DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "some", "its", "their", "his", "her", "all", "both"}
FORMER = {"former", "ex", "ex-", "erstwhile"}
# Nouns for a leader's government ("the Trump administration"): the state's government, not the person.
REGIME_NOUNS = frozenset({"administration", "government", "cabinet", "regime"})
# Sectors of groups that are bodies with offices of their own ("police chief", "rebel commander").
BODY_SECTORS = {"COP", "MIL", "SPY", "REB", "PRM", "IMG"}
# Titles of people who speak for a body: "a spokesman for X" has X's sector, as a leader of X has.
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"}
PREPS = {"of", "to", "at", "in", "from", "across", "for", "with", "on", "inside", "near", "within"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us"}
NOT_ACTORS = {"yesterday", "today", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
              "sunday", "tonight", "week", "month", "year", "morning", "evening", "night"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "alhaji",
              "sheikh", "president", "general", "gen", "colonel", "col", "admiral", "senator", "sen", "rep",
              "pope", "king", "queen", "prince", "princess", "chancellor", "minister", "premier", "judge", "justice",
              "secretary", "ambassador", "governor", "mayor", "commander", "marshal", "colonel-general",
              "lieutenant", "captain", "sergeant", "major", "deputy", "imam", "rabbi", "father", "bishop", "cardinal"}
# Nouns that name a person by their tie to something: they take that thing's sector.
RELATIONAL = {"officer", "official", "member", "spokesperson", "spokesman", "spokeswoman", "agent", "employee",
              "staff", "representative", "accountant", "worker", "leader", "chief", "head", "director", "chairman"}
CABINET_WORDS = {"minister", "ministers", "secretary", "secretaries"}
# Words that leave a name generic ("Defense Department", "Supreme Court", "National Assembly").
GENERIC_WORDS = {"defense", "defence", "justice", "interior", "foreign", "state", "national", "federal", "supreme",
                 "high", "constitutional", "central", "general", "public", "security", "health", "education",
                 "finance", "treasury", "home", "affairs", "war", "military", "armed"}
LEADER_WORDS = ("supreme leader", "chancellor", "president", "prime minister", "premier", "king", "queen", "emir",
                "sultan")
log = logging.getLogger(__name__)
# Republics whose president is a ceremonial head of state: the head of government leads.
CEREMONIAL_PRESIDENCY = frozenset(
    "ALB ARM AUT BGD BGR CZE DEU DMA EST ETH FIN GEO GRC HRV HUN IND IRL IRQ ISL ISR ITA LVA LTU MLT MKD MNE MUS NPL "
    "PAK PRT SGP SMR SVK SVN TTO VUT XKX".split())
HEAD_OF_GOVERNMENT_WORDS = ("prime minister", "chancellor", "premier", "taoiseach", "president")
_TOKEN = re.compile(r"[\w][\w.&'\u2019]*(?:-[\w.&'\u2019]+)*|[-]")
_AFFIX = re.compile(r"^(.*?)-(based|led|backed|born|run|linked|allied|controlled|supported|aligned|owned)$", re.I)


@dataclass(frozen=True)
class Resolution:
    """One resolved actor string; ``named`` is the KB record it came from, if any."""

    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    wikidata: str | None = None
    score: float = 0.0
    reason: str = ""
    named: Named | None = None

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "kind": self.kind, "country": self.country, "sector": self.sector,
                "role": self.role, "wikidata": self.wikidata, "score": round(self.score, 3), "reason": self.reason}


@dataclass(frozen=True)
class _Item:
    start: int
    end: int
    what: str  # person, entity, demonym, term
    value: object
    surface: str


# "Iran-backed militias", "the Saudi-led coalition": the country names a patron, not whose they are
RELATION_SUFFIXES = {"backed", "led", "allied", "sponsored", "funded", "supported", "aligned", "armed", "trained",
                     "affiliated", "controlled", "linked"}
RELATION_PREFIXES = ("pro-", "anti-")


def _relations(low: list[str]) -> set[int]:
    """Indexes of words that name a relation to another actor, with the actor they name: "pro-X"
    and "anti-X" words, and "X -backed" (also "X - backed")."""
    out: set[int] = {i for i, w in enumerate(low) if w.startswith(RELATION_PREFIXES)}
    for i, w in enumerate(low):
        if w.lstrip("-") in RELATION_SUFFIXES and i > 0 and (w.startswith("-") or low[i - 1] == "-"):
            k = i - 1 if w.startswith("-") else i - 2
            out.update(j for j in range(max(k, 0), i + 1))
    return out


def tokenize(text: str) -> list[str]:
    """Words, with possessives and "-based"-style suffixes split off."""
    out: list[str] = []
    for tok in _TOKEN.findall(text.translate(str.maketrans({"\u2019": "'", "\u2018": "'"}))):
        if tok.endswith("'s") and len(tok) > 2:
            out += [tok[:-2], "'s"]
        elif tok.endswith("s'") and len(tok) > 2:
            out += [tok[:-1], "'s"]
        elif (m := _AFFIX.match(tok)):
            out += [m.group(1), "-" + m.group(2).lower()]
        else:
            out.append(tok)
    return out


class Resolver:
    """Resolves strings against one knowledge base; results are memoised per (text, date)."""

    def __init__(self, kb: KnowledgeBase | None = None, today: dt.date | None = None,
                 gazetteer: Callable[[], Any] | None = None) -> None:
        self.kb = kb or load_kb()
        self._gazetteer_loader = gazetteer
        self._gazetteer: Any = None
        # Without a date, "now" is as recent as the KB's people tables know about.
        now = dt.date.today()
        self.today = today or (min(now, self.kb.curated_until) if self.kb.curated_until else now)
        self._memo: dict[tuple[str, dt.date | None, str | None, bool], Resolution] = {}
        self._places = True

    # --- public ------------------------------------------------------------------------

    def resolve(self, text: str, date: dt.date | None = None, context: str | None = None,
                places: bool = True) -> Resolution:
        """``places=False`` skips the gazetteer fallback (for strings known not to be places)."""
        key = (text, date, context, places)
        if key not in self._memo:
            if len(self._memo) > 50_000:
                self._memo.clear()
            self._places = places
            try:
                self._memo[key] = self._resolve(text, date or self.today, context)
            finally:
                self._places = True  # the switch is for this call only: a later place() looks again
        return self._memo[key]

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

    def entity(self, ent: Entity, score: float, why: str) -> Resolution:
        return Resolution(ent.name, ent.kind, ent.country, ent.sector, None, ent.wikidata, score,
                          f"{why}: {ent.category} ({ent.source})", ent)

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
            holders = self.kb.role_holders(on, country, words)
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
                     if fold(p.name)[:3] == fold(words[0])[:3]]
            if len(cands) == 1:
                return cands[0], "name with a variant spelling"
        return None

    # --- the parse ---------------------------------------------------------------------

    def _resolve(self, text: str, on: dt.date, context: str | None) -> Resolution:
        toks = tokenize(text)
        low = [fold(t) for t in toks]
        former = any(t in FORMER for t in low)
        keep = [i for i, t in enumerate(low) if t not in FORMER and t != "-" and i not in _relations(low)]
        while keep and (low[keep[0]] in DROP or low[keep[0]].isdigit()):
            if toks[keep[0]][:1].isupper() and low[keep[0]] not in DETERMINERS and len(keep) > 1 \
                    and toks[keep[1]][:1].isupper():
                break  # a capitalised word inside a name: "New Zealand", "New York"
            keep.pop(0)
        words = [toks[i] for i in keep]
        if not words:
            return Resolution(text, "other", score=0.1, reason="no words")
        lw = [fold(w) for w in words]
        if len(lw) == 1 and lw[0] in PRONOUNS and not (words[0].isupper() and len(words[0]) > 1):
            return Resolution(text, "other", sector="UNK", score=0.2, reason="a pronoun: resolved by coreference")
        if len(lw) == 1 and lw[0] in NOT_ACTORS:
            return Resolution(text, "other", score=0.1, reason="a time word, not an actor")
        res = self._administration(words)
        if res is None:
            res = self._whole(words, on) if (form := self._legal_form(words)) is None else None
        else:
            form = None
        if res is None and form is not None:
            res = Resolution(" ".join(words), "organization", None, form.sector, None, None, 0.5,
                             f"a company by its legal form {words[-1]!r}")
        if res is None:
            res = self._parse(words, on)
        if res is None and context:
            res = self._from_context(text, context, on)
        if res is None and all(w[:1].isupper() for w in words) and (hit := self.place(" ".join(words))):
            res = Resolution(hit[2], "other", hit[0], None, None, None, 0.5,
                             f"not in the knowledge base; gazetteer {hit[1]} in {hit[0]}")
        if res is None:
            res = self._unknown(words)
        if res.named is None and any(i in _relations(low) for i in range(len(low))):
            # the name keeps the relation the analyst needs: "Iran-backed militias", with no country from it
            shown = [t for t, w in zip(toks, low) if w not in DETERMINERS]
            res = _with(res, name=" ".join(shown).replace(" -", "-").replace(" 's", "'s"))
        if former and res.sector != "ELI":
            res = Resolution(res.name, res.kind, res.country, "ELI", f"former {res.role}" if res.role else None,
                             res.wikidata, res.score, res.reason + "; 'former' -> ELI", res.named)
        return res

    def _legal_form(self, words: list[str]) -> SectorTerm | None:
        """The legal form ending a name the KB does not know ("Vance Logistics LLC"): no person's,
        whatever KB surname it holds."""
        if len(words) < 2 or not words[0][:1].isupper() or self.kb.lookup(" ".join(words)):
            return None
        term = self.kb.sector_term(words[-1])  # "Corp." is a form, "Corps" a military unit
        return term if term is not None and term.kind == "form" else None

    def _administration(self, words: list[str]) -> Resolution | None:
        """"The Trump administration", "the Bush government": the government of the state the named
        person leads or led (every KB person of that name of one state), never the person."""
        if len(words) < 2 or fold(words[-1]) not in REGIME_NOUNS:
            return None
        owner = " ".join(words[:-1])
        people = [n for n in self.kb.lookup(owner) if isinstance(n, Person)]
        if not people and len(words) == 2:
            people = list(dict.fromkeys(self.kb.surnames.get(fold(words[0]), [])))
        states = {r.country for p in people for r in p.roles if r.sector == "GOV"}
        if len(states) != 1:
            return None
        (state,) = states
        return Resolution(" ".join(words), "group", state, "GOV", None, None, 0.8,
                          f"the {words[-1]} of {owner!r}: {state}'s government")

    def _whole(self, words: list[str], on: dt.date) -> Resolution | None:
        phrase = " ".join(words).replace(" 's", "'s")
        found = self.kb.lookup(phrase)
        people = [n for n in found if isinstance(n, Person)]
        if people:
            return self.person(people[0], on, 0.95, f"name {phrase!r}")
        if found:
            return self.entity(_best(found), 0.95, f"name {phrase!r}")
        if len(words) == 1 and words[0][:1].isupper():
            if (iso := self.kb.demonym(words[0])):
                return Resolution(words[0], "group", iso, None, None, None, 0.6, f"demonym {words[0]!r} -> {iso}")
            if (p := self.surname(words[0], on)):
                return self.person(p, on, 0.75, f"surname {words[0]!r}")
        if len(words) >= 2 and fold(words[0]) in HONORIFICS:
            rest = self._whole(words[1:], on)
            if rest and rest.kind == "person":
                term = self.kb.sector_term(words[0])
                if term and term.kind in {"title", "leader"} and term.sector not in {"UNK", "ELI"}:
                    return _titled(rest, term.sector, words[0], None)
                return rest
        found_p = self.lookup_person(words, on)
        if found_p:
            return self.person(found_p[0], on, 0.8, f"{found_p[1]} {' '.join(words)!r}")
        return None

    def _scan(self, words: list[str], on: dt.date) -> list[_Item]:
        """Known names, demonyms and sector terms in ``words``, longest first, left to right."""
        items: list[_Item] = []
        i, n = 0, len(words)
        maxn = min(self.kb.max_name_tokens, 8)
        while i < n:
            hit: _Item | None = None
            for j in range(min(n, i + maxn), i, -1):
                span = words[i:j]
                if fold(span[-1]) in PREPS or fold(span[0]) in PREPS or span[-1] == "'s":
                    continue
                phrase = " ".join(span)
                found = self.kb.lookup(phrase)
                if found:
                    people = [f for f in found if isinstance(f, Person)]
                    hit = _Item(i, j, "person" if people else "entity", people[0] if people else _best(found), phrase)
                    break
                if j - i >= 2 and span[0][:1].isupper() and (fp := self.lookup_person(span, on)):
                    hit = _Item(i, j, "person", fp[0], phrase)
                    break
                term = self.kb.sector_term(phrase)
                if term:
                    hit = _Item(i, j, "term", term, phrase)
                    break
                if j - i == 1 and (iso := self.kb.demonym(phrase)) and phrase[:1].isupper():
                    hit = _Item(i, j, "demonym", iso, phrase)
                    break
            if hit:
                items.append(hit)
                i = hit.end
            else:
                i += 1
        return items

    def _parse(self, words: list[str], on: dt.date) -> Resolution | None:
        items = self._scan(words, on)
        if not items:
            return None
        covered = {k for it in items for k in range(it.start, it.end)}
        split = next((k for k, w in enumerate(words) if fold(w) in PREPS and k not in covered and k > 0), len(words))
        head = [it for it in items if it.end <= split]
        comp = [it for it in items if it.start >= split]
        people = [it for it in items if it.what == "person"]
        if people:
            who = people[-1]
            if self._other_forename(words, who, covered):
                return None  # "Hamza bin Laden" is not Osama bin Laden: a kinsman who shares the surname
            res = self.person(who.value, on, 0.85, f"name {who.surface!r}")  # type: ignore[arg-type]
            return self._title_before(res, [it for it in items if it.end <= who.start], words)
        if not head:
            if len(words) == 1 or not comp:
                return None
            head, comp = comp, []
        return self._compose(head, comp, words, on)

    @staticmethod
    def _other_forename(words: list[str], who: _Item, covered: set[int]) -> bool:
        """Whether a capitalised word right before a matched person's name, known as nothing else, is
        a given name that person does not have ("Hamza" before "bin Laden")."""
        k = who.start - 1
        if k < 0 or k in covered or not words[k][:1].isupper() or fold(words[k]).rstrip(".") in HONORIFICS:
            return False
        own = {w for n in (who.value.name, *getattr(who.value, "aliases", ())) for w in fold(n).split()}
        return fold(words[k]) not in own

    def _title_before(self, res: Resolution, before: list[_Item], words: list[str]) -> Resolution:
        """An explicit title in the string ("Foreign Minister Park Jin") beats the dated role lookup.

        The text says what the person was when it was written; the KB may have ended the role, or
        know a later one. The office is the first title (with the org words before it: "Army
        chief"); a country word before the title ("UK Defence Secretary") gives the country.
        """
        terms = [it for it in before if it.what == "term"]
        first = next((k for k, it in enumerate(terms) if it.value.kind in {"title", "leader"}  # type: ignore[attr-defined]
                      and it.value.sector not in {"UNK", "ELI"}), None)  # type: ignore[attr-defined]
        if first is None:
            return res
        sector, _, head = _sector_of(terms[:first + 1])
        if sector is None or head is None:
            return res
        placed = [it for it in before if it.what in {"demonym", "entity"}]
        country, _ = _country_of(placed)
        if country is not None and (len(country) != 3 or not country.isalpha()):
            country = None
        if country and res.country and country != res.country and placed and placed[0].what == "entity" \
                and placed[0].value.kind != "country":  # type: ignore[attr-defined]
            # "Congress president X": a body's generic name, not a country; the KB knows X's own country
            return res
        return _titled(res, sector, " ".join(words[terms[0].start:head.end]).replace(" 's", "'s"), country)

    def _compose(self, head: list[_Item], comp: list[_Item], words: list[str], on: dt.date) -> Resolution | None:
        ents = [it for it in head if it.what == "entity"]
        own = [it for it in ents if it.value.category not in TERRITORIAL]  # type: ignore[attr-defined]
        terms = [it for it in head if it.what == "term"]
        country, why_c = _country_of(head)
        generic = [it for it in ents if it.value.category not in {"country", "capital", "region"}  # type: ignore[attr-defined]
                   and self._generic(it)]
        if generic and country and generic[-1].value.country not in (None, country):  # type: ignore[attr-defined]
            # "Chile's Defense Department", "Kenya's Supreme Court": a possessive or adjectival
            # country beats the country of a body whose name is generic; its words give the sector.
            drop = {id(it) for it in generic}
            own = [it for it in own if id(it) not in drop]
            ents = [it for it in ents if id(it) not in drop]
            terms = sorted(terms + [_Item(it.start, it.end, "term", t, it.surface) for it in generic
                                    if (t := self.kb.sector_term(it.surface.split()[-1]))], key=lambda it: it.start)
        comp_country, comp_why = _country_of(comp)
        if own and comp_country and self._generic(own[-1]) and own[-1].value.country not in (None, comp_country):  # type: ignore[attr-defined]
            # "the Ministry of Defence of Hungary", "the Senate of Ostria": the country after "of" owns a generic body
            body = own[-1]
            term = self.kb.sector_term(body.surface.split()[-1])
            sector = body.value.sector or (term.sector if term else None)  # type: ignore[attr-defined]
            return Resolution(" ".join(words), "organization", comp_country, sector, None, None, 0.7,
                              f"generic body {body.surface!r} of {comp_why}")
        if own:
            org = own[-1]
            ent: Entity = org.value  # type: ignore[assignment]
            later = [t for t in terms if t.start >= org.end]
            res = self.entity(ent, 0.85, f"name {org.surface!r}")
            if later and (ent.sector is None or later[-1].value.sector in {"PTY", "ELI"}):  # type: ignore[attr-defined]
                term: SectorTerm = later[-1].value  # type: ignore[assignment]
                res = _with(res, sector=term.sector, reason=res.reason + f"; {later[-1].surface!r} -> {term.sector}")
            return res
        sector, why_s, head_term = _sector_of(terms)
        if head_term and (head_term.value.kind == "leader" or fold(head_term.surface) in SPOKESPEOPLE) \
                and comp:  # type: ignore[attr-defined]  # "a spokesman for the PMF" speaks for the PMF: its sector
            inner = self._compose(comp, [], words, on)
            if inner and (inner.sector or inner.kind != "country"):
                return Resolution(" ".join(words), "person", inner.country, inner.sector or sector, None, None, 0.7,
                                  f"{head_term.surface!r} of {inner.name!r}: {inner.reason}")
        if (sector is None or sector == "UNK") and comp:
            csector, cwhy, _ = _sector_of([it for it in comp if it.what == "term"])
            if csector and csector != "UNK":
                sector, why_s = csector, cwhy
            elif sector is None:
                sector, why_s = csector, cwhy
        if country is None and comp:
            country, why_c = _country_of(comp)
        if country is None and (hit := self._place_in(words, head + comp)):
            country, why_c = hit[0], f"{hit[2]!r}: gazetteer {hit[1]} in {hit[0]}"
        if sector is None and not terms:
            if len(ents) == 1 and len(head) == 1 and head[0].end - head[0].start == len(words):
                return self.entity(ents[0].value, 0.9, f"name {ents[0].surface!r}")  # type: ignore[arg-type]
            if ents and not comp:
                e = ents[-1]
                return self.entity(e.value, 0.6, f"name {e.surface!r} in {' '.join(words)!r}")  # type: ignore[arg-type]
            demonyms = [it for it in head if it.what == "demonym"]
            if demonyms and not ents:
                return Resolution(" ".join(words), "group", country, None, None, None, 0.6, why_c)
            if country is None:
                return None
        kind = "person" if head_term and head_term.value.kind in {"title", "leader"} else "group"  # type: ignore[attr-defined]
        name = " ".join(words).replace(" 's", "'s")
        tail = words[head_term.end:] if head_term else []
        if (kind == "person" or (head_term and head_term.value.kind == "group")) and tail and not comp \
                and all(w[:1].isupper() for w in tail):  # "ophthalmologist Li Wenliang" too
            # "Texas Attorney General Mela Ostrova": the name the KB lacks is the person, not the office's holder
            return Resolution(" ".join(tail), "person", country, sector, head_term.surface, None,  # type: ignore[union-attr]
                              0.6 if country else 0.5, "; ".join(r for r in (why_s, why_c, "an unknown name after the title") if r))
        if kind == "person" and head_term and country:
            holder = self.title_holder(head_term.surface, country, on)
            if holder:
                person, role = holder
                return Resolution(person.name, "person", role.country, role.sector, role.role, person.wikidata, 0.75,
                                  f"{head_term.surface!r} of {country} on {on} is {person.name} ({role.source})",
                                  person)
        reasons = "; ".join(r for r in (why_s, why_c) if r)
        return Resolution(name, kind, country, sector, head_term.surface if head_term and kind == "person" else None,
                          None, 0.65 if country else 0.5, reasons)

    def _generic(self, item: _Item) -> bool:
        """Whether a matched name is generic ("Defense Department", "Senate"): sector words only."""
        parts = [w for w in item.surface.split() if fold(w) not in {"of", "for", "and", "the"}]
        if not parts or len(parts) > 4:
            return False
        if self.kb.sector_term(parts[-1]) is None and not (  # "Ministry of Defence": the body word comes first
                self.kb.sector_term(parts[0]) is not None and all(fold(w) in GENERIC_WORDS for w in parts[1:])):
            return False
        return all(self.kb.sector_term(w) or fold(w) in GENERIC_WORDS for w in parts)

    def _place_in(self, words: list[str], items: list[_Item]) -> tuple[str, str, str] | None:
        """A country from a place name the KB lacks ("residents of Mariupol"), by the gazetteer."""
        if not self._places:
            return None
        covered = {k for it in items for k in range(it.start, it.end)}
        run: list[str] = []
        for k, w in enumerate([*words, ""]):
            if k < len(words) and k not in covered and w[:1].isupper() and w != "'s" and k > 0:
                run.append(w)
                continue
            if run and (hit := self.place(" ".join(run))):
                return hit
            run = []
        return None

    def _from_context(self, text: str, context: str, on: dt.date) -> Resolution | None:
        """Read a title just before (or an appositive just after) the name in its sentence."""
        at = context.find(text)
        if at < 0:
            return None
        before = tokenize(context[:at])[-4:]
        after = tokenize(context[at + len(text):])
        if after[:1] == [","]:
            after = after[1:]
        for window in (before, after[:6]):
            if not window:
                continue
            res = self._parse(window, on)
            if res and res.sector and not res.named:
                return Resolution(text, "person", res.country, res.sector, res.role, None, 0.5,
                                  f"context {' '.join(window)!r}: {res.reason}")
        return None

    def _unknown(self, words: list[str]) -> Resolution:
        name = " ".join(words).replace(" 's", "'s")
        caps = [w for w in words if w[:1].isupper()]
        if caps and len(caps) == len(words):
            kind = "organization" if len(words) == 1 and words[0].isupper() else "person"
            return Resolution(name, kind, None, None, None, None, 0.2, "not in the knowledge base")
        return Resolution(name, "other", None, None, None, None, 0.1, "not in the knowledge base")


def _best(found: list[Named]) -> Entity:
    """Among entities sharing a name, prefer countries, then organisations, then places."""
    order = {"country": 0, "organization": 1, "group": 2, "other": 3}
    ents = [f for f in found if isinstance(f, Entity)]
    return min(ents, key=lambda e: (order.get(e.kind, 4), e.category == "region"))


def _country_of(items: list[_Item]) -> tuple[str | None, str]:
    for it in items:
        if it.what == "demonym":
            return it.value, f"{it.surface!r} -> {it.value}"  # type: ignore[return-value]
        if it.what == "entity" and it.value.country:  # type: ignore[attr-defined]
            return it.value.country, f"{it.surface!r} -> {it.value.country}"  # type: ignore[attr-defined]
    return None, ""


def _sector_of(terms: list[_Item]) -> tuple[str | None, str, _Item | None]:
    """The head noun's sector; a relational noun ("officer") or a candidate takes an org word's."""
    real = [t for t in terms if t.value.sector != "UNK"] or terms  # type: ignore[attr-defined]
    if not real:
        return None, "", None
    last = real[-1]
    term: SectorTerm = last.value  # type: ignore[assignment]
    # a body's word before the office ("police chief", "rebel commander"): a group of a state body or side
    orgs = [t for t in real[:-1] if t.value.kind == "org" or (t.value.kind == "group"  # type: ignore[attr-defined]
                                                            and t.value.sector in BODY_SECTORS)]  # type: ignore[attr-defined]
    last_word = fold(last.surface).split()[-1]
    # a minister or secretary of any field is in government ("health minister" is GOV, not MED)
    cabinet = term.kind == "title" and term.sector == "GOV" and last_word in CABINET_WORDS
    if orgs and not cabinet and term.sector not in {"PTY", "ELI"} and (term.kind != "org" or last_word in RELATIONAL
                                                                       or fold(last.surface) in RELATIONAL):
        o = orgs[-1]
        return o.value.sector, f"{last.surface!r} of {o.surface!r} -> {o.value.sector}", last  # type: ignore[attr-defined]
    return term.sector, f"{last.surface!r} -> {term.sector}", last


def _titled(res: Resolution, sector: str, title: str, country: str | None) -> Resolution:
    """``res`` (a KB person) as the title in the text describes them."""
    if res.sector == sector and (country is None or country == res.country):
        return res
    return Resolution(res.name, res.kind, country or res.country, sector,
                      res.role if res.sector == sector else title, res.wikidata, res.score,
                      f"{res.reason}; the title {title!r} in the text -> {sector}", res.named)


def _load_gazetteer(loader: Callable[[], Any] | None) -> Any:
    """The offline gazetteer, or ``False`` when it cannot be had (the KB works without it)."""
    try:
        if loader is None:
            from .gazetteer import load_gazetteer

            loader = load_gazetteer
        return loader()
    except Exception as exc:  # an optional fallback: any failure just disables it
        log.warning("gazetteer unavailable for actor resolution: %s", exc)
        return False


def _with(res: Resolution, **changes: object) -> Resolution:
    from dataclasses import replace

    return replace(res, **changes)  # type: ignore[arg-type]


_DEFAULT: Resolver | None = None


def default_resolver() -> Resolver:
    """One resolver over the packaged KB per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Resolver()
    return _DEFAULT


def resolve(text: str, date: dt.date | None = None, context: str | None = None) -> Resolution:
    """Resolve ``text`` against the packaged knowledge base (see :class:`Resolver`)."""
    return default_resolver().resolve(text, date, context)


__all__ = ["Resolution", "Resolver", "default_resolver", "resolve", "tokenize"]
