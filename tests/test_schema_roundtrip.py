"""Every record survives record -> JSON -> record unchanged, for any text."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.schema import (
    Actor, Article, ArticleResult, Event, EventDate, Location, Mention, Problem, Provenance, Quote, Span,
    TimeExpression, from_dict, to_dict,
)

text = st.text(max_size=40)
opt_text = st.none() | text
iso3 = st.none() | st.from_regex(r"[A-Z]{3}", fullmatch=True)
spans = st.builds(Span, st.integers(0, 10_000), st.integers(0, 10_000), text)
prov = st.none() | st.builds(Provenance, text, text, st.floats(0, 1), opt_text)
dates = st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1))
finite = st.floats(allow_nan=False, allow_infinity=False, width=32)

articles = st.builds(Article, text, text, dates, opt_text, opt_text, opt_text, opt_text, opt_text)
mentions = st.builds(Mention, spans, st.sampled_from(["name", "title", "pronoun", "metonym"]), prov)
actors = st.builds(
    Actor, text, text, st.sampled_from(["person", "organization", "country", "group", "other"]), iso3, iso3,
    opt_text, st.none() | st.from_regex(r"Q[0-9]{1,8}", fullmatch=True), st.lists(mentions, max_size=3).map(tuple),
    finite, prov,
)
quotes = st.builds(Quote, text, text, st.sampled_from(["direct", "partial", "indirect"]), spans, opt_text, opt_text,
                   st.none() | spans, opt_text, st.none() | spans, prov)
precision = st.none() | st.sampled_from(["year", "month", "day"])
event_dates = st.none() | st.builds(EventDate, opt_text, precision, opt_text, st.none() | spans, dates, opt_text)
locations = st.none() | st.builds(Location, text, iso3, st.none() | finite, st.none() | finite,
                                  st.none() | st.integers(0, 10**8), opt_text, opt_text, st.none() | spans, prov)
events = st.builds(
    Event, text, st.sampled_from(["AGREE", "REJECT", "ASSAULT"]), spans, st.lists(text, max_size=3).map(tuple),
    st.lists(text, max_size=2).map(tuple), opt_text, st.lists(text, max_size=2).map(tuple), opt_text,
    st.integers(1, 4), finite, event_dates, locations,
    st.lists(st.sampled_from(["negation", "hypothetical", "future", "historical"]), max_size=2).map(tuple),
    opt_text, st.floats(0, 1), text, st.none() | spans, st.lists(spans, max_size=2).map(tuple), prov,
)
times = st.builds(TimeExpression, spans, opt_text, precision, opt_text, prov)
problems = st.builds(Problem, text, text, opt_text, opt_text)
results = st.builds(
    ArticleResult, articles, st.lists(actors, max_size=3).map(tuple), st.lists(quotes, max_size=2).map(tuple),
    st.lists(events, max_size=2).map(tuple), st.lists(times, max_size=2).map(tuple),
    st.lists(locations.filter(lambda x: x is not None), max_size=2).map(tuple),
    st.lists(problems, max_size=2).map(tuple),
)


@settings(max_examples=150, deadline=None)
@given(results)
def test_schema_article_result_round_trips_through_json(result: ArticleResult) -> None:
    data = json.loads(json.dumps(to_dict(result)))
    assert from_dict(ArticleResult, data) == result


def test_schema_records_are_frozen() -> None:
    s = Span(0, 3, "abc")
    try:
        s.start = 1  # type: ignore[misc]
    except AttributeError:
        pass
    else:  # pragma: no cover
        raise AssertionError("Span should be frozen")


def test_schema_from_dict_ignores_unknown_keys_and_converts_dates() -> None:
    art = from_dict(Article, {"id": "x", "text": "t", "date": "2025-09-05", "later_field": 1})
    assert art.date == dt.date(2025, 9, 5)
    assert art.language == "en"
