"""The speaker of a quote that gives the words of a document the sentence before introduced.

Wire copy names a statement, then quotes it in a sentence or paragraph of its own, with no cue:

* ``The army said in a statement on Monday. "The operation will go on until …"``
* ``The ministry issued a statement saying the talks had failed.`` then a paragraph ``"We regret …"``
* ``…, explained a statement by Prime Minister X.`` then ``"This is a positive step …"``

A direct quote with no cue of its own that is a sentence of its own, right after a sentence (of its own
paragraph, or the last of the paragraph before when the quote opens its paragraph) in which a
document (``quotes.document_noun``) is the medium, the object or the subject of a speech or issuing
act, is that document's words: its author speaks. The author is the subject of the act ("said in
a statement", "issued a statement") or the document's own "by/from X" or owner ("a statement by
X", "X's letter said"). Only one author, who is an actor, gives a speaker; a sentence with quotes
of its own, or two authors, give none: a wrong speaker is worse than none.
"""

from __future__ import annotations

from typing import Any, Sequence

from ..common import doc_text, word_class
from .discourse import speech_paragraph_speaker
from .marks import Paragraph, QuoteRegion
from .shape import TokenIndex
from .cues import gives_out_words
from .nouns import own_author
from .speakers import ActorBook, Speaker, resolve_speaker, subject_of

_TERMINATORS = frozenset({".", "!", "?", ":"})
_MEDIUM_PREPS = frozenset({"in", "through", "via"})


def _issues(verb: Any) -> bool:
    """A verb by which someone gives out words (see :func:`.cues.gives_out_words`)."""
    return verb.pos_ in ("VERB", "AUX") and gives_out_words(verb)


def _authors(sent: Any) -> list[Any]:
    """The tokens naming who issued a document of the sentence through a speech or issuing act."""
    out = []
    for doc_tok in sent:
        if doc_tok.pos_ != "NOUN" or doc_tok.lemma_.lower() not in word_class("quotes.document_noun"):
            continue
        head = doc_tok.head
        if doc_tok.dep_ == "pobj" and head.lower_ in _MEDIUM_PREPS and _issues(head.head):
            verb = head.head  # "X said in a statement"
        elif doc_tok.dep_ == "dobj" and _issues(head):
            verb = head  # "X issued a statement (saying …)"
        elif doc_tok.dep_ in ("nsubj", "attr") and _issues(head) or doc_tok.dep_ == "nsubj" and head.lemma_ == "read":
            author = own_author(doc_tok)  # "a statement by X explained", "X's letter read"
            if author is not None:
                out.append(author)
            continue
        else:
            continue
        subj, how = subject_of(verb)
        if subj is not None and how in ("subject", "inverted-subject"):
            out.append(subj)
    return out


def _sentence_before(region: QuoteRegion, index: TokenIndex, pars: Sequence[Paragraph]) -> Any | None:
    """The sentence that ends right before the quote opens its own sentence, or None."""
    par = pars[region.paragraph]
    last = index.before(region.open)
    if last is not None and last.idx >= par.start:
        return last.sent if last.text in _TERMINATORS else None
    if region.paragraph == 0 or region.open != par.start:
        return None
    prev = pars[region.paragraph - 1]
    last = index.before(prev.end)
    return last.sent if last is not None and last.idx >= prev.start and last.text in _TERMINATORS else None


def _closes_sentence(region: QuoteRegion, text: str, par: Paragraph) -> bool:
    """The quote is a sentence of its own: its words end in a full stop (or "!", "?"), or nothing of
    its paragraph follows it ('"…," the spokesman said' goes on to its attribution)."""
    inside = text[region.start: region.end].rstrip()
    after = text[region.close + 1: par.end].strip() if region.close is not None else ""
    return inside[-1:] in (".", "!", "?") or after[:1] in (".", "!", "?") or not after


def document_medium_speaker(region: QuoteRegion, index: TokenIndex, pars: Sequence[Paragraph], book: ActorBook,
                            quoted: list[tuple[int, int]]) -> Speaker | None:
    """The author of the document the sentence before the quote introduces, when one actor is."""
    if region.continues or not _closes_sentence(region, doc_text(index.doc), pars[region.paragraph]):
        return None  # a quote left open before keeps its speaker; '"…," X was quoted as saying' has its own
    sent = _sentence_before(region, index, pars)
    if sent is None or any(sent.start_char <= s < sent.end_char for s, _ in quoted):
        return None  # a sentence with quotes of its own: their speakers go on elsewhere
    found = [resolve_speaker(t, book, quoted) for t in _authors(sent)]
    actors = {s.actor for s in found}
    if len(actors) != 1 or None in actors:
        return None
    first = found[0]
    return Speaker(first.actor, first.text, first.span, f"{first.rule}+document-medium", 0.6)


def introducing_speaker(region: QuoteRegion, index: TokenIndex, pars: Sequence[Paragraph], book: ActorBook,
                        quoted: list[tuple[int, int]]) -> Speaker | None:
    """The speaker the sentence before introduces: a speech act ending the paragraph before
    (:func:`.discourse.speech_paragraph_speaker`), else a document's author."""
    return speech_paragraph_speaker(region, index, pars, book, quoted) \
        or document_medium_speaker(region, index, pars, book, quoted)


__all__ = ["document_medium_speaker", "introducing_speaker"]
