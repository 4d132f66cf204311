"""Speech acts told with a document as their subject are its issuer's.

"A statement from the ministry urged Ostria to ...", "The ministry's statement called on ...",
"The resolution, adopted by the parliament, calls on ...", "The parliament passed a resolution on
Monday. The resolution also calls for ...": a demand, an accusation, a refusal, a threat or praise
(:data:`~.reported.WORD_ACTS`) whose subject is a document a body speaks through (word class
``events.implicit.issued_documents``) is done by whoever issued it (guide 4.3: the speaker of a
statement is its actor). The issuer is the document's own: its possessor, its "from"/"by" phrase or
the "by" phrase of the participle on it ("adopted by X"); for a definite document ("the
resolution") with none, that of the nearest earlier mention of the same noun within a few
sentences, or the subject of the verb that issued it there (word class
``events.implicit.issuing_verbs``: "X passed a resolution", not "X received a letter"). The
nearest mention decides: one with no issuer leaves the act without an actor, as does a document
named nowhere else.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...schema import Event
from ..common import token_at, word_class
from .args import ActorBook, participants
from .reported import WORD_ACTS

DOCUMENTS = word_class("events.implicit.issued_documents")
ISSUING = word_class("events.implicit.issuing_verbs")
_WINDOW = 3  # sentences back to look for the document's earlier mention
_DEFINITE = frozenset({"the", "this", "that"})


def _own_issuer(document: Any) -> Any:
    """The token naming who issued a document by the document's own phrase, else None."""
    for c in document.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ == "acl" and c.lemma_.lower() in ISSUING:  # "the resolution, adopted by X"
            agent = next((a for a in c.children if a.dep_ == "agent"), None)
            if agent is not None:
                return next((g for g in agent.children if g.dep_ == "pobj"), None)
    return None


def _issued_by(document: Any) -> Any:
    """The issuer of an earlier mention: its own, or the subject of the verb that issued it."""
    own = _own_issuer(document)
    if own is not None or document.dep_ != "dobj" or document.head.lemma_.lower() not in ISSUING:
        return own
    return next((c for c in document.head.children if c.dep_ == "nsubj"), None)


def _earlier(document: Any) -> Any:
    """For a definite document, the issuer of the nearest earlier mention of its noun, else None."""
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in document.children):
        return None
    sents = [s for s in document.doc.sents if s.start <= document.i]
    first = sents[max(0, len(sents) - 1 - _WINDOW)].start
    lemma = document.lemma_.lower()
    for k in range(document.left_edge.i - 1, first - 1, -1):
        t = document.doc[k]
        if t.pos_ == "NOUN" and t.lemma_.lower() == lemma:
            return _issued_by(t)  # the nearest mention decides
    return None


def issuer(tok: Any) -> Any:
    """The token naming who issued the document that is the subject of a trigger verb, else None."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None) if tok is not None else None
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in DOCUMENTS:
        return None
    return _own_issuer(subject) or _earlier(subject)


def document_issuers(doc: Any, events: list[Event], book: ActorBook) -> list[Event]:
    """The events with the issuers of the documents that are their subjects (see the module docstring)."""
    out = []
    for ev in events:
        by = issuer(token_at(doc, ev.trigger)) if not ev.actor and ev.event in WORD_ACTS else None
        actors = tuple(a for a in participants([by], book) if a not in ev.recipient) if by is not None else ()
        out.append(dataclasses.replace(ev, actor=actors) if actors else ev)
    return out


__all__ = ["DOCUMENTS", "ISSUING", "document_issuers", "issuer"]
