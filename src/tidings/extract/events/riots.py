"""Property a crowd destroys is a riot: a protest, not an assault.

PLOVER files a crowd's violence under PROTEST (modes riot and vandalize) and keeps ASSAULT for
organised force. The lexicon's verbs of destruction ("burned", "torched", "looted", "set fire to":
ASSAULT, mode destroy) code the same words for both, so "Protesters burned tires and looted
shops" was an assault of the protesters on the shops, where the real-news benchmark's coders code
a riot (a protest). An act of destruction whose every doer is a crowd of protest (a group named by
a protester noun, ``events.coding.implicit.protester_nouns``, or by a word of the crowd itself,
``events.coding.riots.crowd_nouns``: rioters, a mob, activists) is a protest in the riot mode; the
same acts by soldiers, rebels or police stay assaults, and a crowd's attack on people ("protesters
attacked police officers") is no act of destruction and stays one too. What such a crowd throws
that is no weapon (``events.coding.riots.riot_missiles``: "threw rocks and bottles at police")
makes a riot too: the coders code it so five times in six; grenades thrown stay an assault.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ...ontology import cameo_quad
from ...schema import Actor, Event
from ..common import word_class
from . import lexicon as event_lexicon
from .constructions import RIOT_MISSILES
from .implicit import PROTESTER_NOUNS
from .modality import intensity

DESTRUCTION_MODE = "destroy"
CROWD_NOUNS = PROTESTER_NOUNS | word_class("events.coding.riots.crowd_nouns")


def crowd_of_protest(actor: Actor | None) -> bool:
    """Whether an actor is a crowd of protest by the head noun of its name ("anti-government
    protesters", "a mob", "Rioters")."""
    if actor is None or actor.kind not in ("group", "organization") or not actor.name:
        return False
    head = actor.name.split()[-1].lower()
    return head in CROWD_NOUNS or head.removesuffix("s") in CROWD_NOUNS


# The rule family of an assault with a weapon or missile, named "instrument:<verb>_<what is used>".
_INSTRUMENT = "instrument:"


def thrown_missile(ev: Event) -> bool:
    """Whether an assault is told by what is thrown and it is no weapon ("threw rocks at police"): the
    instrument rule names a weapon among stones, so "rocks and petrol bombs" is no riot."""
    rule = (ev.rule or "").split("+")[0]
    return rule.startswith(_INSTRUMENT) and rule.rpartition("_")[2] in RIOT_MISSILES


def crowd_riots(events: Sequence[Event], actors: Sequence[Actor]) -> list[Event]:
    """``events`` with every act of destruction, and every stone thrown, by crowds of protest alone made a riot."""
    by_id = {a.id: a for a in actors}
    out = []
    for ev in events:
        if ev.event == "ASSAULT" and (ev.mode == DESTRUCTION_MODE or thrown_missile(ev)) and ev.actor \
                and all(crowd_of_protest(by_id.get(a)) for a in ev.actor):
            cameo = event_lexicon.cameo_code("PROTEST", "riot")
            ev = dataclasses.replace(ev, event="PROTEST", mode="riot", cameo=cameo, quad=cameo_quad(cameo),
                                     intensity=intensity(cameo, ev.aux), rule=f"{ev.rule}+riot")
        out.append(ev)
    return out


__all__ = ["CROWD_NOUNS", "DESTRUCTION_MODE", "crowd_of_protest", "crowd_riots", "thrown_missile"]
