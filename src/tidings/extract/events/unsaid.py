"""Refusals told by negating a verb that names no event when affirmed.

The trigger finder turns a negated cooperative verb into a refusal ("will not release the
prisoners", ``coding._refused``), but only where the affirmed verb is an event of its own. Two
verbs are no event affirmed and a refusal negated (PLOVER REJECT: decline a request, boycott):

* weighing a request ("would not consider requests of this kind", "will not entertain the
  proposal", "did not consider the appeal"): a verb of weighing (word class
  ``events.coding.unsaid.weighing_verbs``) whose object is a request, proposal or offer
  (``events.coding.unsaid.proposals``). Its object is the recipient's phrase, so that the
  request's maker ("requests from X", "X's proposal") is the one refused. Considering the
  consequences, or considering a request, is no refusal.
* taking up one's seats ("will not take its seats in parliament"): a verb of taking
  (``events.coding.unsaid.taking_verbs``) with a seat (``events.coding.unsaid.seats``). The body
  the seats are in is no recipient: the refusal is aimed at whoever the party blames (an
  election's organisers, its winners), which the sentence rarely says.

The event's verb group is the thing refused, as for a declined candidacy: the negation and the
"would" are the refusal itself, not flags of a negated or hypothetical act.
"""

from __future__ import annotations

from typing import Any

from ..common import word_class
from .candidate import Candidate, subject_of

WEIGHING_VERBS = word_class("events.coding.unsaid.weighing_verbs")
PROPOSALS = word_class("events.coding.unsaid.proposals")
TAKING_VERBS = word_class("events.coding.unsaid.taking_verbs")
SEATS = word_class("events.coding.unsaid.seats")
_NEGATORS = frozenset({"not", "n't", "never"})


def _negated(v: Any) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in _NEGATORS) for c in v.children)


def _object(v: Any, nouns: frozenset[str]) -> Any:
    """The direct object of ``v`` (or, in the passive, its subject) whose lemma is one of ``nouns``."""
    return next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in nouns), None)


def declined_request(v: Any) -> Candidate | None:
    """REJECT for a negated verb of weighing a request; None otherwise."""
    if v.lemma_.lower() not in WEIGHING_VERBS or not _negated(v):
        return None
    request = _object(v, PROPOSALS)
    actors = subject_of(v)[0]
    if request is None or not actors:
        return None
    return Candidate("REJECT", None, f"unsaid:{v.lemma_.lower()}_{request.lemma_.lower()}", [v], [request], v,
                     actors=actors, recipients=[request], score=0.7)


def refused_seats(v: Any) -> Candidate | None:
    """REJECT for a negated verb of taking up one's seats; None otherwise."""
    if v.lemma_.lower() not in TAKING_VERBS or not _negated(v):
        return None
    seats = _object(v, SEATS)
    actors = subject_of(v)[0]
    if seats is None or not actors:
        return None
    return Candidate("REJECT", None, f"unsaid:{v.lemma_.lower()}_seat", [v], [seats], v, actors=actors,
                     recipients=[], context="legislative", score=0.7)


def unsaid_refusal(v: Any) -> Candidate | None:
    """The refusal a negated verb of weighing a request or of taking one's seats tells, or None."""
    return declined_request(v) or refused_seats(v)


__all__ = ["declined_request", "refused_seats", "unsaid_refusal"]
