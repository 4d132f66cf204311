"""Fighting between two sides: both do it.

"Clashes between police and protesters left dozens injured", "heavy fighting erupted between the
army and rebels", "fighting between government forces and rebels has killed 30": a reciprocal act
(word class ``events.coding.reciprocal.acts``) is done by the sides its "between" phrase names, on
the act itself or on the verb it is the subject of (:func:`sides_between`). A verb of such an act
takes its "with" phrase as the other side: "police clashed with protesters" is the police's
assault on the protesters (:func:`other_side`); "fought with X" is not read so, X being as often
an ally.

Acts done to "each other" or "one another" by coordinated sides ("Israel and Hamas accused each
other of ...", "praised one another") are each side's statement about the others
(:func:`each_other`): one event per speaker; a joint act ("met each other": a consultation, an
agreement, a cooperation) and a fight ("fought each other": one clash) stay one. So are things
traded between coordinated sides ("Armenia and Azerbaijan traded accusations", "India and Pakistan
exchanged fire": word class ``events.coding.reciprocal.exchange_verbs``): each side's act on the
others, whatever the act; a place named ("exchanged insults at the UN") is no one's target.

Not sides: a "between" phrase naming times ("between Monday and Friday") or what is no one
("between the two towns" stays for the actor book to judge, a time never reaches it).
"""

from __future__ import annotations

import dataclasses
from typing import Any, Sequence

from ...ontology import quad_of
from ...schema import Event
from ..common import token_at, word_class
from .candidate import between, preps_of
from .phrases import is_participant_like

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


_EACH_OTHER = {"other": "each", "another": "one"}
_JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def joint_sides(event: str, words: Sequence[Any]) -> list[Any]:
    """The sides a joint act told without its doers names in a "between" phrase, on the act's noun
    or verb ("an agreement was reached between the government and the rebels", "talks were held
    between X and Y"); [] for other acts and for a phrase of fewer than two sides."""
    if event not in _JOINT_TYPES:
        return []
    for w in words:
        sides = between(w) or (between(w.head) if w.dep_ in ("nsubj", "nsubjpass", "dobj") else [])
        sides = [k for k in sides if is_participant_like(k)]
        if len(sides) >= 2:
            return sides
    return []


def _done_to_each_other(v: Any) -> bool:
    """Whether a verb's object, or the object of one of its prepositions, is "each other" or "one
    another"."""
    objects = [c for c in v.children if c.dep_ in ("dobj", "dative")] + preps_of(v, ("at", "against", "on", "of"))
    pairs = set(_EACH_OTHER.items())  # parsed either way: "other" under "each", or "one" over "another"
    return any((o.lower_, c.lower_) in pairs or (c.lower_, o.lower_) in pairs for o in objects for c in o.children)


def _traded(v: Any) -> bool:
    """Whether a verb of exchanging trades a plural thing between its doers ("traded accusations",
    "exchanged fire", word class ``events.coding.reciprocal.exchange_verbs``): each does it to the
    others."""
    return v.lemma_.lower() in EXCHANGE_VERBS and any(
        c.dep_ == "dobj" and (c.tag_ == "NNS" or c.lemma_.lower() in word_class("events.coding.reciprocal.mass_exchanges"))
        for c in v.children)


EXCHANGE_VERBS = word_class("events.coding.reciprocal.exchange_verbs")


def each_other(doc: Any, events: Sequence[Event]) -> list[Event]:
    """The events, each directed act of several doers on "each other" split into one per doer,
    the other doers its recipients (see the module docstring)."""
    out: list[Event] = []
    for ev in events:
        tok = token_at(doc, ev.trigger) if ev.trigger is not None else None
        traded = tok is not None and _traded(tok)
        if len(ev.actor) < 2 or (ev.recipient and not traded) or (quad_of(ev.event) not in (1, 3) and not traded) or ev.event in _JOINT_TYPES \
                or tok is None or not (traded or _done_to_each_other(tok)):
            out.append(ev)
            continue
        out += [dataclasses.replace(ev, actor=(a,), recipient=tuple(o for o in ev.actor if o != a),
                                    rule=f"{ev.rule}+each_other") for a in ev.actor]
    return out


__all__ = ["RECIPROCAL_ACTS", "each_other", "is_reciprocal", "joint_sides", "other_side", "sides_between"]
