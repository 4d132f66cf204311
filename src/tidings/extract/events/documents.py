"""A document that acts is its issuer's: who passed, issued or released it speaks through it.

"A statement from the ministry urged Ostria to ...", "The ministry's statement called on ...",
"The resolution, adopted by the parliament, calls on ...", "The assembly passed a resolution on
Tuesday. The resolution calls on Ostria to free the prisoners", "Civic Watch released a report. The
report accuses the police of torture", "Its statement condemned X": a demand, an accusation, a
refusal, a threat or praise whose subject is a document (word classes ``quotes.document_noun`` and
``events.coding.instruments``) is done by whoever issued it (guide 4.3: the speaker of a statement
is its actor).

The issuer is the document's own: its possessor, its "from"/"by" phrase or the "by" phrase of the
participle on it ("adopted by X"). A definite or pointing document ("the resolution") with none
takes the issuer of the nearest earlier mention of the same noun within a few sentences: that
mention's own, or the subject of the verb that issued it there (word classes
``events.coding.enacting_verbs`` and ``quotes.issuing_verb``: "X passed a resolution", not "X
received a letter"), or that verb's "by" agent when it is passive. The nearest mention decides: one
with no issuer leaves the act without an actor, as does a document named nowhere else.

Two readers use it: the subject finder (:func:`told_author`, for a subject whose issuer the caller
cannot see in the subject's own phrase: a possessive pronoun or an earlier telling) and the pass
that gives doers to events told without one (:func:`document_issuers`).
"""

from __future__ import annotations

from typing import Any

from ...schema import Event
from ..common import by_agents, preps_of, word_class
from .args import ActorBook
from .lexicon import POINTING_DETERMINERS
from .reported import doers_of_word_acts

LOOKBACK_SENTENCES = 3  # how many sentences before a document's mention its first telling may be
_AUTHOR_PREPS = frozenset({"from", "by"})


def _documents() -> frozenset[str]:
    return word_class("quotes.document_noun") | word_class("events.coding.instruments")


def _issuing() -> frozenset[str]:
    return word_class("events.coding.enacting_verbs") | word_class("quotes.issuing_verb")


def is_document(tok: Any) -> bool:
    return tok is not None and tok.pos_ == "NOUN" and tok.lemma_.lower() in _documents()


def own_issuer(document: Any) -> Any:
    """The token naming who issued a document by the document's own phrase (its possessor, its
    "from"/"by" phrase, the agent of "adopted by X" on it), else None."""
    for c in document.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in _AUTHOR_PREPS:
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ == "acl" and c.lemma_.lower() in _issuing():  # "the resolution, adopted by X"
            agent = next((a for a in c.children if a.dep_ == "agent"), None)
            if agent is not None:
                return next((g for g in agent.children if g.dep_ == "pobj"), None)
    return None


def issued_by(mention: Any) -> Any:
    """Who issued a document at one of its mentions: its own issuer, the subject of the verb that
    issued it ("X passed a resolution"), or that verb's agent ("a report released by X"); else None."""
    own = own_issuer(mention)
    verb = mention.head
    if own is not None or verb.lemma_.lower() not in _issuing() or verb.pos_ not in ("VERB", "AUX"):
        return own
    if mention.dep_ == "dobj":
        return next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")), None)
    if mention.dep_ == "nsubjpass":
        return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    return None


def earlier_issuer(document: Any) -> Any:
    """For a pointing document ("the resolution"), the issuer of the nearest earlier mention of its
    noun within :data:`LOOKBACK_SENTENCES` sentences, else None."""
    if not any(c.dep_ == "det" and c.lower_ in POINTING_DETERMINERS for c in document.children):
        return None
    doc = document.doc
    first = document.sent.start
    for _ in range(LOOKBACK_SENTENCES):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    lemma = document.lemma_.lower()
    for k in range(document.left_edge.i - 1, first - 1, -1):
        t = doc[k]
        if t.pos_ == "NOUN" and t.lemma_.lower() == lemma:
            return issued_by(t)  # the nearest mention decides
    return None


def told_author(noun: Any) -> list[Any]:
    """Who a document subject speaks for where the caller cannot see it in the subject's phrase: a
    possessive pronoun ("Its statement condemned X": whom "its" stands for) or an issuer told
    before (:func:`earlier_issuer`); empty otherwise (a named possessor is part of the subject's
    mention)."""
    if not is_document(noun):
        return []
    pronoun = [c for c in noun.children if c.dep_ == "poss" and c.tag_ == "PRP$"]
    if pronoun or own_issuer(noun) is not None:
        return pronoun
    earlier = earlier_issuer(noun)
    return [earlier] if earlier is not None else []


def issuer(tok: Any) -> Any:
    """The token naming who issued the document that is the subject of a trigger verb, else None."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None) if tok is not None else None
    if not is_document(subject):
        return None
    return own_issuer(subject) or earlier_issuer(subject)


def document_issuers(doc: Any, events: list[Event], book: ActorBook) -> list[Event]:
    """The events told in words without a doer, with the issuers of the documents that are their
    subjects (see the module docstring)."""
    return doers_of_word_acts(doc, events, book, issuer)


def enacts(verb: Any, noun: Any) -> bool:
    """Whether ``verb`` enacts the instrument ``noun`` it takes as object ("signed a decree", "passed
    a law", "issued an order"): word classes ``events.coding.enacting_verbs`` and
    ``events.coding.instruments``."""
    return (noun.dep_ in ("dobj", "nsubjpass") and noun.head == verb
            and verb.lemma_.lower() in word_class("events.coding.enacting_verbs")
            and noun.lemma_.lower() in word_class("events.coding.instruments"))


def enactors(noun: Any) -> list[Any]:
    """Who did what an instrument says: the subject of the verb that enacted it ("the governor
    signed an order closing schools"), or its "by" agent when passive; empty for any other noun."""
    verb = noun.head
    if not enacts(verb, noun):
        return []
    if noun.dep_ == "nsubjpass":
        return by_agents(verb)
    return [c for c in verb.children if c.dep_ == "nsubj"]


_CHANNEL_PREPS = frozenset({"on", "in", "via", "through"})


def document_of(noun: Any) -> Any:
    """The document a participle hangs from, past the channel the parse attached it to ("a message
    on Twitter blaming X"), else the noun itself."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in _CHANNEL_PREPS and prep.head.lemma_.lower() in word_class("quotes.document_noun"):
        return prep.head
    return noun


def document_authors(noun: Any) -> list[Any]:
    """Who a document speaks for (word class ``quotes.document_noun``): its possessor or "from" /
    "by" phrase, else the subject of the verb that issued it ("X posted a message"); empty for
    other nouns or an unknown author."""
    if noun.lemma_.lower() not in word_class("quotes.document_noun"):
        return []
    own = [c for c in noun.children if c.dep_ == "poss"] + preps_of(noun, ("from", "by"))
    if own:
        return own
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in word_class("quotes.issuing_verb"):
        return [c for c in verb.children if c.dep_ == "nsubj"]
    return []


__all__ = ["LOOKBACK_SENTENCES", "document_authors", "document_issuers", "document_of", "enactors", "enacts", "earlier_issuer", "is_document", "issued_by",
           "issuer", "own_issuer", "told_author"]
