"""Attacks told from the side of the attacked.

"The opposition leader survived an assassination attempt", "Ostrian troops repelled a Velmar
attack", "the garrison suffered a rocket attack by rebels", "Ostrian forces came under fire from
Velmar positions", "the convoy came under attack from rebels". A verb of undergoing or fending off
(word class ``events.coding.undergone.verbs``) whose object is an attack noun (or an attempt at
one: "an assassination attempt"), or a verb "under" an attack noun or fire
(``events.coding.undergone.under_verbs``: came under), is an ASSAULT on its subject, done by whom
the attack names: its possessor, "by" phrase, name or demonym (:func:`.weapons.named_on`), or its
"from" phrase, on the noun or the verb (a weapon's wielders, the names on a position, an armed side).

"Came under fire" is as often criticism ("came under fire from critics over the budget"): it is an
assault only when its "from" phrase names a weapon or an armed side (word class
``events.coding.undergone.armed_sides``), or names on one ("from Velmar positions"). Not attacks:
"suffered a heart attack" (the compound row has no event), "survived a vote of no confidence"; and
an attack told as known ("X survived the attack") retells an attack told before, which codes it.
"""

from __future__ import annotations

from typing import Any, Callable

from ..common import word_class
from .candidate import Candidate, preps_of, subject_of
from .weapons import FIRE_NOUNS, named_on, wielders

UNDERGOING_VERBS = word_class("events.coding.undergone.verbs")
UNDER_VERBS = word_class("events.coding.undergone.under_verbs")
ARMED_SIDES = word_class("events.coding.undergone.armed_sides")
_ATTEMPTS = frozenset({"attempt", "bid", "plot"})  # "an assassination attempt"
_KNOWN = frozenset({"the", "this", "that", "these", "those"})


def _attack_or_attempt(t: Any, is_attack: Callable[[Any], bool]) -> bool:
    if is_attack(t):
        return True
    return t.lemma_.lower() in _ATTEMPTS and any(c.dep_ == "compound" and is_attack(c) for c in t.children)


def _armed(g: Any) -> list[Any]:
    """Who a "from" phrase names as shooting: a weapon's wielders, the names on an armed side or
    position, an armed side itself; [] for anyone else ("from critics")."""
    if found := wielders(g):
        return found
    if g.lemma_.lower() in ARMED_SIDES:
        return named_on(g) or [g]
    return []


def undergone_attack(v: Any, is_attack: Callable[[Any], bool]) -> Candidate | None:
    """ASSAULT on the subject of an attack undergone or fended off (see the module); None otherwise."""
    lemma = v.lemma_.lower()
    if lemma in UNDERGOING_VERBS:
        acts = [o for o in v.children if o.dep_ == "dobj" and _attack_or_attempt(o, is_attack)]
    elif lemma in UNDER_VERBS:
        acts = [o for o in preps_of(v, ("under",)) if is_attack(o) or o.lemma_.lower() in FIRE_NOUNS]
    else:
        return None
    attacked = subject_of(v)[0]
    if not acts or not attacked:
        return None
    act = acts[0]
    if any(c.dep_ == "det" and c.lower_ in _KNOWN for c in act.children) and lemma in UNDERGOING_VERBS:
        return None  # "X survived the attack": the attack told before, retold
    froms = preps_of(act, ("from",)) + preps_of(v, ("from",))
    armed = [a for g in froms for a in _armed(g)]
    if lemma in UNDER_VERBS and not armed:
        return None  # "came under fire from critics": criticism
    doers = [c for c in act.children if c.dep_ == "poss"] + preps_of(act, ("by",)) + named_on(act) + armed
    return Candidate("ASSAULT", None, f"undergone:{lemma}_{act.lemma_.lower()}", [v], [v], v,
                     actors=doers, recipients=attacked, context="military", score=0.7)


def overcomes_armed(v: Any) -> bool:
    """Whether a verb of overcoming ("defeat", "crush": word class
    ``events.coding.detect.overcome_verbs``) has an armed side or struggle for object ("defeat the
    insurgents", "crush the rebellion"): force aimed at it, not a vote or a race."""
    return v.lemma_.lower() in word_class("events.coding.detect.overcome_verbs") and any(
        o.lemma_.lower() in ARMED_SIDES | word_class("events.coding.detect.overcome_targets")
        for o in v.children if o.dep_ == "dobj")


__all__ = ["ARMED_SIDES", "UNDERGOING_VERBS", "UNDER_VERBS", "overcomes_armed", "undergone_attack"]
