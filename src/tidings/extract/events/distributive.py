"""Joint or distributive: whether coordinated actors did one act together or each did their own.

"Ostria and Kestria signed a treaty" is one act with two parties; "the two envoys resigned their
posts" is two resignations. The reference codes the first as one event with both actors and the
second as one event per actor. :func:`reading` decides from the grammar and the lexicon:

- joint: a reciprocal or symmetric predicate or object (word class
  ``events.coding.distributive.symmetric``: meet, sign, negotiate, talks, ties…, and every
  consultation), "together", "jointly", "each other",
  "one another", a joint object ("a joint statement": word class
  ``events.coding.distributive.joint_markers``);
- distributive: "each", "respectively", "their own …", a possessive plural object that refers back
  to the subjects ("their campaigns", "their posts"), a predicate individual by nature (word class
  ``events.coding.distributive.individual``: resign, quit…);
- otherwise undecided, and the event stays one event.

A joint cue wins over a distributive one ("held their meetings" stays one consultation).
:func:`shares` makes one event per actor of a distributive event; each share's rule carries
``+each`` (before any later suffix) so that the merge step keeps the shares apart (:func:`is_share`).
"""

from __future__ import annotations

import dataclasses
from typing import Any, Iterator

from ...schema import Event
from ..common import word_class
from .candidate import Candidate

SHARE = "+each"
_SYMMETRIC = "events.coding.distributive.symmetric"
_JOINT_MARKERS = "events.coding.distributive.joint_markers"
_INDIVIDUAL = "events.coding.distributive.individual"
_JOINT_TYPES = frozenset({"CONSULT"})  # a meeting or a talk has two sides by nature
_CLAUSE_EDGES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj"})
_OBJECT_DEPS = frozenset({"dobj", "pobj", "attr", "nsubjpass"})


def _clause(c: Candidate) -> Iterator[Any]:
    """The tokens of the event's own clause: the trigger, its verbs and what hangs from them,
    without the clauses embedded in it ("agreed that each side would…" is not distributive)."""
    roots = list(dict.fromkeys([*c.trigger, *c.verbs, *([c.noun] if c.noun is not None else [])]))
    seen: set[int] = set()
    stack = list(roots)
    while stack:
        t = stack.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        yield t
        stack.extend(k for k in t.children if k.dep_ not in _CLAUSE_EDGES or k in roots)


def _lemmas(c: Candidate) -> set[str]:
    words = {t.lemma_.lower() for t in [*c.trigger, *c.verbs]}
    if c.noun is not None:
        words.add(c.noun.lemma_.lower())
    return words


def _above(c: Candidate) -> list[Any]:
    """Modifiers of the words a trigger hangs from up to its actors' verb ("issued a joint
    statement condemning X": "joint" describes the condemnation too)."""
    out: list[Any] = []
    t = c.trigger[0]
    for _ in range(4):
        if t.dep_ not in ("acl", "relcl", "dobj", "xcomp", "pobj", "prep") or t.head == t:
            break
        t = t.head
        out.extend(k for k in t.children if k.dep_ in ("amod", "advmod", "npadvmod"))
        if any(k in c.actors for k in t.children):
            break
    return out


def _joint(c: Candidate, clause: list[Any]) -> bool:
    clause = clause + _above(c)
    symmetric = word_class(_SYMMETRIC)
    if c.event in _JOINT_TYPES or _lemmas(c) & symmetric:
        return True
    if any(t.lemma_.lower() in symmetric for t in _own_objects(c)):
        return True  # "restored their diplomatic ties": a relation is had with each other
    markers = word_class(_JOINT_MARKERS)
    for t in clause:
        low = t.lower_
        if low in markers:
            return True
        if low == "other" and any(k.lower_ == "each" for k in t.children) or low == "another" and any(
                k.lower_ == "one" for k in t.children):
            return True  # "each other", "one another"
        if low in ("other", "another") and t.i > 0 and t.doc[t.i - 1].lower_ in ("each", "one"):
            return True
    return False


def _own_plural(t: Any) -> bool:
    """A noun owned by the plural subjects, one for each: "their campaigns", "their own support"."""
    if t.pos_ != "NOUN":
        return False
    owners = [k for k in t.children if k.dep_ == "poss" and k.lower_ == "their"]
    if not owners:
        return False
    return t.tag_ == "NNS" or any(k.lower_ == "own" for k in t.children)


def _distributive(c: Candidate, clause: list[Any]) -> bool:
    if _lemmas(c) & word_class(_INDIVIDUAL):
        return True
    subjects = [t for a in c.actors for t in a.subtree]
    for t in clause + subjects:
        if t.lower_ == "respectively":
            return True
        if t.lower_ == "each" and t.dep_ != "det" or t.lower_ == "each" and t.head in c.actors:
            return True  # "X and Y each resigned", "each of them resigned", "each minister"
    return any(_own_plural(t) for t in _own_objects(c))


def _own_objects(c: Candidate) -> list[Any]:
    """The act's own objects: the trigger nouns, the verbs' objects and the objects of their
    prepositions ("resigned their posts", "withdrew from their posts"), not what those objects
    hang ("condemned the attacks on their embassies" is not one condemnation each)."""
    heads = list(dict.fromkeys([*c.trigger, *c.verbs]))
    out = list(heads) + ([c.noun] if c.noun is not None else [])
    for h in heads:
        for k in h.children:
            if k.dep_ in _OBJECT_DEPS:
                out.append(k)
            elif k.dep_ == "prep":
                out.extend(g for g in k.children if g.dep_ == "pobj")
    return out


def reading(c: Candidate) -> str:
    """``"joint"``, ``"distributive"`` or ``"undecided"`` for a candidate's coordinated actors."""
    clause = list(_clause(c))
    if _joint(c, clause):
        return "joint"
    if _distributive(c, clause):
        return "distributive"
    return "undecided"


def shares(ev: Event, c: Candidate) -> list[Event]:
    """One event per actor when ``c`` is distributive and ``ev`` has several actors; else ``[ev]``.

    Each share keeps the type, recipients, evidence, flags and mentions of the event."""
    if len(ev.actor) < 2 or reading(c) != "distributive":
        return [ev]
    rule = (ev.rule or "") + SHARE
    return [dataclasses.replace(ev, actor=(a,), rule=rule) for a in ev.actor]


def is_share(ev: Event) -> bool:
    """Whether an event is one actor's share of a distributive act."""
    return SHARE[1:] in (ev.rule or "").split("+")[1:]  # later steps may add their own suffixes


def _key(ev: Event) -> tuple[str, bool, bool]:
    return ev.event, "negation" in ev.aux, "historical" in ev.aux


def into_shares(events: list[Event]) -> list[Event]:
    """Merged events where a report of several actors' act ("X and Y quit", undecided) whose
    actors all have their own share of the same act elsewhere ("each resigned their post")
    becomes a further mention of each share instead of a second event."""
    owned: dict[tuple[str, bool, bool], set[str]] = {}
    for ev in events:
        if is_share(ev):
            owned.setdefault(_key(ev), set()).update(ev.actor)
    told = [ev for ev in events if not is_share(ev) and len(ev.actor) > 1 and set(ev.actor) <= owned.get(_key(ev), set())]
    if not told:
        return events
    out: list[Event] = []
    for ev in events:
        if any(ev is t for t in told):
            continue
        extra = tuple(dict.fromkeys(m for t in told if is_share(ev) and _key(t) == _key(ev) and set(ev.actor) <= set(t.actor)
                      for m in (t.evidence, *t.mentions) if m != ev.evidence and m not in ev.mentions))
        out.append(dataclasses.replace(ev, mentions=ev.mentions + extra) if extra else ev)
    return out


__all__ = ["SHARE", "into_shares", "is_share", "reading", "shares"]
