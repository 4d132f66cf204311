"""A capital named as an actor ("Beijing said", "Moscow denied the report") stands for its state's
government: the finder gives it the state's country and the government's sector, and the linker
makes it the same actor as the state the article names acting as its government ("China", with
the government's sector), or, where it names none, as the one government of that state it names
("the Chinese government"). A state named as a nation, with no sector, is another actor. Where the article has two such
actors, or none, the capital stays an actor of its own; a seat of power ("the Kremlin", "the
White House") is not a capital and is left alone, as is a capital that is only where something
happened (the finder keeps no actor for it).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...kb import KnowledgeBase
from ...kb.model import Entity
from ...schema import Actor
from .holders import is_government

# The knowledge-base category of a state's capital city.
CAPITAL = "capital"
# The sector of a state's actor that acts as its government (a state the text names as a nation or
# a place has none: "Russia" beside "Moscow" may be two actors).
GOVERNMENT = "GOV"


def _capital(actor: Actor, kb: KnowledgeBase) -> bool:
    """Whether every mention of ``actor`` names a capital as a metonym of its state."""
    said = [m for m in actor.mentions if m.kind != "pronoun"]
    # a capital the events stage took for a party ("an attack in Berlin", "the ambassador to Doha")
    # comes as a state's name: it is that state all the same
    named = ("metonym", "name") if actor.kind == "country" else ("metonym",)
    if not actor.country or not said or any(m.kind not in named for m in said):
        return False
    return all(any(isinstance(n, Entity) and n.category == CAPITAL and n.country == actor.country
                   for n in kb.lookup(m.span.text)) for m in said)


def capitals_among(actors: Sequence[Actor], kb: KnowledgeBase) -> set[int]:
    """The indices of the actors that are capitals standing for their state (none is a second state)."""
    return {k for k, a in enumerate(actors) if _capital(a, kb)}


def capital_metonyms(actors: Sequence[Actor], capitals: set[int]) -> dict[int, int]:
    """For each capital standing for its state (``capitals``: :func:`capitals_among`), the index of
    the one actor that is that state, or where there is none, of the one government of that state."""
    states: dict[str, list[int]] = {}
    governments: dict[str, list[int]] = {}
    for k, a in enumerate(actors):
        if k in capitals:  # the finder gives a capital that acts the kind of a state: it is no second state
            continue
        if a.kind == "country" and a.country and a.sector == GOVERNMENT:
            states.setdefault(a.country, []).append(k)
        elif is_government(a):
            governments.setdefault(a.country or "", []).append(k)
    out: dict[int, int] = {}
    for i, a in enumerate(actors):
        if i not in capitals:
            continue
        found = states.get(a.country or "") or governments.get(a.country or "", [])
        if len(found) == 1 and found[0] != i:
            out[i] = found[0]
    return out


__all__ = ["capital_metonyms", "capitals_among"]
