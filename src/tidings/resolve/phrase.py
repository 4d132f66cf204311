"""The grammar of an actor string: ``[determiners] [former] HEAD [prep COMPLEMENT]``.

Known names (people, organisations, countries, capitals, regions) are found longest-first, then
sector nouns and titles (:meth:`PhraseReader._scan`). The head gives the sector; its modifiers
("Russian", "Ukraine's", "Shanghai") give the country, and the complement fills in what the head
lacks ("president of the Riigikogu", "professor ... in Scotland"). An explicit title beats the
KB's dated role; a title before an unknown name makes that name the person.
"""

from __future__ import annotations

import datetime as dt

from ..kb.model import NAME_PARTICLES, Entity, Named, Person, SectorTerm, fold
from .lookup import KBLookup
from .words import (BODY_SECTORS, CABINET_WORDS, GENERIC_WORDS, HONORIFICS, NOT_ACTORS, PREPS, REGION_QUALIFIERS, RELATIONAL,
                    SPOKESPEOPLE, TERRITORIAL, Resolution, _Item, tokenize)


class PhraseReader(KBLookup):
    """Reads the words of an actor string into a resolution (None where nothing is known)."""

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
                # a state's demonym of one word or two ("South Korean"); a part of the world's adjective
                # gives no state ("Latin American", "West African": not the US's, not any one state's)
                if j - i <= 2 and (iso := self.kb.demonym(phrase)) and phrase[:1].isupper() \
                        and not (j - i == 1 and i > 0 and fold(words[i - 1]) in REGION_QUALIFIERS):
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
            if self._other_surname(words, who, covered):
                return None  # "Kerry Lee" is not John Kerry: someone whose forename is his surname
            res = self.person(who.value, on, 0.85, f"name {who.surface!r}")  # type: ignore[arg-type]
            return self._title_before(res, [it for it in items if it.end <= who.start], words)
        if (longer := self._longer_name(words, items, [it for it in head if it.end == split], covered)) is not None:
            return longer  # "Peace and Security Council", "National Security Council": not the body it ends in
        if self._forename_then_body_word(words, items):
            return None  # "Frank Church", "Peter Bank": a person's surname, not a church or a bank
        if not head:
            if len(words) == 1 or not comp:
                return None
            head, comp = comp, []
        return self._compose(head, comp, words, on)

    def _longer_name(self, words: list[str], items: list[_Item], ends: list[_Item], covered: set[int]) -> Resolution | None:
        """An unknown body for a phrase whose head ends in a known body's name after the first words
        of a longer name (:meth:`_longer_body`): of the state the phrase names ("the National
        Security Council of Mauritania"), of the sector its last word names ("National Congress": a
        legislature); None for any other phrase."""
        longer = next((it for it in ends if self._longer_body(words, it, covered)), None)
        if longer is None:
            return None
        states = [it for it in items if it.what == "demonym" or (
            it.what == "entity" and getattr(it.value, "category", None) == "country")]
        country, why = _country_of(states)
        kind = self.kb.sector_term(fold(longer.surface.split()[-1]))
        sector = kind.sector if kind is not None and kind.kind == "org" and kind.sector != "UNK" else None
        return Resolution(" ".join(words).replace(" 's", "'s"), "organization", country, sector, None, None, 0.3,
                          f"not in the knowledge base; a longer name than {longer.surface!r}{'; ' + why if why else ''}")

    def _longer_body(self, words: list[str], it: _Item, covered: set[int]) -> bool:
        """Whether a known body's name follows a capitalised word known as nothing, alone or before
        "and": the first words of a longer name ("National" of "National Security Council", "Peace
        and" of "Peace and Security Council"), not the known body."""
        k = it.start
        if not (it.what == "entity" and isinstance(it.value, Entity) and it.value.kind in ("organization", "group")
                and it.value.category not in ("country", "capital", "region", "seat")) or k < 1:
            return False
        if fold(words[k - 1]) in ("and", "&") and k >= 2:
            k -= 1
        def unknown(j: int) -> bool:  # a capitalised word known as nothing
            return j >= 0 and j not in covered and words[j][:1].isupper() and words[j].isalpha() \
                and fold(words[j]) not in PREPS and fold(words[j]) != "the"
        # one such word ("National"): a longer name; a run of them ("Combined Joint Task Force | Operation
        # Inherent Resolve") is another name before it
        return unknown(k - 1) and not unknown(k - 2)

    @staticmethod
    def _other_forename(words: list[str], who: _Item, covered: set[int]) -> bool:
        """Whether a capitalised word right before a matched person's name, known as nothing else, is
        a given name that person does not have ("Hamza" before "bin Laden")."""
        k = who.start - 1
        if k < 0 or k in covered or not words[k][:1].isupper() or fold(words[k]).rstrip(".") in HONORIFICS:
            return False
        own = {w for n in (who.value.name, *getattr(who.value, "aliases", ())) for w in fold(n).split()}
        return fold(words[k]) not in own

    @staticmethod
    def _other_surname(words: list[str], who: _Item, covered: set[int]) -> bool:
        """Whether a matched person is followed by a capitalised word known as nothing else that is
        none of that person's names: the one word is another person's forename ("Kerry" of "Kerry
        Lee"), the full name another's forenames ("David Lee DeWitt" is not David Lee). A particle
        leads a name of lineage the person may bear ("Mohammed bin Salman Al Saud")."""
        k = who.end
        if k >= len(words) or k in covered or not words[k][:1].isupper() or not words[k].isalpha() \
                or fold(words[k]) in NAME_PARTICLES or (who.end - who.start > 1 and fold(words[k]) in NOT_ACTORS):
            return False
        own = {w for n in (who.value.name, *getattr(who.value, "aliases", ())) for w in fold(n).split()}
        return fold(words[k]) not in own

    def _forename_then_body_word(self, words: list[str], items: list[_Item]) -> bool:
        """Whether ``words`` are a known forename, perhaps an initial, and one body word ("Frank T.
        Church"): a person named so. A forename that is itself a known name or a place ("Jordan
        Army", "Austin Council") leaves the body."""
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or len(items) != 1:
            return False
        last = items[0]
        if last.what != "term" or (last.start, last.end) != (len(words) - 1, len(words)) \
                or last.value.kind not in {"org", "group"}:  # type: ignore[attr-defined]
            return False
        if any(len(w.rstrip(".")) != 1 for w in words[1:-1]):
            return False  # only an initial between the forename and the surname
        first = words[0]
        if fold(first) not in self.kb.forenames or self.kb.lookup(first) or self.kb.demonym(first):
            return False
        hit = self.place(first)
        return hit is None or fold(hit[2]) != fold(first)

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
            res = self.entity(ent, 0.85, f"name {org.surface!r}", on)
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
                return self.entity(ents[0].value, 0.9, f"name {ents[0].surface!r}", on)  # type: ignore[arg-type]
            if ents and not comp:
                e = ents[-1]
                if e.end < len(words) - 1 and words[e.end].startswith("-"):
                    # "the US-based watchdog", "Iran-backed militias": the name says where the
                    # referent sits (its country) or who backs it (no one's country), not who it is
                    located = words[e.end].lower() == "-based"
                    return Resolution(" ".join(words), "group", country if located else None, None, None, None, 0.5,
                                      f"{e.surface!r}{words[e.end]}: {why_c if located else 'a relation, no country'}")
                rest = words[e.end:]
                if e.value.category in TERRITORIAL and rest and all(w[:1].isupper() for w in rest) \
                        and fold(rest[-1]) in self.kb.body_words:  # type: ignore[attr-defined]
                    # "the Hong Kong Bar Association": a body of the place its name opens with, not the place
                    return Resolution(" ".join(words), "organization", country, None, None, None, 0.6,
                                      f"a body's name ending in {rest[-1]!r}, of {why_c}")
                return self.entity(e.value, 0.6, f"name {e.surface!r} in {' '.join(words)!r}", on)  # type: ignore[arg-type]
            demonyms = [it for it in head if it.what == "demonym"]
            if demonyms and not ents:
                return Resolution(" ".join(words), "group", country, None, None, None, 0.6, why_c)
            if country is None:
                return None
        kind = "person" if head_term and head_term.value.kind in {"title", "leader"} else "group"  # type: ignore[attr-defined]
        if len(words) > 1 and all(w[:1].isupper() for w in words) and fold(words[-1]) in self.kb.body_words:
            kind = "organization"  # "Velmar Farmers Federation": a body's name, ended by a word only bodies' names end in
        name = " ".join(words).replace(" 's", "'s")
        tail = words[head_term.end:] if head_term else []
        if (kind == "person" or (head_term and head_term.value.kind == "group")) and tail and not comp \
                and all(w[:1].isupper() for w in tail) and fold(tail[-1]) not in self.kb.body_words:
            # "ophthalmologist Li Wenliang" too; not "Farmers Federation", a body's name
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
            if len(words) > 1 and fold(words[-1]) in self.kb.body_words:
                return Resolution(name, "organization", None, None, None, None, 0.3,
                                  f"not in the knowledge base; {words[-1]!r} ends only a body's name")
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


_STATE_FORCES = frozenset({"MIL", "COP", "SPY"})


def _sector_of(terms: list[_Item]) -> tuple[str | None, str, _Item | None]:
    """The head noun's sector; a relational noun ("officer") or a candidate takes an org word's."""
    real = [t for t in terms if t.value.sector != "UNK"] or terms  # type: ignore[attr-defined]
    if not real:
        return None, "", None
    last = real[-1]
    term: SectorTerm = last.value  # type: ignore[assignment]
    # a body's word before the office ("police chief", "rebel commander"): a group of a state body or side
    # a head title ("leader": kind leader) heads any group before it: "student leader" is EDU
    orgs = [t for t in real[:-1] if t.value.kind == "org" or (t.value.kind == "group"  # type: ignore[attr-defined]
                                                            and (t.value.sector in BODY_SECTORS  # type: ignore[attr-defined]
                                                                 or last.value.kind == "leader"))]  # type: ignore[attr-defined]
    last_word = fold(last.surface).split()[-1]
    # a minister or secretary of any field is in government ("health minister" is GOV, not MED)
    cabinet = term.kind == "title" and term.sector == "GOV" and last_word in CABINET_WORDS
    # a state's forces, police and spies keep their own sector: "government troops" are MIL, "state police" COP
    orgs = [o for o in orgs if not (o.value.sector == "GOV" and term.sector in _STATE_FORCES)]  # type: ignore[attr-defined]
    if orgs and not cabinet and term.sector not in {"PTY", "ELI"} and (term.kind != "org" or last_word in RELATIONAL
                                                                       or fold(last.surface) in RELATIONAL):
        o = orgs[-1]
        return o.value.sector, f"{last.surface!r} of {o.surface!r} -> {o.value.sector}", last  # type: ignore[attr-defined]
    return term.sector, f"{last.surface!r} -> {term.sector}", last


def _titled(res: Resolution, sector: str, title: str, country: str | None) -> Resolution:
    """``res`` (a KB person) as the title in the text describes them; but a candidacy or a party
    title (PTY) is no office, and an office the KB dates to the day stays ("candidate Ted Cruz", a
    sitting senator, is LEG: the guide codes a politician in office by the office)."""
    if res.sector == sector and (country is None or country == res.country):
        return res
    if sector == "PTY" and res.role and res.sector not in (None, "UNK", "ELI", "PTY"):
        return res
    return Resolution(res.name, res.kind, country or res.country, sector,
                      res.role if res.sector == sector else title, res.wikidata, res.score,
                      f"{res.reason}; the title {title!r} in the text -> {sector}", res.named)



def _with(res: Resolution, **changes: object) -> Resolution:
    from dataclasses import replace

    return replace(res, **changes)  # type: ignore[arg-type]



__all__ = ["PhraseReader"]
