"""Weapons sent to another state are arms given to it, not a deployment against it.

The lexicon reads sending tanks, jets or warplanes as a deployment (MOBILIZE: "Russia sent tanks to
the border"), and a deployment to come that is aimed at someone as a threat. Sent *to a state*,
hardware is handed over: "Germany sent tanks to Ukraine" is military aid to Ukraine, "Germany will
send tanks to Ukraine" a promise of it, never a threat against the state that receives it. An act of
mobilising (MOBILIZE) whose object is hardware (word class ``events.coding.arms.hardware``: the
things a state gives another to fight with, not its soldiers nor its navy) and whose every
recipient is a state or a state's organ of another country than its doers is arms aid (AID,
military); hardware sent where no state is named (a border, a front), or to the doers' own forces,
is still deployed, and troops and warships sent are deployed wherever they go.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..common import word_class

HARDWARE = word_class("events.coding.arms.hardware")
_STATE_SECTORS = frozenset({"GOV", "MIL"})


def sent_hardware(things: Sequence[Any]) -> bool:
    """Whether what the act moves is hardware (its head noun, or the noun a number counts)."""
    return bool(things) and all(t.lemma_.lower() in HARDWARE for t in things)


def arms_given(things: Sequence[Any], actors: Sequence[str], recipients: Sequence[str],
               actor_of: Callable[[str], Any]) -> bool:
    """Whether a mobilisation of ``things`` by ``actors`` to ``recipients`` (ids, looked up with
    ``actor_of``) hands arms to another state: hardware sent to states or their organs, every one
    of another country than every doer's (both known)."""
    if not sent_hardware(things) or not actors or not recipients:
        return False
    own = {a.country for i in actors if (a := actor_of(i)) is not None}
    if None in own or not own:
        return False
    for rid in recipients:
        r = actor_of(rid)
        if r is None or r.country is None or r.country in own or not (
                r.kind == "country" or r.sector in _STATE_SECTORS):
            return False
    return True


__all__ = ["HARDWARE", "arms_given", "sent_hardware"]
