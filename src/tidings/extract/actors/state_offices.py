"""A state's one office named bare is its holder where the article's states have one holder of it.

"British officials said the prime minister would not resign": the description names an office of
which each state has one (word class ``actors.link.national_offices``: the prime minister, the
chancellor, the king), with no name and nothing else about it. Placed in a state (the article's
one state, by :mod:`.national`), it is that state's holder; else, among the states the
article's actors belong to, the one whose holder of that office on the article's date the knowledge
base knows (:meth:`tidings.resolve.lookup.KBLookup.title_holder`) is its state: the description is
that person, merged into the actor the article names them by when it does. Two such states, or
none, leave it unresolved: unresolved is better than wrong.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from ...kb.model import fold
from ...ontology import NONSTATE_CODES
from ...schema import Actor
from ..common import word_class
from .alike import unnamed

NATIONAL_OFFICES = word_class("actors.link.national_offices")


def bare_office(actor: Actor) -> str | None:
    """The office an actor is only described by ("the prime minister" -> "prime minister"): no
    knowledge-base entry, no name among its mentions and no word but the office's."""
    if actor.wikidata or not unnamed(actor):
        return None
    said = {_office_words(actor.name)} | {_office_words(m.span.text) for m in actor.mentions if m.kind != "pronoun"}
    office = _office_words(actor.name)
    return office if office in NATIONAL_OFFICES and said == {office} else None  # not "the former prime minister"


def _office_words(text: str) -> str:
    words = fold(text).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def article_states(actors: Sequence[Actor], countries: set[str] | frozenset[str]) -> list[str]:
    """The states the article's actors belong to, in the order first met."""
    return list(dict.fromkeys(a.country for a in sorted(actors, key=lambda a: min((m.span.start for m in a.mentions), default=0))
                              if a.country and a.country in countries and a.country not in NONSTATE_CODES))


def state_office_holders(actors: Sequence[Actor], resolver: Any, on: dt.date | None,
                         countries: set[str] | frozenset[str]) -> tuple[list[Actor], dict[str, str]]:
    """The actors with each bare national office given its one holder among the article's states
    (merged into that person's actor when the article names them), and the ids that moved."""
    states = article_states(actors, countries) if on is not None else []
    out: dict[int, Actor] = dict(enumerate(actors))
    moved: dict[str, str] = {}
    for i, actor in enumerate(actors):
        office = bare_office(actor)
        if office is None or not states:
            continue
        # placed in a state already (by the article's one state): that state's holder only
        found = {c: h for c in ([actor.country] if actor.country else states)
                 if (h := resolver.title_holder(office, c, on)) is not None}
        if len(found) != 1:
            continue
        person, role = next(iter(found.values()))
        same = next((j for j, b in out.items() if j != i and (b.wikidata and b.wikidata == person.wikidata
                                                              or b.kind == "person" and b.name == person.name)), None)
        if same is not None:
            keep = out[same]
            mentions = tuple(sorted(keep.mentions + actor.mentions, key=lambda m: (m.span.start, m.span.end)))
            out[same] = dataclasses.replace(keep, mentions=mentions)
            moved[actor.id] = keep.id
            del out[i]
            continue
        out[i] = dataclasses.replace(actor, name=person.name, kind="person", country=role.country or None,
                                     sector=role.sector or actor.sector, role=role.role, wikidata=person.wikidata)
    return [out[i] for i in sorted(out)], moved


__all__ = ["NATIONAL_OFFICES", "article_states", "bare_office", "state_office_holders"]
