"""Synonymous groups: one unnamed group described twice with synonymous heads ("the researchers" ...
"the scientists", "Coalition troops" ... "Coalition forces", "the research team" ... "researchers").

The synonym classes are data (``data/group_synonyms.csv``). A group joins an earlier one when
(:func:`synonym_groups`):

- both are unnamed groups (no person, no name) whose name is nobody's ("their scientists" is
  someone's) and ends in a head of one synonym class, and no description of either gives another
  class or another set of other words (the bare head repeats them: "the separatists" of
  "pro-Velmar separatists");
- their other words are the same, quantities aside ("several hundred protesters", "the
  demonstrators"), and so are their countries and sectors where both have one;
- a bare description (no other words) joins only where no group of the class in the article is
  described with other words: beside "Kestrian troops", a bare "the soldiers" may be another army;
  but of a class a story rarely has two groups of (insurgents, protesters, unidentified armed men:
  word class ``actors.synonyms.one_group_classes``) it joins the one group described with other
  words before it ("pro-Velmar separatists" ... "the rebels");
- the earlier groups it may join are described with one set of words (beside "scientists from
  Kestria University" and "scientists from Varo College", "the researchers" is either team).

Two groups with the same words are the rule of :func:`~.alike.same_group`, not this one.
Unresolved is better than wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ...kb.model import fold
from ...schema import Actor
from ..common import data_rows, word_class
from .alike import POSSESSIVES, unnamed

_ARTICLES = frozenset({"the", "a", "an"})
# Synonym classes a story rarely has two groups of (insurgents, protesters): a bare description of
# one is the one group of the class described with other words (not troops: two states' armies).
ONE_GROUP_CLASSES = word_class("actors.synonyms.one_group_classes")
_DESCRIBED = frozenset({"nominal", "title", "appositive"})


@lru_cache(maxsize=1)
def _classes() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(head words, class) of every synonym, the longest heads first."""
    rows = [(tuple(fold(r["head"]).split()), r["class"].strip()) for r in data_rows("group_synonyms.csv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def describe(text: str) -> tuple[str, tuple[str, ...]] | None:
    """A description's synonym class and its other words ("Coalition forces" -> armed, (coalition,)),
    or None: no head of a class, someone's, or indefinite ("a scientist")."""
    words = [w for w in fold(text).replace(",", " ").split() if w not in {"'s", "'"}]
    if not words or words[0] in {"a", "an"} or any(w in POSSESSIVES for w in words):
        return None
    counting = word_class("actors.group_quantity")  # "several hundred protesters" is "the protesters"
    words = [w for w in words if w not in _ARTICLES and w not in counting and not w.replace(",", "").isdigit()]
    for head, cls in _classes():
        n = len(head)
        if len(words) >= n and tuple(words[-n:]) == head:
            return cls, tuple(words[:-n])
        if len(words) > n and tuple(words[:n]) == head and words[n] in {"from", "of", "at", "in", "with"}:
            return cls, tuple(words[n:])  # "scientists from Kestria University"
    return None


def _key(actor: Actor) -> tuple[str, tuple[str, ...]] | None:
    """The one (class, other words) every description of an unnamed group gives, or None."""
    if actor.kind != "group" or not unnamed(actor):
        return None
    said = [m for m in actor.mentions if m.kind != "pronoun"]
    if not said or not all(m.kind in _DESCRIBED for m in said):
        return None
    key = describe(actor.name)
    if key is None:
        return None
    # a description of no class ("the report" the parse took for the team) does not say otherwise,
    # nor does the bare head ("the separatists" of "pro-Velmar separatists"): one set of other words
    found = {d for d in (describe(m.span.text) for m in said) if d is not None} | {key}
    words = {d[1] for d in found if d[1]}
    if {d[0] for d in found} != {key[0]} or len(words) > 1:
        return None
    return key[0], next(iter(words), ())


def _words(actor: Actor) -> tuple[str, ...]:
    return tuple(w for w in fold(actor.name).split() if w not in _ARTICLES)


def _first(actor: Actor) -> int:
    return min((m.span.start for m in actor.mentions), default=0)


def _agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def synonym_groups(actors: Sequence[Actor]) -> dict[int, int]:
    """For each unnamed group described with a synonym of an earlier group's head, the index of that
    earlier group (see the module's rules)."""
    keys = [_key(a) for a in actors]
    others: dict[str, set[tuple[str, ...]]] = {}
    for k in keys:
        if k is not None:
            others.setdefault(k[0], set()).add(k[1])
    out: dict[int, int] = {}
    for i, a in enumerate(actors):
        key = keys[i]
        if key is not None and not key[1] and key[0] in ONE_GROUP_CLASSES and len(others[key[0]]) == 2:
            # "pro-Velmar separatists" ... "the rebels": the one group of a class a story rarely has two of
            described = next(o for o in others[key[0]] if o)
            fits = sorted((k for k, b in enumerate(actors) if keys[k] == (key[0], described) and _first(b) < _first(a)
                           and _agree(a.country, b.country) and _agree(a.sector, b.sector)), key=lambda k: _first(actors[k]))
            if fits:
                out[i] = fits[0]
            continue
        if key is None or (not key[1] and len(others[key[0]]) > 1):
            continue
        fits = sorted((k for k, b in enumerate(actors) if k != i and keys[k] == key and _first(b) < _first(a)
                       and _words(b) != _words(a) and _agree(a.country, b.country) and _agree(a.sector, b.sector)),
                      key=lambda k: _first(actors[k]))
        if fits:
            out[i] = fits[0]
    return out


__all__ = ["describe", "synonym_groups"]
