"""Writing: one transaction per article, idempotent re-writes, readable rows, readers during a write."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path

import pytest

import tidings.store.write as write_mod
from tidings import query
from tidings.schema import (
    Actor, Article, ArticleResult, Event, EventDate, Location, Mention, Problem, Quote, Span, to_dict,
)
from tidings.store import connect, delete_article, stored_ids, write_problem, write_result


def make_result(aid: str = "art1", *, day: dt.date | None = dt.date(2031, 3, 4), n_events: int = 2,
                title: str = "Arnor and Gondor sign a river treaty") -> ArticleResult:
    """A hand-built article between fictional states, with actors, a quote and events."""
    text = f"{title}\nThe King of Arnor met envoys of Gondor. \u201cWe shall share the river,\u201d said Aragorn."
    actors = (
        Actor("a1", "Aragorn", "person", "ARN", "GOV", "King of Arnor", "Q1",
              (Mention(Span(len(title) + 5, len(title) + 9, "King"), "title"),)),
        Actor("a2", "Gondor", "country", "GDR", "GOV"),
    )
    quote = Quote("q1", "We shall share the river,", "direct", Span(80, 104, "We shall share the river,"),
                  speaker="a1", speaker_text="Aragorn", cue="said")
    events = tuple(
        Event(f"e{i + 1}", "AGREE" if i % 2 == 0 else "CONSULT", Span(0, len(title), title), actor=("a1",),
              recipient=("a2",), mode="sign", context=("economic",), cameo="057", quad=2, intensity=4.0,
              date=EventDate("2031-03", "month", "in March"), location=Location("Minas Tirith", "GDR", 1.0, 2.0),
              aux=("future",), quote="q1", confidence=0.8, rule="treaty.sign")
        for i in range(n_events)
    )
    return ArticleResult(Article(aid, text, day, title, "Westernesse Wire", "https://example.org/a", "en", "f.txt"),
                         actors, (quote,), events, problems=(Problem("input.no_date", "x", "pipeline", "f.txt"),),
                         components=("tidings.actors.v1",))


@pytest.fixture()
def conn(tmp_path: Path) -> sqlite3.Connection:
    return connect(tmp_path / "t.db")


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = ("articles", "actors", "quotes", "events", "participants", "problems", "quotes_fts", "events_fts")
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_store_write_fills_readable_tables(conn: sqlite3.Connection) -> None:
    write_result(conn, make_result())
    assert _counts(conn) == {"articles": 1, "actors": 2, "quotes": 1, "events": 2, "participants": 4,
                             "problems": 1, "quotes_fts": 1, "events_fts": 2}
    row = conn.execute("SELECT actor_names, recipient_names, actor_countries, recipient_countries, aux, context, "
                       "date, location, actor_ids FROM events WHERE seq = 0").fetchone()
    assert row == ("Aragorn", "Gondor", "ARN", "GDR", "future", "economic", "2031-03", "Minas Tirith", '["a1"]')
    assert conn.execute("SELECT speaker_name, speaker_text FROM quotes").fetchone() == ("Aragorn", "Aragorn")
    assert conn.execute("SELECT date, components FROM articles").fetchone() == ("2031-03-04", "tidings.actors.v1")


def test_store_write_twice_stores_once(conn: sqlite3.Connection) -> None:
    write_result(conn, make_result())
    first = _counts(conn)
    write_result(conn, make_result())
    assert _counts(conn) == first


def test_store_rewrite_replaces_rows_and_index(conn: sqlite3.Connection) -> None:
    write_result(conn, make_result(n_events=3))
    write_result(conn, make_result(n_events=1))
    assert _counts(conn)["events"] == 1 and _counts(conn)["events_fts"] == 1
    assert conn.execute("INSERT INTO events_fts(events_fts) VALUES ('integrity-check')") is not None
    assert len(query.events(conn, text="treaty")) == 1


def test_store_failure_mid_write_stores_nothing(conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    write_result(conn, make_result("kept"))
    before = _counts(conn)

    def broken_event_row(*args: object, **kwargs: object) -> tuple[object, ...]:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(write_mod, "_event_row", broken_event_row)
    with pytest.raises(RuntimeError):
        write_result(conn, make_result("new"))  # article, actors and quotes were inserted before the failure
    with pytest.raises(RuntimeError):
        write_result(conn, make_result("kept", n_events=5))  # a failed rewrite keeps the old version
    assert _counts(conn) == before
    assert stored_ids(conn, ["kept", "new"]) == {"kept"}
    assert len(query.load_result(conn, "kept").events) == 2
    assert not conn.in_transaction


def test_store_unreadable_problem_is_kept_once_per_origin(conn: sqlite3.Connection) -> None:
    p = Problem("input.unreadable", "bad bytes", "ingest", "broken.txt")
    write_problem(conn, p)
    write_problem(conn, p)
    assert [(r.article_id, r.origin) for r in query.problems(conn)] == [(None, "broken.txt")]


def test_store_article_read_later_clears_its_unreadable_note(conn: sqlite3.Connection) -> None:
    write_problem(conn, Problem("input.unreadable", "bad bytes", "ingest", "f.txt"))
    write_result(conn, make_result())
    assert query.problems(conn, unreadable_only=True) == []


def test_store_delete_article_cascades(conn: sqlite3.Connection) -> None:
    write_result(conn, make_result())
    assert delete_article(conn, "art1") is True
    assert delete_article(conn, "art1") is False
    assert set(_counts(conn).values()) == {0}


@pytest.mark.parametrize("ids", [[], ["absent"], ["art1", "absent"], [f"x{i}" for i in range(1200)] + ["art1"]])
def test_store_stored_ids(conn: sqlite3.Connection, ids: list[str]) -> None:
    write_result(conn, make_result())
    assert stored_ids(conn, ids) == ({"art1"} & set(ids))


@pytest.mark.parametrize("odd", ["\x00nul inside", "lone \ud800 surrogate", "emoji \U0001f600 and \u202e", ""])
def test_store_odd_text_round_trips(conn: sqlite3.Connection, odd: str) -> None:
    result = ArticleResult(Article("odd", odd, None, odd, None, None, None, odd),
                           (Actor("a1", odd, "other"),), (Quote("q1", odd, "direct", Span(0, 1, odd)),))
    write_result(conn, result)
    assert to_dict(query.load_result(conn, "odd")) == to_dict(result)


def test_store_reader_sees_old_or_new_never_half(tmp_path: Path) -> None:
    """WAL: a reader on another connection reads on while a writer holds its transaction open."""
    db = tmp_path / "t.db"
    writer = connect(db)
    write_result(writer, make_result("a0"))
    reader = connect(db)
    inside = threading.Event()
    release = threading.Event()

    def slow_write() -> None:
        from tidings.store import transaction

        with transaction(writer):
            write_mod._insert(writer, make_result("a1", n_events=4), "now")
            inside.set()
            release.wait(10)

    t = threading.Thread(target=slow_write)
    t.start()
    assert inside.wait(10)
    # the write is in progress: the reader is not blocked and sees only the committed article
    assert [r.article_id for r in query.articles(reader)] == ["a0"]
    assert reader.execute("SELECT count(*) FROM events").fetchone()[0] == 2
    release.set()
    t.join(10)
    assert sorted(r.article_id for r in query.articles(reader)) == ["a0", "a1"]
    assert reader.execute("SELECT count(*) FROM events").fetchone()[0] == 6
