"""Ultimatums told as time given: "Velmar gave the rebels 48 hours to lay down their arms or face
an assault", "the army gave protesters until Friday to leave the square".

A verb of giving (word class ``events.coding.deadlines.giving_verbs``) with a span of time (a time
or date expression, or "until"/"till" one) and an infinitive of a demanded act (word class
``events.coding.deadlines.demanded_acts``, the infinitive or a verb joined to it: "or face") is a
THREATEN to whom the time is given, its subject the actor. Time given to diplomats to leave the
country (``constructions.leave_verbs``, ``constructions.diplomats``) expels them: SANCTION (expel).

Not ultimatums: time given for no demanded act ("two days off", "an hour to finish the test"):
the verb is read as usual.
"""

from __future__ import annotations

from typing import Any

from ..common import word_class
from .candidate import Candidate, subject_of

GIVING_VERBS = word_class("events.coding.deadlines.giving_verbs")
DEMANDED_ACTS = word_class("events.coding.deadlines.demanded_acts")
_LEAVE_VERBS = word_class("events.coding.constructions.leave_verbs")
_DIPLOMATS = word_class("events.coding.constructions.diplomats")
_TIME_LABELS = frozenset({"TIME", "DATE"})
_UNTIL = frozenset({"until", "till", "by"})


def _time_span(v: Any) -> Any:
    """The span of time a verb gives ("48 hours", "until Friday"), or None."""
    for c in v.children:
        if c.ent_type_ in _TIME_LABELS and c.dep_ in ("npadvmod", "dobj", "dative"):
            return c
        if c.dep_ == "prep" and c.lower_ in _UNTIL and any(g.ent_type_ in _TIME_LABELS for g in c.children):
            return c
    return None


def _infinitive(v: Any, span: Any) -> Any:
    """The "to" clause of the time given, on the verb or on the span ("72 hours to leave")."""
    for h in (v, span):
        for c in h.children:
            if c.dep_ in ("advcl", "xcomp", "relcl", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                return c
    return None


def deadline_given(v: Any) -> Candidate | None:
    """THREATEN (or SANCTION, expel) for time given to comply (see the module); None otherwise."""
    if v.lemma_.lower() not in GIVING_VERBS:
        return None
    span = _time_span(v)
    act = _infinitive(v, span) if span is not None else None
    if act is None or not any(a.lemma_.lower() in DEMANDED_ACTS for a in (act, *act.conjuncts)):
        return None
    given = [c for c in v.children if c.dep_ in ("dative", "dobj") and c is not span and c.ent_type_ not in _TIME_LABELS]
    if not given:
        return None
    if act.lemma_.lower() in _LEAVE_VERBS and any(g.lemma_.lower() in _DIPLOMATS for g in given):
        return Candidate("SANCTION", "expel", f"deadline:{v.lemma_.lower()}_leave", [v], [v], v,
                         actors=subject_of(v)[0], recipients=given, context="diplomatic", score=0.75)
    return Candidate("THREATEN", None, f"deadline:{v.lemma_.lower()}_{act.lemma_.lower()}", [v], [v], v,
                     actors=subject_of(v)[0], recipients=given, score=0.7)


__all__ = ["DEMANDED_ACTS", "GIVING_VERBS", "deadline_given"]
