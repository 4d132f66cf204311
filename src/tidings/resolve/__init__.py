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
from typing import Any, Callable

from ..kb import KnowledgeBase
from ..kb.model import Person, SectorTerm, fold
from .lookup import KBLookup
from .phrase import PhraseReader, _best, _titled, _with
from .words import (DETERMINERS, DROP, FORMER, HONORIFICS, NOT_ACTORS, PRONOUNS, REGIME_NOUNS, STATELESS_OFFICES, Resolution,
                    relation_words, tokenize)


class Resolver(PhraseReader):
    """Resolves strings against one knowledge base; results are memoised per (text, date)."""

    def __init__(self, kb: KnowledgeBase | None = None, today: dt.date | None = None,
                 gazetteer: Callable[[], Any] | None = None) -> None:
        super().__init__(kb, today, gazetteer)
        self._memo: dict[tuple[str, dt.date | None, str | None, bool], Resolution] = {}

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

    # --- the whole string --------------------------------------------------------------

    def _resolve(self, text: str, on: dt.date, context: str | None) -> Resolution:
        toks = tokenize(text)
        low = [fold(t) for t in toks]
        former = any(t in FORMER for t in low)
        keep = [i for i, t in enumerate(low) if t not in FORMER and t != "-" and i not in relation_words(low)]
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
        if res.named is None and any(i in relation_words(low) for i in range(len(low))):
            # the name keeps the relation the analyst needs: "Iran-backed militias", with no country from it
            shown = [t for t, w in zip(toks, low) if w not in DETERMINERS]
            res = _with(res, name=" ".join(shown).replace(" -", "-").replace(" 's", "'s"))
        if res.country in STATELESS_OFFICES and res.sector == "GOV":
            res = _with(res, sector=None, reason=res.reason + f"; an office of {res.country}: no state's government")
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
            return self.entity(_best(found), 0.95, f"name {phrase!r}", on)
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


__all__ = ["FORMER", "HONORIFICS", "KBLookup", "PhraseReader", "Resolution", "Resolver", "default_resolver", "resolve",
           "tokenize"]
