"""Any ArticleResult survives store -> read back unchanged, whatever its text holds."""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tidings import query
from tidings.schema import (
    Actor, Article, ArticleResult, Event, EventDate, Location, Mention, Problem, Provenance, Quote, Span,
    TimeExpression, to_dict,
)
from tidings.store import connect, write_result

# every code point, lone surrogates (category Cs) and NUL included
chars = st.characters(exclude_categories=())
text = st.text(chars, max_size=30)
opt_text = st.none() | text
iso3 = st.none() | st.from_regex(r"[A-Z]{3}", fullmatch=True)
spans = st.builds(Span, st.integers(-5, 10**9), st.integers(-5, 10**9), text)
prov = st.none() | st.builds(Provenance, text, text, st.floats(0, 1), opt_text)
dates = st.none() | st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
finite = st.floats(allow_nan=False, allow_infinity=False)
ids = st.text(chars, max_size=6)

articles = st.builds(Article, ids, text, dates, opt_text, opt_text, opt_text, opt_text, opt_text)
mentions = st.builds(Mention, spans, st.sampled_from(["name", "title", "pronoun", "metonym", "demonym"]), prov)
actors = st.builds(
    Actor, ids, text, st.sampled_from(["person", "organization", "country", "group", "other"]), iso3, iso3,
    opt_text, opt_text, st.lists(mentions, max_size=3).map(tuple), finite, prov,
)
quotes = st.builds(Quote, ids, text, st.sampled_from(["direct", "partial", "indirect"]), spans, st.none() | ids,
                   opt_text, st.none() | spans, opt_text, st.none() | spans, prov)
precision = st.none() | st.sampled_from(["year", "month", "day"])
event_dates = st.none() | st.builds(EventDate, opt_text, precision, opt_text, st.none() | spans, dates, opt_text)
locations = st.builds(Location, text, iso3, st.none() | finite, st.none() | finite,
                      st.none() | st.integers(-(2**62), 2**62), opt_text, opt_text, st.none() | spans, prov)
events = st.builds(
    Event, ids, text, spans, st.lists(ids, max_size=3).map(tuple), st.lists(ids, max_size=3).map(tuple), opt_text,
    st.lists(text, max_size=2).map(tuple), opt_text, st.integers(-2**31, 2**31), finite, event_dates,
    st.none() | locations, st.lists(st.sampled_from(["negation", "hypothetical", "future", "historical"]),
                                    max_size=2).map(tuple),
    st.none() | ids, finite, text, st.none() | spans, st.lists(spans, max_size=2).map(tuple), prov,
)
times = st.builds(TimeExpression, spans, opt_text, precision, opt_text, prov)
problems = st.builds(Problem, text, text, opt_text, opt_text)
results = st.builds(
    ArticleResult, articles, st.lists(actors, max_size=3).map(tuple), st.lists(quotes, max_size=3).map(tuple),
    st.lists(events, max_size=3).map(tuple), st.lists(times, max_size=2).map(tuple),
    st.lists(locations, max_size=2).map(tuple), st.lists(problems, max_size=2).map(tuple),
    st.lists(text, max_size=2).map(tuple), text,
)

_DB = Path(tempfile.mkdtemp(prefix="tidings-roundtrip-")) / "t.db"
_CONN: list[sqlite3.Connection] = []


def _conn() -> sqlite3.Connection:
    if not _CONN:
        _CONN.append(connect(_DB))
    return _CONN[0]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(results)
def test_store_any_result_round_trips(result: ArticleResult) -> None:
    conn = _conn()
    write_result(conn, result)
    assert to_dict(query.load_result(conn, result.article.id)) == to_dict(result)
    stored_id = result.article.id.encode("utf-8", "backslashreplace").decode("utf-8")  # as the writer stores it
    assert conn.execute("SELECT count(*) FROM articles WHERE id = ?", (stored_id,)).fetchone()[0] == 1


@settings(max_examples=50, deadline=None)
@given(st.lists(results, min_size=1, max_size=4))
def test_store_rewrites_keep_one_copy_and_a_sound_index(batch: list[ArticleResult]) -> None:
    conn = _conn()
    for r in batch:
        write_result(conn, r)
    last = {r.article.id: r for r in batch}
    for aid, r in last.items():
        assert to_dict(query.load_result(conn, aid)) == to_dict(r)
    conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
    conn.execute("INSERT INTO events_fts(events_fts) VALUES ('integrity-check')")
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
