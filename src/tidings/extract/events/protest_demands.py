"""A demand told as what a protest says is the protest.

"a mass protest demanding the resignation of the minister", "a rally calling for higher wages",
"protesters carrying banners demanding justice": a participle or relative clause of demanding on
a protest noun (a noun of the event lexicon typed PROTEST) or on what protesters carry (word
class ``events.protest_demands.protest_signs``: banners, placards) tells a protest and what it is
for. The guide codes the protest (PROTEST, demo; its target is whom the demands are made of), not
a REQUEST of the banner. The protesters are the noun's possessor or "by" phrase, or whoever
carries the banners.

A protest noun that a light verb already takes ("held a protest demanding …", "a rally … was
held") is that verb's event; its demand is left as it is. Verbs of demanding: word class
``events.protest_demands.demanding_verbs``.
"""

from __future__ import annotations

from typing import Any, Callable

from ..common import word_class
from .args import is_participant_like
from .candidate import Candidate, subject_of
from .candidate import preps_of as _preps
from .lexicon import LIGHT_VERBS

_MODIFIER_DEPS = frozenset({"acl", "relcl"})


def _carriers(sign: Any) -> list[Any]:
    """Who carries a banner: "protesters carrying banners" (the participle's head), or the subject
    of the clause ("they carried banners demanding …")."""
    carrier = sign.head
    if sign.dep_ != "dobj" or carrier == sign:
        return []
    if carrier.dep_ == "acl" and is_participant_like(carrier.head):
        return [carrier.head]
    return subject_of(carrier)[0]


def _protesters(noun: Any) -> list[Any]:
    """The possessor or "by" phrase of a protest noun that names its protesters."""
    owners = [c for c in noun.children if c.dep_ == "poss"] + _preps(noun, ("by", "of"))
    return [o for o in owners if is_participant_like(o)]


def protest_demand(v: Any, noun_type: Callable[[Any], str | None]) -> Candidate | None:
    """The PROTEST a verb of demanding tells when it modifies a protest noun or a protester's banner;
    None otherwise (``noun_type`` gives a noun's event type in the lexicon)."""
    if v.dep_ not in _MODIFIER_DEPS or v.lemma_.lower() not in word_class("events.protest_demands.demanding_verbs"):
        return None
    noun = v.head
    if noun.lemma_.lower() in word_class("events.protest_demands.protest_signs"):
        actors, trigger = _carriers(noun), [v]
        if not actors:
            return None
    elif noun_type(noun) == "PROTEST":
        if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in LIGHT_VERBS:
            return None  # "held a protest demanding …": the light verb's protest
        actors, trigger = _protesters(noun), [noun]
    else:
        return None
    demanded = [c for c in v.children if c.dep_ == "dobj"] + _preps(v, ("for",))
    return Candidate("PROTEST", "demo", f"protest:{v.lemma_.lower()}", trigger, [v], v, actors=actors,
                     objects=demanded, score=0.6)


__all__ = ["protest_demand"]
