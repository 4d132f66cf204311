"""Giving oneself up to the police: COERCE (arrest) by the police on the one who gave up.

"The gunman surrendered to police", "the suspect turned himself in to the sheriff": a verb of
giving oneself up (word class ``events.coding.custody.yielding_verbs``; "turn" only as "turn
oneself in") whose "to" phrase is a keeper of custody (``events.coding.custody.custodians``:
police, officers, sheriffs, prosecutors, the authorities). The news is that the suspect is in
custody: the guide codes an arrest (COERCE, arrest), the custodian its actor and the one who gave
up its recipient.

Not custody: surrendering to an army or to rebels ("the unit surrendered to the army" stays a
military RETREAT), surrendering a thing ("surrendered his passport"), or giving up without saying to
whom ("the suspect surrendered").
"""

from __future__ import annotations

from typing import Any

from ..common import word_class
from .candidate import Candidate, particle_of, subject_of

YIELDING_VERBS = word_class("events.coding.custody.yielding_verbs")
CUSTODIANS = word_class("events.coding.custody.custodians")
_SELF = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"})
_PARTICLES = {"turn": "in"}  # verbs that give oneself up only with their particle


def given_up(v: Any) -> Candidate | None:
    """COERCE (arrest) for someone giving themselves up to the police; None otherwise."""
    lemma = v.lemma_.lower()
    if lemma not in YIELDING_VERBS:
        return None
    if lemma in _PARTICLES and particle_of(v) != _PARTICLES[lemma]:
        return None
    if any(c.dep_ == "dobj" and c.lower_ not in _SELF for c in v.children):
        return None  # "surrendered his passport": a thing handed over
    keepers = [g for p in v.children if p.dep_ == "prep" and p.lower_ == "to"
               for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in CUSTODIANS]
    held = subject_of(v)[0]
    if not keepers or not held:
        return None
    return Candidate("COERCE", "arrest", f"custody:{lemma}_to_{keepers[0].lemma_.lower()}", [v], [v], v,
                     actors=keepers, recipients=held, context="crime", score=0.7)


__all__ = ["given_up"]
