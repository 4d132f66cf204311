"""Salience: which of several entities a definite description most likely means.

A definite singular description ("the airline", "the suspect") names an entity the reader already
has in mind. When two entities of the article fit its words, the one in mind is the more salient
at the point the description is read: the one mentioned more recently and more prominently (as a
sentence's subject rather than in a modifier or an object). Salience here is a pure function of
where each entity's mentions lie:

- every mention in the description's sentence before it, or in the :data:`WINDOW` sentences
  before that, counts; one further back counts for nothing;
- a mention counts :data:`SUBJECT_WEIGHT` as a subject (or one of coordinated subjects) and 1
  otherwise, halved for every sentence between it and the description;
- the most salient candidate wins only when it is in mind at all (at least :data:`MIN_SALIENCE`:
  mentioned in the sentence before, or its subject two sentences before) and clearly ahead
  (:data:`MARGIN` times the next one's salience): two candidates equally good, or none recent
  enough, leave the description unresolved.

The places of mentions (:func:`mention_places`) come from the parse; the scoring takes them as
plain tuples, so it is tested on hand-built places.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from ...schema import Actor
from ..common import first_conjunct, tokens_at

# How many sentences before the description's own a mention may lie and still count.
WINDOW = 3
# A subject mention counts this many times a mention in any other role.
SUBJECT_WEIGHT = 2.0
# How far the most salient candidate must lead the next (a ratio of their salience).
MARGIN = 1.5
# How salient the winner must be: a mention in the sentence before, or a subject two sentences before.
MIN_SALIENCE = 0.5
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


class Place(NamedTuple):
    """Where a mention lies: its first character, its sentence's index, whether it is a subject."""

    start: int
    sentence: int
    subject: bool


def sentence_index(doc: Any) -> Callable[[int], int]:
    """For a parsed text, the index of the sentence a character offset lies in."""
    starts = [s.start_char for s in doc.sents]
    return lambda start: max(0, bisect.bisect_right(starts, start) - 1)


def mention_places(actors: Sequence[Actor], doc: Any) -> list[list[Place]]:
    """For each actor, the places of its mentions in the parsed text ``doc`` (empty lists without a
    parse)."""
    if doc is None:
        return [[] for _ in actors]
    sentence = sentence_index(doc)
    out = []
    for a in actors:
        found = []
        for m in a.mentions:
            span = tokens_at(doc, m.span)
            if span is None:
                continue
            found.append(Place(m.span.start, sentence(m.span.start), _subject(span.root)))
        out.append(found)
    return out


def _subject(token: Any) -> bool:
    """Whether a token is a subject, or one of coordinated subjects ("Aer Lingus and Ryanair cut
    ...": both are)."""
    return first_conjunct(token).dep_ in _SUBJECTS


def salience(places: Sequence[Place], at: Place) -> float:
    """How salient an entity with mentions at ``places`` is where a description at ``at`` is read."""
    total = 0.0
    for p in places:
        gap = at.sentence - p.sentence
        if p.start >= at.start or gap > WINDOW:
            continue
        total += (SUBJECT_WEIGHT if p.subject else 1.0) / 2 ** gap
    return total


def most_salient(fits: Sequence[int], places: Sequence[Sequence[Place]], at: Sequence[Place]) -> int | None:
    """Of the candidate actors ``fits`` (indices into ``places``), the one clearly most salient where
    the description is read (its places ``at``, summed over them), or None: none is mentioned
    recently enough, or two are about equally salient."""
    if not fits or not at:
        return None
    scored = sorted(((sum(salience(places[k], a) for a in at), k) for k in fits), reverse=True)
    best, k = scored[0]
    second = scored[1][0] if len(scored) > 1 else 0.0
    return k if best >= MIN_SALIENCE and best >= MARGIN * second and best > second else None


__all__ = ["MARGIN", "MIN_SALIENCE", "Place", "SUBJECT_WEIGHT", "WINDOW", "mention_places", "most_salient", "salience"]
