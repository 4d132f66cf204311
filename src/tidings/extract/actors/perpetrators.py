"""Perpetrators: a description of one person by what they are said to have done ("the suspect",
"the gunman", "the accused") names the one named person of the article who may be them (no office,
no sector but a perpetrator's, no other state), named within a few sentences of the description,
or of several the one clearly most salient where it is read (:mod:`.salience`).

Read by the linker (:mod:`.link`) once the bodies and the people are known with all their proposals.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...kb import KnowledgeBase
from ...schema import Actor
from ..common import word_class
from .alike import POSSESSIVES, unnamed
from .holders import _head_word, _words
from .salience import WINDOW, Place, most_salient
from .variants import SETS_APART

# Heads that describe one person by what they are said to have done ("the suspect", "the gunman").
_PERPETRATOR_HEADS = word_class("actors.link.perpetrator_heads")
_DESCRIBED = frozenset({"nominal", "title", "appositive"})


def _perpetrator_sectors(kb: KnowledgeBase) -> frozenset[str]:
    """The sectors the knowledge base gives the perpetrator heads ("suspect" CRM, "gunman" UAF)."""
    return frozenset(t.sector for w in _PERPETRATOR_HEADS if (t := kb.sector_terms.get(w)) is not None)


def _describes_perpetrator(actor: Actor) -> bool:
    """Whether an unnamed actor is described, every time, as one perpetrator ("the suspect", "the
    alleged gunman"; not "the gunmen", "his attacker", "the second suspect")."""
    said = [m for m in actor.mentions if m.kind != "pronoun"]
    return actor.kind in {"person", "group"} and unnamed(actor) and bool(said) and all(
        m.kind in _DESCRIBED and _head_word(m.span.text) in _PERPETRATOR_HEADS
        and not any(w in POSSESSIVES or w in SETS_APART for w in _words(m.span.text)) for m in said)


def _near(places: Sequence[Place], at: Sequence[Place]) -> bool:
    return any(abs(p.sentence - a.sentence) <= WINDOW for p in places for a in at)


def perpetrator_descriptions(actors: Sequence[Actor], kb: KnowledgeBase,
                             places: Sequence[Sequence[Place]] | None = None,
                             root: Sequence[int] | None = None) -> dict[int, int]:
    """For each person described only as a perpetrator ("the suspect", "the gunman", "the accused"),
    the index of the named person they are: the one person of the article who may be (no office,
    no sector but a perpetrator's, no other state), named within a few sentences of the
    description, or of several such people the one clearly most salient where the description is
    read (:mod:`.salience`); none without places of mentions, or where two are equally good.

    ``root``: for each proposal, the first of the proposals already found to be one entity with it
    (by default each its own): a person is judged with all of their proposals ("Bash" is the
    prosecutor "Josh Bash")."""
    if not places:
        return {}
    root = list(range(len(actors))) if root is None else root
    sectors = _perpetrator_sectors(kb)
    members: dict[int, list[int]] = {}
    for k, r in enumerate(root):
        members.setdefault(r, []).append(k)
    people: dict[int, list[Place]] = {}
    for r, ks in members.items():
        group = [actors[k] for k in ks]
        may_be = all(b.kind == "person" and not b.role and (b.sector is None or b.sector in sectors) for b in group)
        if may_be and any(not unnamed(b) for b in group) and len({b.country for b in group if b.country}) <= 1:
            people[r] = [p for k in ks for p in places[k]]
    out: dict[int, int] = {}
    for i, ks in members.items():  # descriptions found to be one ("the gunman", "the suspect") go together
        if not all(_describes_perpetrator(actors[k]) for k in ks):
            continue
        at = [p for k in ks for p in places[k]]
        countries = {actors[k].country for k in ks if actors[k].country}
        fits = [r for r, found in people.items() if r != i and _near(found, at) and not (
            countries and any(actors[k].country and actors[k].country not in countries for k in members[r]))]
        if len(fits) > 1:
            k = most_salient(range(len(fits)), [people[r] for r in fits], at)
            fits = [fits[k]] if k is not None else []
        if len(fits) == 1:
            out[i] = fits[0]
    return out


__all__ = ["perpetrator_descriptions"]
