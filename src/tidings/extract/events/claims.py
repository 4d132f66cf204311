"""Claims of a violent act: the claimant did it.

Wire copy often names who did an attack only by its claim: "X claimed responsibility for the
bombing", "X claimed the attack", "the attack was claimed by X", "two soldiers were killed in a
shooting claimed by X". A verb that owns up to an act (word class
``events.coding.claims.owning_verbs``: claim) whose object is an attack noun, or a claim object
(``events.coding.implicit.claim_objects``: responsibility, credit) "for" an attack noun, or whose
passive subject or head noun is one, makes an ASSAULT whose actor is the claimant (the subject, or
the "by" phrase of the passive) and whose recipients are the attack's "on"/"against" targets. An
incident noun that is no attack by itself (``events.coding.claims.claimable_incidents``: a blast,
an explosion) is one once claimed.

Not claims of an attack: claiming victory, a title or asylum (no attack claimed); admitting or
accepting responsibility (a concession, their own rows); a claim no one made ("no group has
claimed the attack") keeps its negation through the verb.
"""

from __future__ import annotations

from typing import Any, Callable

from ..common import word_class
from .candidate import Candidate, preps_of, subject_of

OWNING_VERBS = word_class("events.coding.claims.owning_verbs")
CLAIM_OBJECTS = word_class("events.coding.implicit.claim_objects")
CLAIMABLE_INCIDENTS = word_class("events.coding.claims.claimable_incidents")
_TARGET_PREPS = frozenset({"on", "against"})


def claimed_acts(v: Any, is_attack: Callable[[Any], bool]) -> list[Any]:
    """The attack nouns a verb of owning up claims: its object ("claimed the attack"), the "for"
    phrase of its claim object ("claimed responsibility for the bombing"), its passive subject
    ("the attack was claimed") or the noun it describes ("a shooting claimed by X")."""
    if v.lemma_.lower() not in OWNING_VERBS:
        return []

    def attack(t: Any) -> bool:
        return is_attack(t) or t.lemma_.lower() in CLAIMABLE_INCIDENTS
    owned = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    acts = [o for o in owned if attack(o)]
    for o in (o for o in owned if o.lemma_.lower() in CLAIM_OBJECTS):
        acts += [g for g in preps_of(o, ("for",)) + preps_of(v, ("for",)) if attack(g)]
    if v.dep_ == "acl" and v.tag_ == "VBN" and attack(v.head):
        acts.append(v.head)
    return acts


def claimed_attack(v: Any, is_attack: Callable[[Any], bool]) -> Candidate | None:
    """ASSAULT by the claimant of an attack (see the module); None for other verbs and claims."""
    acts = claimed_acts(v, is_attack)
    if not acts:
        return None
    claimants = subject_of(v)[0]
    if v.dep_ == "acl":  # "a shooting claimed by X": only the "by" phrase claims, not the noun's owner
        claimants = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not claimants:
        return None
    targets = [t for a in acts for t in preps_of(a, _TARGET_PREPS)]
    return Candidate("ASSAULT", None, f"claim:{v.lemma_.lower()}_{acts[0].lemma_.lower()}", [v], [v], v,
                     actors=claimants, recipients=targets, context="terrorism", score=0.7)


__all__ = ["CLAIMABLE_INCIDENTS", "OWNING_VERBS", "claimed_acts", "claimed_attack"]
