"""Owned descriptions: a body described as a person's own ("Jobs said that his company sold ...")
is the body that person's own mentions name ("Apple CEO Steve Jobs": Apple).

Read by the linker (:mod:`.link`) once the people and the bodies are known with all their
proposals. The test is a pure function of the proposals, the places of their mentions
(:mod:`.salience`) and the knowledge base:

- every mention of the description is a person's possessive and a kind of body, nothing between
  ("his company", "her party"; not "its company", "their party", "his former company", "his
  companies"), and the kind is no state's own body ("his government" is
  :func:`.cluster.governments_of_people`'s);
- the possessor is the one named person mentioned before the description in its sentence;
- exactly one body of that kind (by sector, or by the head of its name) is named in that person's
  mentions or role ("Vardon CEO Mira Holt", "chief executive of Vardon"): unresolved is better
  than wrong.

Likewise "their government" or "its government" whose possessor is a state or its people, the
actors before it in its sentence being of one state only ("Kestrian citizens criticised their
government"), is that state's one government the article names, else the state itself
(:func:`state_owned`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...kb import KnowledgeBase
from ...schema import Actor
from .base import GOVERNMENT_HEADS
from .alike import unnamed
from .by_kind import _BODY_TERM, _kind, body_names, find_name
from .holders import _BODY_KINDS, _STATE_SECTORS, _head_word, _words, is_government
from .salience import Place

# Possessives that make a body a person's own, and a state's or its people's.
_PERSON_POSSESSIVES = frozenset({"his", "her"})
_STATE_POSSESSIVES = frozenset({"their", "its"})
# Sectors of a group that is a state's people ("Kestrian citizens"), whose government is the state's.
_PEOPLE_SECTORS = frozenset({"CVL"})
# Mentions of a person that may name the body they belong to ("Vardon CEO Mira Holt").
_SAYING = frozenset({"name", "honorific", "title", "appositive"})


def _owned_head(actor: Actor, possessives: frozenset[str] = _PERSON_POSSESSIVES) -> str | None:
    """The kind every mention of a description says it is, possessed by one of ``possessives``
    ("his company": company), or None."""
    heads = set()
    for m in actor.mentions:
        if m.kind == "pronoun":
            continue
        words = _words(m.span.text)
        if len(words) != 2 or words[0] not in possessives:
            return None
        heads.add(_kind(words[1]))
    return heads.pop() if len(heads) == 1 else None


def _earlier_in_sentence(places: Sequence[Place], at: Place) -> bool:
    """Whether one of ``places`` lies before ``at`` in its sentence."""
    return any(p.sentence == at.sentence and p.start < at.start for p in places)


def state_owned(actors: Sequence[Actor], places: Sequence[Sequence[Place]], root: Sequence[int]) -> dict[int, int]:
    """For each "their government" or "its government" whose possessor is a state or its people
    (see the module's rules), the index of that state's government, or of the state itself."""
    out: dict[int, int] = {}
    for i, a in enumerate(actors):
        if a.kind not in _BODY_KINDS or not unnamed(a) or not places[i] \
                or _owned_head(a, _STATE_POSSESSIVES) not in GOVERNMENT_HEADS:
            continue
        at = min(places[i])
        before = {root[k] for k, b in enumerate(actors) if root[k] != root[i] and b.mentions
                  and _earlier_in_sentence(places[k], at)}
        states = {b.country for k, b in enumerate(actors) if root[k] in before and b.country
                  and (b.kind == "country" or (b.kind == "group" and b.sector in _PEOPLE_SECTORS))}
        if len(states) != 1 or any(b.country and b.country not in states for k, b in enumerate(actors) if root[k] in before):
            continue
        state = states.pop()
        for found in ([k for k, b in enumerate(actors) if is_government(b) and b.country == state],
                      [k for k, b in enumerate(actors) if b.kind == "country" and b.country == state]):
            if len({root[k] for k in found}) == 1 and root[found[0]] != root[i]:
                out[i] = min(found)
                break
            if found:
                break
    return out


def owned_descriptions(actors: Sequence[Actor], kb: KnowledgeBase,
                       places: Sequence[Sequence[Place]] | None = None,
                       root: Sequence[int] | None = None) -> dict[int, int]:
    """For each body described as a person's own (see the module's rules), the index of the body
    it is. ``root``: for each proposal, the first of the proposals found one entity with it (by
    default each its own): a person and a body are judged with all their proposals."""
    if not places:
        return {}
    root = list(range(len(actors))) if root is None else root
    members: dict[int, list[int]] = {}
    for k, r in enumerate(root):
        members.setdefault(r, []).append(k)
    bodies = [k for k, b in enumerate(actors) if b.kind in _BODY_KINDS and not unnamed(b)]
    out = state_owned(actors, places, root)
    for i, a in enumerate(actors):
        head = _owned_head(a) if a.kind in _BODY_KINDS and unnamed(a) else None
        term = kb.sector_terms.get(head) if head else None
        if term is None or term.kind != _BODY_TERM or term.sector in _STATE_SECTORS or not places[i]:
            continue
        at = min(places[i])
        people = {root[k] for k, b in enumerate(actors) if b.kind == "person" and not unnamed(b)
                  and _earlier_in_sentence(places[k], at)}
        if len(people) != 1:
            continue
        owner = members[people.pop()]
        said = [m.span.text for k in owner for m in actors[k].mentions if m.kind in _SAYING] \
            + [actors[k].role for k in owner if actors[k].role]
        fits = {root[k] for k in bodies if root[k] != root[i]
                and (actors[k].sector == term.sector or _kind(_head_word(actors[k].name)) == head)
                and any(find_name(text, name) >= 0 for text in said for name in body_names(actors[k]))}
        if len(fits) == 1:
            out[i] = min(k for k in bodies if root[k] == next(iter(fits)))
    return out


__all__ = ["owned_descriptions", "state_owned"]
