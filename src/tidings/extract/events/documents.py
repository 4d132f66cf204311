"""A document told of before, acting again as a later clause's subject, acts for its author.

"The assembly passed a resolution on Tuesday. The resolution calls on Ostria to free the
prisoners": the call is the assembly's. "Civic Watch released a report. The report accuses the
police of torture": the accusation is Civic Watch's; "Its statement condemned X" is whoever "its"
stands for. The subject is a document (word class
``quotes.document_noun``) or an instrument (``events.coding.instruments``) with a definite or
pointing determiner and no author of its own; its author is found where the same noun was told
before, in its own sentence or the few before it: the subject of the verb that passed, adopted,
issued or released it (``events.coding.enacting_verbs``, ``quotes.issuing_verb``), or its "by"
agent when that verb is passive, or the earlier mention's possessor or "by" / "from" phrase. A
document whose author was never named has none (its act stays without an actor).
"""

from __future__ import annotations

from typing import Any

from ..common import word_class

LOOKBACK_SENTENCES = 3  # how many sentences before a document's mention its first telling may be
_POINTING = frozenset({"the", "this", "that", "these", "those"})
_AUTHOR_PREPS = frozenset({"by", "from"})


def _documents() -> frozenset[str]:
    return word_class("quotes.document_noun") | word_class("events.coding.instruments")


def _issuing() -> frozenset[str]:
    return word_class("events.coding.enacting_verbs") | word_class("quotes.issuing_verb")


def own_author(noun: Any) -> list[Any]:
    """The author a document names itself: its possessor ("Civic Watch's report", "its report":
    the caller resolves a pronoun) or its "by" / "from" phrase."""
    own = [c for c in noun.children if c.dep_ == "poss"]
    own += [g for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ in _AUTHOR_PREPS
            for g in c.children if g.dep_ == "pobj"]
    return own


def issuer(noun: Any) -> list[Any]:
    """Who passed or issued a document where it is the object of such a verb ("X passed a
    resolution", "a report released by X"); empty otherwise."""
    verb = noun.head
    if verb.lemma_.lower() not in _issuing() or verb.pos_ not in ("VERB", "AUX"):
        return []
    if noun.dep_ == "dobj":
        return [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")]
    if noun.dep_ == "nsubjpass":
        return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return []


def earlier_author(noun: Any) -> list[Any]:
    """The author of a document subject told of before ("The resolution calls on X", after "Y
    passed a resolution"): empty for a noun that is no document, that names its own author or
    has no pointing determiner, or whose earlier telling named no author."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in _documents() or own_author(noun):
        return []
    if not any(c.dep_ == "det" and c.lower_ in _POINTING for c in noun.children):
        return []
    doc = noun.doc
    first = noun.sent.start
    for _ in range(LOOKBACK_SENTENCES):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for t in reversed(doc[first:noun.i]):
        if t.pos_ != "NOUN" or t.lemma_.lower() != lemma:
            continue
        author = own_author(t) or issuer(t)
        if author:
            return author
    return []


def told_author(noun: Any) -> list[Any]:
    """Who a document subject speaks for where the caller cannot see it: a possessive pronoun ("Its
    statement condemned X": whom "its" stands for) or an author told before
    (:func:`earlier_author`); empty otherwise (a named possessor is part of the subject's mention)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _documents():
        return []
    pronoun = [c for c in noun.children if c.dep_ == "poss" and c.tag_ == "PRP$"]
    return pronoun or earlier_author(noun)


__all__ = ["LOOKBACK_SENTENCES", "earlier_author", "issuer", "own_author", "told_author"]
