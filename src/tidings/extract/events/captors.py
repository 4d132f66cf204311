"""A call for someone's release is asked of whoever holds them.

"Qatar demanded the release of the hostages", "Russia called for the release of two journalists
detained by Ukraine": the demand is made of the captor, not of the captives, who were the
request's recipients (or it had none). An appeal (REQUEST) whose object, or the thing it calls
"for", is a release (word class ``events.coding.detect.release_nouns``) of someone (its "of" phrase
or its possessor: "demanded his immediate release") is addressed to:

- the agent of their captivity told beside them: the "by" phrase of a participle or a relative
  clause on the captives ("journalists detained by Ukraine", "the activist, who was arrested by
  police");
- else the doers of the article's last capture of them before the call: an event that arrested,
  detained, seized or abducted them (:data:`CAPTURES`, by type and mode, or ASSAULT by capture);
- else no one: the captives are never the recipients, and no holder is guessed.

A release of something no one holds ("the release of the report") and an appeal that names the
holder already ("urged Belarus to release prisoners": the release is a verb there) are left alone.
Issue 11 (wrong recipients), session 23.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from ...schema import Event
from ..common import token_at, word_class
from .appeals import makers_in_clause
from .candidate import preps_of
from .args import ActorBook, is_participant_like, participants
from .relevance import is_live

RELEASE_NOUNS = word_class("events.coding.detect.release_nouns")
# Events that take someone captive, by (type, mode); an assault whose verb is one of capturing
# ("captured 40 soldiers") is one too (:func:`_captured`).
CAPTURES = frozenset({("COERCE", "arrest"), ("COERCE", "seize"), ("ASSAULT", "abduct")})
_CAPTURING = frozenset({"capture", "take"})


def _releases(trigger: Any) -> list[Any]:
    """The release nouns an appeal's verb asks for: its object ("demanded the release of") or what
    it calls "for" ("called for the release of")."""
    nouns = [c for c in trigger.children if c.dep_ == "dobj"] + preps_of(trigger, ("for",))
    return [n for n in nouns if n.lemma_.lower() in RELEASE_NOUNS]


def _captives(release: Any) -> list[Any]:
    """Who is to be released: the "of" phrase of the release noun, with its coordinated heads, or
    its possessor ("his release", "the journalist's release")."""
    out = [c for c in release.children if c.dep_ == "poss"] + [
        k for g in preps_of(release, ("of",)) for k in (g, *g.conjuncts) if k.i >= g.i]
    return [t for t in out if is_participant_like(t) or t.pos_ == "PRON"]


def _described_as(captive: Any, name: str) -> bool:
    """Whether a definite captive phrase repeats the words of a captive group's name ("the crew
    members" of "23 crew members of a British tanker", "the hostages" of "40 hostages")."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in captive.children):
        return False
    words = [t.lower_ for t in captive.lefts if t.dep_ in ("compound", "amod")] + [captive.lower_]
    named = name.lower().split()
    return any(named[i:i + len(words)] == words for i in range(len(named)))


def _captured(ev: Event, doc: Any) -> bool:
    if (ev.event, ev.mode) in CAPTURES:
        return True
    tok = token_at(doc, ev.trigger) if ev.trigger is not None else None
    return ev.event == "ASSAULT" and tok is not None and tok.lemma_.lower() in _CAPTURING


def asked_of_captors(doc: Any, events: Sequence[Event], book: ActorBook) -> list[Event]:
    """``events`` with each call for someone's release addressed to their captors (see the module
    docstring)."""
    out: list[Event] = []
    for ev in events:
        tok = token_at(doc, ev.trigger) if ev.event == "REQUEST" and ev.trigger is not None and is_live(ev) else None
        captives = [g for r in _releases(tok) for g in _captives(r)] if tok is not None else []
        if not captives:
            out.append(ev)
            continue
        held = set(participants([g for g in captives if g.pos_ != "PRON"], book, add=False)) | {
            a for g in captives if g.pos_ == "PRON" and (a := book.resolve(g))}  # "his release": whose
        captors = [a for a in participants([a for g in captives for a in makers_in_clause(g)], book) if a not in held]
        if not captors:
            before = [c for c in events if c.evidence.start < ev.evidence.start and c.actor and _captured(c, doc)
                      and (set(c.recipient) & held or any(
                          _described_as(g, a.name) for g in captives for r in c.recipient if (a := book.get(r))))]
            captors = list(before[-1].actor) if before else []
        recipient = tuple(a for a in captors if a not in ev.actor) if captors else \
            tuple(r for r in ev.recipient if r not in held)
        out.append(ev if recipient == ev.recipient else dataclasses.replace(ev, recipient=recipient))
    return out


__all__ = ["CAPTURES", "RELEASE_NOUNS", "asked_of_captors"]
