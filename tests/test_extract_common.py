"""Shared extractor helpers: spans from tokens, the actor under a span."""

from __future__ import annotations

import pytest
import spacy

from tidings.extract.common import actor_at, actor_of_token, overlaps, span_of, token_at, token_span, tokens_at
from tidings.schema import Actor, Mention, Span

TEXT = "The Gondor envoy met Aragorn of Arnor."
ACTORS = (
    Actor("a1", "Gondor envoy", "person", mentions=(Mention(Span(4, 16, "Gondor envoy")),)),
    Actor("a2", "Gondor", "country", mentions=(Mention(Span(4, 10, "Gondor")),)),
    Actor("a3", "Aragorn", "person", mentions=(Mention(Span(21, 28, "Aragorn")),)),
)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [(4, 10, "a2"), (11, 16, "a1"), (4, 16, "a2"), (21, 22, "a3"), (0, 3, None), (29, 31, None), (16, 21, None)],
)
def test_extract_common_actor_at_prefers_the_tightest_mention(start: int, end: int, expected: str | None) -> None:
    found = actor_at(ACTORS, start, end)
    assert (found.id if found else None) == expected


@pytest.mark.parametrize(("a", "b", "result"), [((0, 5), (5, 9), False), ((0, 5), (4, 9), True), ((3, 4), (0, 9), True)])
def test_extract_common_overlaps_is_half_open(a, b, result) -> None:  # type: ignore[no-untyped-def]
    assert overlaps(Span(a[0], a[1], ""), *b) is result


def test_extract_common_spans_from_tokens_keep_offsets() -> None:
    doc = spacy.blank("en")(TEXT)
    assert token_span(doc[1:3]) == Span(4, 16, "Gondor envoy")
    assert span_of(doc, 21, 28) == Span(21, 28, "Aragorn")
    assert actor_of_token(ACTORS, doc[4]).id == "a3"  # type: ignore[union-attr]
    assert actor_of_token(ACTORS, doc[0]) is None


@pytest.mark.parametrize(("start", "end", "root"), [
    (0, 4, "Ann"),  # a span that stops inside a word widens to the whole token
    (5, 9, "Vale"),
    (0, 9, "Ann"),  # no parse: every token is its own head and spaCy takes the first
    (9, 9, None),  # an empty span has no root
])
def test_common_token_at(start: int, end: int, root: str | None) -> None:
    doc = spacy.blank("en")("Ann Vale left.")
    tok = token_at(doc, Span(start, end, ""))
    assert (tok.text if tok is not None else None) == root
    assert token_at(doc, None) is None


@pytest.mark.parametrize(("start", "end", "words"), [
    (1, 6, ["Ann", "Vale"]),  # widened to whole tokens at both ends
    (4, 8, ["Vale"]),
    (8, 8, None),  # an empty span covers no token
    (8, 9, None),  # only the white space after a token
    (40, 44, None),  # past the end of the text
])
def test_common_tokens_at(start: int, end: int, words: list[str] | None) -> None:
    doc = spacy.blank("en")("Ann Vale left.")
    found = tokens_at(doc, Span(start, end, ""))
    assert ([t.text for t in found] if found is not None else None) == words
    assert tokens_at(doc, None) is None


def test_common_token_at_keeps_no_document_alive() -> None:
    """An lru_cache keyed on the Doc held every article's parse for the rest of the process."""
    import gc
    import weakref

    doc = spacy.blank("en")("Ann Vale left.")
    assert token_at(doc, Span(0, 3, "Ann")).text == "Ann"
    assert token_at(doc, Span(0, 3, "Ann")).doc is doc  # the second answer is the same token
    gone = weakref.ref(doc)
    del doc
    gc.collect()
    assert gone() is None
