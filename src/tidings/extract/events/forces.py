"""What armed forces do by themselves: leave a place (a withdrawal), stay on alert (a mobilisation).

**Leaving a place** is a withdrawal (RETREAT, withdraw), as "withdrew from" it is.

"US troops left Afghanistan", "the last American soldiers left Iraq", "Russian forces abandoned
the town": a verb of leaving (word class ``events.coding.forces.leaving_verbs``) whose subject
names armed forces (word class ``events.coding.measures.commanded``, as the head noun or its
compound: "troops", "army units") and whose object is a place (a name but a body's or a people's,
whatever the tagger calls it, or a place noun of
``attach.place_nouns``: "the city", "the base") pulls them out of it. The place is the
recipient, as in "withdrew from Afghanistan" (the caller resolves it to a country or no one).

No one withdraws when someone else leaves: a person travelling ("the president left Paris for
Berlin"), civilians leaving a city, forces leaving a meeting (no place), or a place left by a
clause's subject that is no force ("the minister left the country").

**Staying on alert**: forces that remain or stay "on (high) alert" (a verb of staying, word class
``events.coding.forces.staying``, with an "on" phrase whose object is "alert") are mobilised
(MOBILIZE, troops), as forces put on alert are (the lexicon's "put/place on alert"). People who
are no force ("residents remained on alert") mobilise nothing.
"""

from __future__ import annotations

from typing import Any

from ..common import word_class
from .candidate import Candidate, subject_of
from .measures import names_forces

LEAVING = word_class("events.coding.forces.leaving_verbs")
STAYING = word_class("events.coding.forces.staying")
PLACE_NOUNS = word_class("attach.place_nouns")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# a name forces leave is a place whatever the tagger calls it ("left Kherson", tagged a person),
# but not a body or a people ("left NATO")
_NO_PLACE_LABELS = frozenset({"ORG", "NORP"})


def _place(tok: Any) -> bool:
    return tok.ent_type_ in _PLACE_LABELS or (tok.pos_ == "NOUN" and tok.lemma_.lower() in PLACE_NOUNS) \
        or (tok.pos_ == "PROPN" and tok.ent_type_ not in _NO_PLACE_LABELS)


def forces_left(v: Any) -> Candidate | None:
    """RETREAT (withdraw) for armed forces leaving a place, the place its recipient; None otherwise."""
    lemma = v.lemma_.lower()
    if v.pos_ != "VERB" or lemma not in LEAVING:
        return None
    actors = subject_of(v)[0]
    places = [c for c in v.children if c.dep_ == "dobj" and _place(c)]
    if not places or not actors or not all(names_forces(a) for a in actors):
        return None
    return Candidate("RETREAT", "withdraw", f"departure:{lemma}", [v], [v], v, actors=actors,
                     recipients=places, context="military", score=0.7)


def forces_on_alert(v: Any) -> Candidate | None:
    """MOBILIZE (troops) for armed forces staying on alert; None otherwise."""
    lemma = v.lemma_.lower()
    if v.pos_ != "VERB" or lemma not in STAYING:
        return None
    alert = any(p.dep_ == "prep" and p.lower_ == "on" and any(g.dep_ == "pobj" and g.lemma_.lower() == "alert"
                                                              for g in p.children) for p in v.children)
    actors = subject_of(v)[0]
    if not alert or not actors or not all(names_forces(a) for a in actors):
        return None
    return Candidate("MOBILIZE", "troops", f"alert:{lemma}_on_alert", [v], [v], v, actors=actors,
                     context="military", score=0.7)


__all__ = ["forces_left", "forces_on_alert"]
