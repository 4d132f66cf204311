"""A statement named with no statement met before is the last speaker's.

"The army said on Sunday it had repelled an attack. The statement said two soldiers were wounded":
"the statement" presupposes one the reader knows, and none was named; what the reader knows is
that the army spoke, so the statement is the army's. The speaker is the subject of the speech verb
nearest before, in the sentence before or the one before that, when it is an actor of the book and
no statement, release or communique (word class ``quotes.statement_noun``) was named in the
article before ("A statement posted online said …": that one is meant, and who posted it decides).
Other documents ("the report", "the letter") are no speaker's words by default. Pure given the book.
"""

from __future__ import annotations

from typing import Any

from ...schema import Actor
from ..common import word_class
from .book import ActorBook
from .coreference import is_definite_description
from .cues import is_speech_verb, subject_of

LOOK_BACK = 2  # sentences before the statement's own


def last_speakers_statement(tok: Any, book: ActorBook) -> Actor | None:
    """The actor whose words a definite "the statement" with no statement named before stands for."""
    kind = word_class("quotes.statement_noun")
    if tok.lemma_.lower() not in kind or tok.pos_ != "NOUN" or not is_definite_description(tok):
        return None
    doc = tok.doc
    if any(t.lemma_.lower() in kind and t.pos_ == "NOUN" for t in doc[:tok.sent.start]):
        return None
    sents = book.sentences(doc)  # listed once per article, as the coreference rules read them
    k = book.sentences_to(tok) - 1
    for sent in reversed(sents[max(0, k - LOOK_BACK):k]):
        for verb in reversed([t for t in sent if is_speech_verb(t)]):
            subj, _ = subject_of(verb)
            actor = book.at_token(subj) if subj is not None and subj.pos_ != "PRON" else None
            if actor is not None:
                return book.namesake(actor)
    return None


__all__ = ["LOOK_BACK", "last_speakers_statement"]
