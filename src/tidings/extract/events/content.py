"""What an event takes from another event that is only its content.

A statement folds the act it is about into itself ("agreed to withdraw" is one AGREE; "warned it
would attack Hamas" is one THREATEN, :func:`tidings.extract.events.coding` drops the attack). Two
things of the dropped act still belong to the one that keeps it:

- a meeting told twice in one clause ("met X and held talks with Y") has the actors of both;
- an act told by a verb and the noun of how it was done ("retaliated with missile strikes") takes
  the noun's mode, and the noun's target when the verb names no one ("... strikes on Israel");
- a threat is aimed at whom the threatened act would be done to, when that act is the
  threatener's own: its subject is a pronoun ("warned it would attack Hamas") or the threatener
  itself. An act the warning only foresees of someone else ("warned that militants would attack
  the city") names no target of the threat;
- a threat, or a hostile act still to come, made conditional on someone's act ("threatened to cut
  ties if Kestria recognised the region", "will impose sanctions unless Ostria withdraws") is aimed
  at whoever the condition names, when its own words name no one (:func:`aimed_by_condition`).
"""

from __future__ import annotations

from typing import Any

from ...ontology import quad_of
from .modality import condition_subjects
from .phrases import is_someone

_OWN_SUBJECTS = frozenset({"it", "they", "we", "i", "he", "she"})


def _own_act(outer: Any, inner: Any) -> bool:
    """Whether ``inner`` is what ``outer``'s clause says its actor will do: the content clause right
    under it ("warned [it would attack X]"; not a clause further down: "in retaliation for a raid
    where 100 people were killed") whose subject is a pronoun or the threatener's own name."""
    names = {a.text.lower() for a in outer.actors}
    return bool(inner.actors) and inner.head.head == outer.head and inner.head.dep_ in ("ccomp", "xcomp") \
        and all(a.lower_ in _OWN_SUBJECTS or a.text.lower() in names for a in inner.actors)


def fold_content(outer: Any, inner: Any) -> None:
    """Give ``outer`` what it takes from ``inner``, the content it absorbs (candidates, in place)."""
    if inner.event == outer.event == "CONSULT":
        outer.actors += [a for a in inner.actors if a not in outer.actors]
    if inner.event == outer.event and outer.mode is None and inner.mode:
        outer.mode = inner.mode  # "retaliated with missile strikes": the strikes say how
    if inner.event == outer.event and inner.noun is not None and not any(is_someone(r) for r in outer.recipients):
        outer.recipients += [r for r in inner.recipients if r not in outer.recipients]  # "... strikes on Israel"
    if outer.event == "THREATEN" and not any(is_someone(r) for r in outer.recipients) and inner.noun is None \
            and _own_act(outer, inner):  # "warned on Monday it would attack X": a date is no one
        outer.recipients += list(inner.recipients)
        outer.objects += [o for o in inner.objects if o not in outer.objects]


def aimed_by_condition(c: Any) -> None:
    """Give a threat or a hostile act (quad 4) that names no one (candidate, in place) the subjects of
    the if/unless clauses of its verbs and of the act it frames ("threatened [to cut ties] if
    Kestria recognised …"), not its own actor."""
    if (c.event != "THREATEN" and quad_of(c.event) != 4) or any(is_someone(r) for r in c.recipients):
        return
    verbs = list(dict.fromkeys([c.head, *c.verbs, *(k for v in c.verbs for k in v.children if k.dep_ == "xcomp")]))
    own = {a.lower_ for a in c.actors}
    c.recipients += [s for s in condition_subjects(verbs) if is_someone(s) and s.lower_ not in own]


__all__ = ["aimed_by_condition", "fold_content"]
