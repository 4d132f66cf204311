"""Whether a coded event is a political interaction an analyst could put on a timeline.

The annotation guide codes "one actor does something, often to or with another", and names what
is no event: "a company buying another company", business deals between companies. Two shapes of
coded event fail that test whatever their trigger:

* an event with no participant at all, neither an actor or recipient resolved nor anyone named
  around its trigger in the parse (a subject, an object, an agent, a possessor: "the building was
  evacuated", "iCloud will be released in the fall"): nobody is seen acting on anybody; such a
  trigger is mostly a word without its political sense ("the tremor left thirty injured",
  "the particles were shot into the gel"). Someone named but not resolved ("negotiators failed
  to agree", "the inmate was tortured by prison guards") keeps the event;
* an event whose actor is unknown, unless it is one a target undergoes (word class
  ``undergone_types``: force, coercion, sanctions, protests, accusations and charges, as in "was
  arrested", "was charged", "an attack on the embassy"): help, agreement, support, meetings,
  concessions and statements (demands, refusals, threats) are known by who made them, and with
  no one making them they are mostly a word without its sense ("the new model will be released",
  "the line was given a boost", "refunds were offered");
* an event whose actors are all businesses and whose recipients are businesses or no one
  ("Apple will offer a free case", "Airbus delivered the plane to the airline"): a market
  interaction (sectors in word class ``market_sectors``). A company acted on without a named
  actor ("the carrier was banned") keeps: an unnamed authority may be the actor.

Pure functions over schema records and the parse: ``sector_of`` gives an actor id's sector (None
when unknown), ``names_someone`` whether the parse names someone at an event's trigger.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

from ...schema import Event
from ..common import word_class
from .candidate import subject_of
from .phrases import is_someone

# Where the parse names an event's participants around its trigger word: the grammatical roles,
# the prepositions that introduce a doer or a counterpart (not "in", "at", "on": places and things),
# and the name modifiers of an act noun ("a Kestrian strike", "Ostria's ban").
_ROLE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "dative", "iobj", "poss"})
_ROLE_PREPS = frozenset({"by", "with", "against", "between", "to", "from"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _role_heads(tok: Any) -> list[Any]:
    """The heads that may name the participants of the event a trigger word signals: its subjects
    (inherited from a governing verb), objects and possessors, names before it, what its agent
    phrase and its doer or counterpart prepositions govern, the subjects and objects of its
    complement, the noun a participle modifies, the agent of a passive whose subject it is."""
    out: list[Any] = []
    if tok.pos_ in ("VERB", "AUX"):
        subjects, patients = subject_of(tok)
        out += subjects + patients
    for c in tok.children:
        if c.dep_ in _ROLE_DEPS or (c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in _NAME_LABELS):
            out.append(c)
        elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in _ROLE_PREPS):
            out += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ in ("xcomp", "ccomp"):
            out += [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if tok.dep_ in ("acl", "relcl"):
        out.append(tok.head)
    if tok.dep_ in ("nsubj", "nsubjpass"):  # "the riots were organised by X": the act's doers
        out += [g for c in tok.head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return out + [k for t in out for k in t.children if k.dep_ == "conj"]


def names_someone(doc: Any, event: Event) -> bool:
    """Whether the parse names someone (a person, a group, a name, a pronoun for people) as a
    participant around the event's trigger, resolved or not."""
    if event.trigger is None:
        return False
    sp = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    toks = list(sp) if sp is not None else []
    return any(is_someone(h) or h.ent_type_ in _NAME_LABELS for t in toks for h in _role_heads(t) if h not in toks)


def market_only(ids: Iterable[str], sector_of: Callable[[str], str | None]) -> bool:
    """Whether every one of ``ids`` (at least one) is a business actor."""
    sectors = [sector_of(i) for i in ids]
    return bool(sectors) and all((s or "").lower() in word_class("market_sectors") for s in sectors)


def is_interaction(event: Event, sector_of: Callable[[str], str | None], named: Callable[[Event], bool]) -> bool:
    """Whether ``event`` has a participant (resolved, or ``named`` in the parse), an actor unless a
    target undergoes it, and is not a market interaction (see the module docstring)."""
    if not event.actor and not event.recipient:
        return named(event)
    if not event.actor and event.event.lower() not in word_class("undergone_types"):
        return False
    if market_only(event.actor, sector_of) and (not event.recipient or market_only(event.recipient, sector_of)):
        return False
    return True


def interactions(doc: Any, events: Iterable[Event], sector_of: Callable[[str], str | None]) -> list[Event]:
    """The events of the parsed article ``doc`` that are political interactions, in their order."""
    return [e for e in events if is_interaction(e, sector_of, lambda ev: names_someone(doc, ev))]


__all__ = ["interactions", "is_interaction", "market_only", "names_someone"]
