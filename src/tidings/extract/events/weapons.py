"""Weapons told as the doers of an attack, and whom they name as wielding them.

Wire copy often makes the weapon the subject or the "by" phrase of an attack: "Velmar artillery
pounded rebel positions", "the village was shelled by Ostrian artillery", "killed by Israeli tank
fire", "struck by a missile fired from a Russian warplane", "wounded by fire from the Ostrian
side", "shot down by Ostrian air defences". A weapon or armed platform (word class
``events.coding.weapons.armed_means``) is fired by whom it names (:func:`wielders`): its possessor,
a name or demonym on it or on the weapon compound it is told with ("tank fire"), or its "from"
phrase, on it or on its participle ("fired from"), read the same way; or the "by" phrase of its
participle ("missiles fired by the Israeli military", "a drone operated by the Houthis").

Fire (word class ``events.coding.weapons.fire_nouns``) is a weapon only when so named: by a
demonym ("Israeli fire"), a weapon compound ("tank fire") or a "from" phrase; a place name on it
("a Rask fire") names where a blaze burned, not who shot.

An act noun carries its doers the same way, also through its weapon compound: "a Velmar drone
strike" is Velmar's (:func:`named_on`).
"""

from __future__ import annotations

from typing import Any

from ..common import word_class
from .candidate import preps_of

ARMED_MEANS = word_class("events.coding.weapons.armed_means")
FIRE_NOUNS = word_class("events.coding.weapons.fire_nouns")
_NAME_LABELS = frozenset({"NORP", "GPE", "ORG"})
_WIELDER_LABELS = frozenset({"NORP", "ORG", "PERSON"})  # a place a weapon is fired from is no wielder


def _names(n: Any) -> list[Any]:
    return [c for c in n.children if c.dep_ in ("amod", "compound") and (c.ent_type_ in _NAME_LABELS or c.pos_ == "PROPN")]


def _weapon_compounds(n: Any) -> list[Any]:
    return [c for c in n.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in ARMED_MEANS]


def named_on(n: Any) -> list[Any]:
    """The names and demonyms an act noun carries as modifiers ("a Russian missile strike", "the
    Velmar offensive"), also on the weapon it is told with ("a Velmar drone strike"): who the noun
    says did it."""
    out = _names(n)
    for w in _weapon_compounds(n):
        out += [c for c in _names(w) if c not in out]
    return out


def weapon_fire(n: Any) -> bool:
    """Whether a fire noun is named as a weapon's, by a weapon compound ("rocket fire", "tank fire")
    or a demonym ("Israeli fire"): shooting, not a blaze ("the fire spread")."""
    return n.pos_ == "NOUN" and n.lemma_.lower() in FIRE_NOUNS and bool(
        _weapon_compounds(n) or [c for c in _names(n) if c.ent_type_ == "NORP"])


def is_weapon(t: Any) -> bool:
    return t.pos_ == "NOUN" and t.lemma_.lower() in ARMED_MEANS | FIRE_NOUNS


def wielders(w: Any, depth: int = 0) -> list[Any]:
    """Whom a weapon told as a doer names as firing it (see the module); [] for other words and
    for weapons naming no one ("a roadside bomb")."""
    if not is_weapon(w) or depth > 2:
        return []
    named = named_on(w)
    if w.lemma_.lower() in FIRE_NOUNS:  # "Israeli fire", "tank fire"; not "a Rask fire"
        named = [c for c in named if c.ent_type_ == "NORP" or c.head != w]
    named = [c for c in w.children if c.dep_ == "poss"] + named
    # "missiles fired by the Israeli military", "a drone operated by the Houthis": the participle's agent
    named += [g for c in w.children if c.dep_ == "acl" and c.tag_ == "VBN" for g in preps_of(c, ("by",))
              if g.ent_type_ in _WIELDER_LABELS or g.pos_ in ("PROPN", "NOUN") and not is_weapon(g) and g not in named]
    froms = preps_of(w, ("from",)) + [g for c in w.children if c.dep_ == "acl" for g in preps_of(c, ("from",))]
    for g in froms:
        found = wielders(g, depth + 1) or named_on(g) or ([g] if g.ent_type_ in _WIELDER_LABELS else [])
        named += [c for c in found if c not in named]
    return named


__all__ = ["ARMED_MEANS", "FIRE_NOUNS", "is_weapon", "named_on", "weapon_fire", "wielders"]
