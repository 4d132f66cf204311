"""Whom a protest that names no one is against: the protesters' own state.

The guide (4.3) codes a protest's target as whom the protesters make demands of, "even if the
article does not write 'against'"; a protest at home ("Students in Dhaka staged a rally against
the new quota system") makes its demands of the country's government. So a protest whose words
give no target (:func:`~.recipient.protest_targets`, a judged act's doer in :mod:`.anaphora`) is
against the state of its protesters when

- every protester is of a civil or private sector or a party (citizens, students, workers, unions,
  the opposition; :data:`~tidings.ontology.SECTOR_GROUPS`), never a state organ;
- they share one known country, a state's (no international body); and
- the article names that state (its country, its government or an office holder of it): a state
  no one names is not invented, and another state is never assumed.

The state's own actor is preferred to its government's body, that to its authorities named as a
group, and those to an office holder. A
negated protest ("did not protest") is against no one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from ...ontology import NONSTATE_CODES, SECTOR_GROUPS
from ...schema import Actor, Event
from ..common import word_class
from .phrases import counted
from .relevance import DISCOURSE_RECIPIENT, told_recipient

# people away from home: their protest abroad is not aimed at the country they protest in
AWAY_NOUNS = word_class("events.coding.protested.away_from_home")


def abroad_countries(doers: Sequence[Any], book: Any) -> frozenset[str]:
    """The home countries of a protest's doers who are away from home: exiles, refugees, a
    diaspora (word class ``events.coding.protested.away_from_home``), or people "from" a state
    ("Kurdish activists from Turkey"); their protest in another country is not aimed at it. People
    named by a nationality alone ("ethnic Albanians demonstrated in Serbia") may be at home."""
    out: set[str] = set()
    for t in map(counted, doers):  # "hundreds of Ukrainian refugees": the refugees
        origin = [g for p in t.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children if g.dep_ == "pobj"]
        if t.lemma_.lower() not in AWAY_NOUNS and not origin:
            continue
        aid = book.resolve(t, add=False)
        code = next((c for g in origin if (c := book.countries.of_text(g.text))), None) or (book.country(aid) if aid else None)
        if code and code not in NONSTATE_CODES:
            out.add(code)
    return frozenset(out)


# the order in which a state's actors stand for it as a protest's target
_STATE_KINDS = ("country", "organization", "group", "person")
_PROTESTING_GROUPS = frozenset({"civil", "private"})


def _protesting(a: Actor | None) -> bool:
    return a is not None and a.kind != "country" and (
        SECTOR_GROUPS.get(a.sector or "") in _PROTESTING_GROUPS or a.sector in ("OPP", "PTY"))


def _protesters_country(ev: Event, actors: dict[str, Actor]) -> str | None:
    found = [actors.get(a) for a in ev.actor]
    if not found or not all(_protesting(a) for a in found):
        return None
    countries = {a.country for a in found if a is not None}
    if len(countries) != 1:
        return None
    code = countries.pop()
    return code if code and code not in NONSTATE_CODES else None


def own_state(ev: Event, actors: Sequence[Actor]) -> str | None:
    """The actor of the protesters' own state that the article names, or None (see the module
    docstring)."""
    code = _protesters_country(ev, {a.id: a for a in actors})
    if code is None:
        return None
    states = [a for a in actors if a.country == code and a.sector == "GOV" and a.kind in _STATE_KINDS
              and a.id not in ev.actor]
    states.sort(key=lambda a: _STATE_KINDS.index(a.kind))
    return states[0].id if states else None


def own_state_targets(events: Sequence[Event], actors: Sequence[Actor]) -> list[Event]:
    """The events, each protest with protesters and no target its words give (a party the
    discourse suggests is only a guess: it gives way) given their own state. ``actors`` are the
    article's settled actors (a group's country is the article's only once they are settled)."""
    out = []
    for ev in events:
        if ev.event == "PROTEST" and ev.actor and not told_recipient(ev) and "negation" not in ev.aux \
                and (state := own_state(ev, actors)) is not None:
            rule = "+".join(p for p in (ev.rule or "").split("+") if not ("+" + p).startswith(DISCOURSE_RECIPIENT))
            ev = dataclasses.replace(ev, recipient=(state,), rule=f"{rule}+own_state")
        out.append(ev)
    return out


__all__ = ["AWAY_NOUNS", "abroad_countries", "own_state", "own_state_targets"]
