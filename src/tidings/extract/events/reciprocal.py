"""Fighting between two sides: both do it.

"Clashes between police and protesters left dozens injured", "heavy fighting erupted between the
army and rebels", "fighting between government forces and rebels has killed 30": a reciprocal act
(word class ``events.coding.reciprocal.acts``) is done by the sides its "between" phrase names, on
the act itself or on the verb it is the subject of (:func:`sides_between`). A verb of such an act
takes its "with" phrase as the other side: "police clashed with protesters" is the police's
assault on the protesters (:func:`other_side`); "fought with X" is not read so, X being as often
an ally.

Not sides: a "between" phrase naming times ("between Monday and Friday") or what is no one
("between the two towns" stays for the actor book to judge, a time never reaches it).
"""

from __future__ import annotations

from typing import Any

from ..common import word_class
from .candidate import between, preps_of

RECIPROCAL_ACTS = word_class("events.coding.reciprocal.acts")
_TIME_LABELS = frozenset({"DATE", "TIME"})


def is_reciprocal(t: Any) -> bool:
    return t.lower_ in RECIPROCAL_ACTS or t.lemma_.lower() in RECIPROCAL_ACTS


def sides_between(t: Any) -> list[Any]:
    """The sides a reciprocal act's "between" phrase names, on it or on the verb it is the subject
    of; [] for other words and for times."""
    if not is_reciprocal(t):
        return []
    sides = between(t)
    if not sides and t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX"):
        sides = between(t.head)  # "fighting erupted between A and B"
    return sides


def other_side(v: Any) -> list[Any]:
    """The "with" phrase of a verb of a reciprocal act ("clashed with protesters"); [] otherwise."""
    if v.pos_ != "VERB" or not is_reciprocal(v):
        return []
    return [k for s in preps_of(v, ("with",)) for k in (s, *s.conjuncts) if k.ent_type_ not in _TIME_LABELS]


__all__ = ["RECIPROCAL_ACTS", "is_reciprocal", "other_side", "sides_between"]
