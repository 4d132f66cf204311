"""Documents named by the act that issued them: "the proclamation said" after "X declared a national
emergency", "the motion claims" after "X filed a lawsuit", "the ruling said" after "the court
ruled" (``data/document_acts.csv``: a document noun and the verbs it comes of).

When no earlier mention of the same noun names the document's author (:func:`.coreference.document_author`),
the one subject of the earlier verbs the document comes of, within the pronoun window, is its
author, if that subject is an actor. No such verb, two different subjects ("X declared an
emergency two days after Y declared a pandemic"), or a subject that is no actor give no one.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..common import data_rows
from .book import ActorBook
from .coreference import WINDOW, is_definite_description
from .cues import through_relative


@lru_cache(maxsize=1)
def _acts() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for row in data_rows("document_acts.csv"):
        out.setdefault(row["noun"].strip().lower(), set()).add(row["verb"].strip().lower())
    return {k: frozenset(v) for k, v in out.items()}


def act_author(tok: Any, book: ActorBook, quoted: list[tuple[int, int]], window: int = WINDOW) -> Any | None:
    """The actor who issued the document the definite description ``tok`` names, found by the act it
    comes of ("declared …" for "the proclamation"), or None."""
    verbs = _acts().get(tok.lemma_.lower())
    if not verbs or not is_definite_description(tok):
        return None
    sents = [s for s in book.sentences(tok.doc) if s.start <= tok.i]
    authors = set()
    for t in (t for sent in sents[-window:] for t in sent):
        if t.i >= tok.left_edge.i or t.pos_ != "VERB" or t.lemma_.lower() not in verbs \
                or any(s <= t.idx < e for s, e in quoted):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        actor = book.at_token(through_relative(subj)) if subj is not None else None
        authors.add(actor.id if actor is not None else None)
    if len(authors) != 1 or None in authors:
        return None  # no act, or two who declared, or one who is no actor: whose document is unsure
    return book.by_id(authors.pop())


__all__ = ["act_author"]
