"""Restrictions imposed without a verb of restriction: COERCE (restrict) by whoever imposes them.

* A rule announced as coming into force ("announced that wearing a mask would become compulsory",
  "declared that masks will be obligatory"): a verb of decreeing (word class
  ``events.coding.imposed.decreeing_verbs``) whose that-clause says, in the future or as a change
  ("will be", "would become"), that something is obligatory (``events.coding.imposed.obligations``).
  Its actor is who announced it; the rule binds the public, so it names no recipient.
* Something made obligatory ("made voter registration compulsory"): a verb of making
  (``events.coding.imposed.making_verbs``) with an obligation predicate.
* Something kept shut ("kept the stock markets closed", "held the border crossings shut"): a verb of
  keeping (``events.coding.imposed.keeping_verbs``) with a predicate of closure
  (``events.coding.imposed.closed_states``); what is kept shut is its recipient.

* Something left shut on someone's orders ("the markets remained closed under orders of the
  government", "schools stayed shut on the orders of the ministry"): a verb of remaining
  (``events.coding.imposed.remaining_verbs``) with a predicate of closure whose "under"/"on"/"by"
  phrase is an order (``events.coding.imposed.order_nouns``) of a participant; the one who ordered
  is the actor, what stays shut the recipient.

No one imposes a state told without a participant doing it ("voting is compulsory in Arnor", "the
rain kept the roads closed"), a fact reported in the past ("said voting was compulsory"), or a
question ("asked whether masks would become compulsory": no verb of decreeing).
"""

from __future__ import annotations

from typing import Any

from ..common import word_class
from .candidate import Candidate, subject_of
from .phrases import is_participant_like

DECREEING = word_class("events.coding.imposed.decreeing_verbs")
MAKING = word_class("events.coding.imposed.making_verbs")
KEEPING = word_class("events.coding.imposed.keeping_verbs")
REMAINING = word_class("events.coding.imposed.remaining_verbs")
ORDER_NOUNS = word_class("events.coding.imposed.order_nouns")
OBLIGATIONS = word_class("events.coding.imposed.obligations")
CLOSED_STATES = word_class("events.coding.imposed.closed_states")
_FUTURE = frozenset({"will", "would", "wo", "'ll", "shall"})
_PREDICATES = frozenset({"oprd", "ccomp", "xcomp", "acomp", "dobj"})
_COPULAS = frozenset({"be", "become"})


def _imposer(v: Any) -> list[Any]:
    """The subjects of ``v`` when one of them is a participant (a person, body or named party)."""
    actors = subject_of(v)[0]
    return actors if any(is_participant_like(a) or a.pos_ == "PROPN" for a in actors) else []


def _predicate(v: Any, words: frozenset[str]) -> Any:
    """The child of ``v`` that says its object is in a state of ``words`` ("made X compulsory",
    "kept X closed"), or None."""
    return next((c for c in v.children if c.dep_ in _PREDICATES and c.lower_ in words), None)


def _rule_announced(v: Any) -> Candidate | None:
    if v.lemma_.lower() not in DECREEING:
        return None
    for cc in (c for c in v.children if c.dep_ == "ccomp" and c.lemma_.lower() in _COPULAS):
        said = next((c for c in cc.children if c.dep_ in ("acomp", "attr") and c.lower_ in OBLIGATIONS), None)
        future = any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in cc.children)
        if said is None or not (future or cc.lemma_.lower() == "become"):
            continue
        actors = _imposer(v)
        if actors:
            return Candidate("COERCE", "restrict", f"imposed:{v.lemma_.lower()}_{said.lower_}", [v], [v], v,
                             actors=actors, recipients=[], score=0.7)
    return None


def _made_obligatory(v: Any) -> Candidate | None:
    if v.lemma_.lower() not in MAKING:
        return None
    said = _predicate(v, OBLIGATIONS)
    actors = _imposer(v) if said is not None else []
    if not actors:
        return None
    return Candidate("COERCE", "restrict", f"imposed:{v.lemma_.lower()}_{said.lower_}", [v], [v], v,
                     actors=actors, recipients=[], score=0.7)


def _kept_shut(v: Any) -> Candidate | None:
    if v.lemma_.lower() not in KEEPING:
        return None
    said = _predicate(v, CLOSED_STATES)
    actors = _imposer(v) if said is not None else []
    if not actors:
        return None
    kept = [c for c in v.children if c.dep_ == "dobj" and c is not said] + [
        c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")]
    return Candidate("COERCE", "restrict", f"imposed:{v.lemma_.lower()}_{said.lower_}", [v], [v], v,
                     actors=actors, recipients=kept, score=0.7)


def _orderers(v: Any, said: Any) -> list[Any]:
    """Who gave the order a closure is under ("under orders of X", "on X's orders", said of the verb
    of remaining or of its predicate), when a participant did."""
    orders = [g for t in (v, said) for p in t.children if p.dep_ == "prep" and p.lower_ in ("under", "on", "by")
              for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in ORDER_NOUNS]
    givers = [g for o in orders for c in o.children
              for g in ([c] if c.dep_ == "poss" else [x for x in c.children if x.dep_ == "pobj"]
                        if c.dep_ == "prep" and c.lower_ in ("of", "from") else [])]
    return [g for g in givers if is_participant_like(g) or g.pos_ == "PROPN"]


def _shut_by_order(v: Any) -> Candidate | None:
    if v.lemma_.lower() not in REMAINING:
        return None
    said = _predicate(v, CLOSED_STATES)
    actors = _orderers(v, said) if said is not None else []
    if not actors:
        return None
    shut = [t for t in subject_of(v)[0] if t not in actors]
    return Candidate("COERCE", "restrict", f"imposed:{v.lemma_.lower()}_{said.lower_}_ordered", [v], [v], v,
                     actors=actors, recipients=shut, score=0.7)


def imposed_restriction(v: Any) -> Candidate | None:
    """The COERCE (restrict) a rule announced, made, a closure kept or one left on someone's orders
    on verb ``v`` tells, or None."""
    return _rule_announced(v) or _made_obligatory(v) or _kept_shut(v) or _shut_by_order(v)


__all__ = ["imposed_restriction"]
