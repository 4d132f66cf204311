"""Quotes by speaker through the trigram index (migration 0006): the same quotes as reading every one.

The index only narrows the candidates; the exact test (case-insensitive part of the resolved
name or of the words naming the speaker) still decides, so any needle - short, long, accented,
with LIKE's wildcards or FTS syntax in it - finds what a plain substring test over all quotes finds.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings import query
from tidings.schema import Actor, Article, ArticleResult, Quote, Span
from tidings.store import connect, write_result

SPEAKERS = [  # (resolved name or None, the words naming the speaker)
    ("Aragorn Elessar", "the king"), ("Éowyn of Rohan", "Éowyn"), (None, "a ranger of the North"),
    ("Steward of Gondor", "the Steward"), ("Gríma Wormtongue", "the counsellor"), ("O'Brien \"Ned\" Hale", "Hale"),
    ("100% Pure_Folk", "the folk"), (None, None), ("Straße Guild", "the guild"), ("KELVIN ARK", "Kelvin"),
]


def _speaks(name: str | None, said: str | None, needle: str) -> bool:
    """The documented test: a case-insensitive part of the resolved name or of the words naming the speaker."""
    def has(value: str | None) -> bool:
        if value is None:
            return False
        if needle.isascii():  # LIKE folds ASCII letters only
            return needle.lower() in "".join(c.lower() if c.isascii() else c for c in value)
        return needle.casefold() in value.casefold()

    return has(name) or has(said)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("speakers") / "t.db"
    conn = connect(path)
    for i, (name, said) in enumerate(SPEAKERS):
        text = f"They spoke at length about the harbour, number {i}."
        actors = (Actor("a1", name, "person"),) if name else ()
        quote = Quote("q1", text, "direct", Span(0, len(text), text), "a1" if name else None, said)
        article = Article(f"n{i}", text, dt.date(2031, 1, 1 + i), f"Story {i}")
        write_result(conn, ArticleResult(article, actors, (quote,)))
    conn.close()
    return path


def _expected(needle: str) -> set[str]:
    return {f"n{i}" for i, (name, said) in enumerate(SPEAKERS) if needle and _speaks(name, said, needle)}


@pytest.mark.parametrize("needle", [
    "ara", "ARAGORN", "gorn ele", "king", "éowyn", "ÉOWYN OF", "wyn", "the", "ste", "rima", "ríma", "o'b",
    '"ned"', "ned", "100%", "%", "_", "pure_", "e_f", "straße", "STRASSE", "kelvin", "ar", "a", "x", "zzz",
    "NEAR", "AND OR", "*", '"', "north",
])
def test_query_quotes_speaker_index_finds_what_a_full_read_finds(db: Path, needle: str) -> None:
    assert {r.article_id for r in query.quotes(db, speaker=needle)} == _expected(needle)
    assert query.quote_total(db, speaker=needle) == len(_expected(needle))


def test_query_quotes_speaker_index_is_used_for_long_ascii_needles(db: Path) -> None:
    conn = sqlite3.connect(db)
    plans: list[str] = []
    conn.set_trace_callback(plans.append)
    try:
        query.quotes(conn, speaker="gorn")
        query.quotes(conn, speaker="ar")
    finally:
        conn.close()
    pages = [sql for sql in plans if sql.startswith("SELECT q.id FROM")]  # the statements finding each page
    assert len(pages) == 2 and "quotes_speaker_fts" in pages[0] and "quotes_speaker_fts" not in pages[1]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("aeiorngdlhkwtsÉéíß%_\"' *"), min_size=1, max_size=6))
def test_query_quotes_speaker_index_any_needle(db: Path, needle: str) -> None:
    if not needle.strip():
        return
    assert {r.article_id for r in query.quotes(db, speaker=needle)} == _expected(needle)


def test_query_quotes_speaker_index_follows_deletes(tmp_path: Path) -> None:
    from tidings.store import delete_article

    conn = connect(tmp_path / "d.db")
    text = "We will hold the ford."
    result = ArticleResult(Article("d1", text, dt.date(2031, 1, 1)), (Actor("a1", "Faramir Hurin", "person"),),
                           (Quote("q1", text, "direct", Span(0, len(text), text), "a1", "the captain"),))
    write_result(conn, result)
    assert [r.article_id for r in query.quotes(conn, speaker="faramir")] == ["d1"]
    delete_article(conn, "d1")
    assert query.quotes(conn, speaker="faramir") == []
    assert conn.execute("SELECT count(*) FROM quotes_speaker_fts WHERE quotes_speaker_fts MATCH '\"faramir\"'"
                        ).fetchone()[0] == 0
    conn.close()


@pytest.mark.parametrize("filters", [
    {"text": "harbour"}, {"text": "spoke length"}, {"text": "harbour", "speaker": "the"},
    {"text": "harbour", "since": "2031-01-04"}, {"text": "harbour", "kind": "direct", "until": "2031-01-08"},
    {"text": "nowhere"}, {"speaker": "e"},
])
@pytest.mark.parametrize("limit", [1, 2, 3, 7])
def test_query_quotes_pages_are_slices_of_the_whole_ranked_list(db: Path, filters: dict[str, str], limit: int) -> None:
    """A page ranks by words within a bound taken from the page's last row: it must cut the full order exactly."""
    whole = [(r.article_id, r.quote_id) for r in query.quotes(db, limit=None, **filters)]
    for offset in range(0, len(whole) + 2):
        page = [(r.article_id, r.quote_id) for r in query.quotes(db, limit=limit, offset=offset, **filters)]
        assert page == whole[offset:offset + limit]
