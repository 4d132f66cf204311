"""Protests told by a verb of gathering.

A verb of gathering ("gathered", "assembled", "converged", word class
``events.coding.gatherings.verbs``) names no protest of its own: fans gather to celebrate, residents
for a festival, worshippers for prayers. It tells one when who gathers are protesters ("hundreds of
demonstrators gathered outside the parliament": word class ``events.coding.implicit.protester_nouns``,
through a quantity's "of" phrase) or when the gathering's purpose is a protest or a demand
("thousands assembled in Tahrir Square to demand his resignation": word class
``events.coding.gatherings.purposes``). Whom the protest is against is found as for any protest.
"""

from __future__ import annotations

from typing import Any

from ..common import is_infinitive, word_class
from .candidate import Candidate, preps_of, subject_of

GATHERING = word_class("events.coding.gatherings.verbs")
PURPOSES = word_class("events.coding.gatherings.purposes")
PROTESTERS = word_class("events.coding.implicit.protester_nouns")


def _who(tok: Any) -> Any:
    """The noun that says who a subject is: a quantity's "of" phrase ("hundreds of students")."""
    return next(iter(preps_of(tok, ("of",))), tok)


def _protest_purpose(v: Any) -> bool:
    """Whether the verb's purpose infinitive ("to demand", "to protest against") is a protest or a demand."""
    return any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and c.lemma_.lower() in PURPOSES and is_infinitive(c)
               for c in v.children)


def protesters_gathered(v: Any) -> Candidate | None:
    """PROTEST (demo) for protesters gathering or a gathering to protest; None otherwise."""
    lemma = v.lemma_.lower()
    if v.pos_ != "VERB" or lemma not in GATHERING:
        return None
    actors = subject_of(v)[0]
    if not actors:
        return None
    if not (all(_who(a).lemma_.lower() in PROTESTERS for a in actors) or _protest_purpose(v)):
        return None
    return Candidate("PROTEST", "demo", f"gathering:{lemma}", [v], [v], v, actors=actors, score=0.6)


__all__ = ["protesters_gathered"]
