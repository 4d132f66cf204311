"""Speech acts joined to a reported clause are the reporter's.

"Local rights groups said it amounted to abuse and demanded that the prisoners be released": the
parser joins "demanded" to "amounted", the verb of the reported clause, so the demand borrows that
clause's subject ("it", "the raid", "the decision": a thing, no one) and is coded with no actor.
A verb so joined that has no subject of its own, whose event is done in words (a demand, an
accusation, a refusal, a threat, praise: :data:`WORD_ACTS`), and whose reported clause has a
subject that names no one, is the reporter's: the subject of the verb of saying the clause
reports to ("X said ... and demanded": X demanded). A material act joined so ("Lund said the army
had shelled the town and killed ten people") stays the clause's, and a reported clause whose
subject is someone ("said Ostria had criticised the plan and demanded talks") keeps its reading;
a passive participle joined to the clause's passive ("said the deal was signed and praised by all
sides") has the clause's subject as its patient and is no act of the reporter.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from ...schema import Event
from ..common import token_at
from ..quotes.cues import is_speech_verb
from .args import ActorBook, participants
from .phrases import is_participant_like

# The types of acts done in words: a speaker does them by saying so.
WORD_ACTS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"})
_SUBJECTS = ("nsubj", "nsubjpass")
# Pronouns that stand for someone: a reported clause with such a subject is someone's.
_SOMEONE = frozenset({"he", "she", "they", "we", "i", "you"})


def reporter(tok: Any) -> Any:
    """The subject of the verb of saying whose reported clause a subjectless verb is joined to
    ("said it amounted to abuse and demanded ..." -> the subject of "said"), when that clause's
    own subject names no one; else None."""
    if tok is None or tok.pos_ != "VERB" or tok.dep_ != "conj" or any(c.dep_ in _SUBJECTS for c in tok.children):
        return None
    if tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.head.children) \
            and not any(c.dep_ == "aux" for c in tok.children):
        return None  # "the deal was signed and praised by all": a passive joined to a passive
    clause = tok.head
    if clause.dep_ != "ccomp" or not is_speech_verb(clause.head):
        return None
    own = [c for c in clause.children if c.dep_ in _SUBJECTS]
    if any(is_participant_like(s) or s.lower_ in _SOMEONE for s in own):
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)


def doers_of_word_acts(doc: Any, events: list[Event], book: ActorBook, find: Callable[[Any], Any]) -> list[Event]:
    """The events, each act done in words (:data:`WORD_ACTS`) without a doer given the participant
    that ``find`` names from its trigger token (a token, or None for none)."""
    out = []
    for ev in events:
        doer = find(token_at(doc, ev.trigger)) if not ev.actor and ev.event in WORD_ACTS else None
        actors = tuple(a for a in participants([doer], book) if a not in ev.recipient) if doer is not None else ()
        out.append(dataclasses.replace(ev, actor=actors) if actors else ev)
    return out


def reported_speech_acts(doc: Any, events: list[Event], book: ActorBook) -> list[Event]:
    """The events with the reporters of their subjectless speech acts (see the module docstring)."""
    return doers_of_word_acts(doc, events, book, reporter)


__all__ = ["WORD_ACTS", "doers_of_word_acts", "reported_speech_acts", "reporter"]
