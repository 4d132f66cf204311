"""The times, places and when_where components on any text: no exception, and every span they
report covers exactly the text it claims."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tidings.extract import when_where, times as dates, places
from tidings.registry import Resources
from tidings.schema import Article, ArticleResult, Event, Span

pytestmark = pytest.mark.model

WORDS = ["in", "the", "Lebanese", "port", "of", "Tripoli", "on", "Monday", ",", ".", "\n", "city", "capital",
         "Paris", "Texas", "out", "around", "return", "to", "Geneva", "for", "talks", "last", "week", "said", "he",
         "recently", "and", "police", "arrested", "'s", "Chinese", "between", "1", "3", "May", "2025", "—", "\u2019s"]


def _run(nlp, text: str) -> ArticleResult:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    res = Resources()
    draft = ArticleResult(article=Article(id="t", text=text, date=dt.date(2025, 9, 5)))
    draft = places.run(doc, dates.run(doc, draft, res), res)
    events = tuple(Event(id=f"e{i + 1}", event="CONSULT", evidence=Span(t.idx, t.idx + len(t.text), t.text),
                         trigger=Span(t.idx, t.idx + len(t.text), t.text))
                   for i, t in enumerate(tok for tok in doc if tok.pos_ in ("VERB", "NOUN")))
    return when_where.run(doc, dataclasses.replace(draft, events=events), res)


def _check_spans(result: ArticleResult) -> None:
    text = result.article.text
    for t in result.times:
        assert text[t.span.start:t.span.end] == t.span.text
    for p in result.places:
        assert p.span is not None and text[p.span.start:p.span.end] == p.span.text
    for e in result.events:
        assert e.date is not None
        if e.date.span is not None:
            assert text[e.date.span.start:e.date.span.end] == e.date.raw


@pytest.mark.parametrize("text", ["", " ", "\n\n", ".", "Tripoli", "In", "the capital", "of Paris,",
                                  "Lebanon's capital", "\u2014 in Geneva \u2014"])
def test_places_robust_edge_texts(nlp, text) -> None:  # type: ignore[no-untyped-def]
    _check_spans(_run(nlp, text))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join))
def test_places_robust_word_salad(nlp, text) -> None:  # type: ignore[no-untyped-def]
    _check_spans(_run(nlp, text))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=120))
def test_places_robust_any_text(nlp, text) -> None:  # type: ignore[no-untyped-def]
    _check_spans(_run(nlp, text))
