"""The read path for events: every filter, alone and together, with cases that must not match."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from tidings import query
from tidings.schema import Actor, Article, ArticleResult, Event, EventDate, Span, to_dict
from tidings.store import connect, write_result

ACTORS = {
    "arn": Actor("a1", "Aragorn Elessar", "person", "ARN", "GOV"),
    "gdr": Actor("a2", "Steward of Gondor", "person", "GDR", "GOV"),
    "rhn": Actor("a3", "Rhûn Horsemen", "group", "RHN", "REB"),
    "shire": Actor("a4", "Shire Council", "organization", None, "GOV"),
}


def _article(aid: str, day: str | None, events: list[tuple[str, str, str, str | None, str]]) -> ArticleResult:
    """events: (type, actor key, recipient key, event date, evidence)."""
    used = sorted({k for _, a, r, _, _ in events for k in (a, r) if k})
    actors = {k: ACTORS[k] for k in used}
    text = " ".join(ev for *_, ev in events)
    evs = []
    for i, (kind, a, r, when, evidence) in enumerate(events):
        start = text.index(evidence)
        evs.append(Event(f"e{i + 1}", kind, Span(start, start + len(evidence), evidence),
                         actor=(actors[a].id,) if a else (), recipient=(actors[r].id,) if r else (),
                         mode="demonstrate" if kind == "PROTEST" else None,
                         date=EventDate(when, "day" if when and len(when) == 10 else "month") if when else None))
    date = dt.date.fromisoformat(day) if day else None
    return ArticleResult(Article(aid, text, date, f"Story {aid}"), tuple(actors.values()), (), tuple(evs))


CORPUS = [
    _article("n1", "2031-01-10", [("PROTEST", "rhn", "gdr", None, "Horsemen rallied against the Steward."),
                                  ("ASSAULT", "rhn", "arn", "2031-01-08", "Riders attacked the king's camp.")]),
    _article("n2", "2031-02-20", [("AGREE", "arn", "gdr", None, "The king and the Steward signed a pact."),
                                  ("CONSULT", "shire", "arn", "2031-02", "The council met the king.")]),
    _article("n3", None, [("ACCUSE", "gdr", "rhn", None, "The Steward blamed the riders (again): \"NOT\" us!")]),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("q") / "t.db"
    conn = connect(path)
    for r in CORPUS:
        write_result(conn, r)
    conn.close()
    return path


def _ids(rows: list[query.EventRow]) -> list[str]:
    return [f"{r.article_id}/{r.event_id}" for r in rows]


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, ["n2/e1", "n2/e2", "n1/e1", "n1/e2", "n3/e1"]),
    ({"actor": "steward"}, ["n2/e1", "n1/e1", "n3/e1"]),
    ({"actor": "STEWARD OF"}, ["n2/e1", "n1/e1", "n3/e1"]),
    ({"actor": "rhûn"}, ["n1/e1", "n1/e2", "n3/e1"]),
    ({"actor": "RHÛN"}, ["n1/e1", "n1/e2", "n3/e1"]),
    ({"actor": "%"}, []),
    ({"actor": "_"}, []),
    ({"actor": "Sauron"}, []),
    ({"country": "ARN"}, ["n2/e1", "n2/e2", "n1/e2"]),
    ({"country": "arn"}, ["n2/e1", "n2/e2", "n1/e2"]),
    ({"country": "XXX"}, []),
    ({"event": "PROTEST"}, ["n1/e1"]),
    ({"event": "protest,assault"}, ["n1/e1", "n1/e2"]),
    ({"event": ["AGREE", "ACCUSE"]}, ["n2/e1", "n3/e1"]),
    ({"event": "REJECT"}, []),
    ({"mode": "demonstrate"}, ["n1/e1"]),
    ({"since": "2031-02-01"}, ["n2/e1", "n2/e2"]),
    ({"since": "2031-02-25"}, ["n2/e2"]),  # dated only "2031-02": the month overlaps
    ({"until": "2031-01-09"}, ["n1/e2"]),  # own date 2031-01-08 wins over the article's 2031-01-10
    ({"since": dt.date(2031, 1, 9), "until": dt.date(2031, 1, 31)}, ["n1/e1"]),
    ({"since": "2032"}, []),
    ({"text": "Steward"}, ["n2/e1", "n1/e1", "n3/e1"]),
    ({"text": "steward pact"}, ["n2/e1"]),
    ({"text": "sign*"}, ["n2/e1"]),
    ({"text": '"NOT" us'}, ["n3/e1"]),
    ({"text": "NOT"}, ["n3/e1"]),
    ({"text": "(again):"}, ["n3/e1"]),
    ({"text": "Steward OR pact"}, []),  # OR is a word here, not an operator
    ({"text": "   "}, ["n2/e1", "n2/e2", "n1/e1", "n1/e2", "n3/e1"]),  # no words: no filter
    ({"country": "GDR", "event": "ACCUSE"}, ["n3/e1"]),
    ({"actor": "king", "country": "ARN"}, []),
    ({"article_id": "n2"}, ["n2/e1", "n2/e2"]),
])
def test_query_events_filters(db: Path, filters: dict[str, object], expected: list[str]) -> None:
    assert _ids(query.events(db, **filters)) == expected  # type: ignore[arg-type]


def test_query_events_row_carries_names_countries_and_article(db: Path) -> None:
    (row,) = query.events(db, event="ASSAULT")
    assert (row.actors, row.actor_countries, row.recipients, row.recipient_countries) == (
        ("Rhûn Horsemen",), ("RHN",), ("Aragorn Elessar",), ("ARN",))
    assert (row.day, row.date, row.article_date, row.title) == ("2031-01-08", "2031-01-08", "2031-01-10", "Story n1")
    assert row.evidence == "Riders attacked the king's camp."


@pytest.mark.parametrize(("limit", "offset", "order", "expected"), [
    (2, 0, "newest", ["n2/e1", "n2/e2"]),
    (2, 2, "newest", ["n1/e1", "n1/e2"]),
    (None, 0, "oldest", ["n3/e1", "n1/e2", "n1/e1", "n2/e2", "n2/e1"]),
    (1, 10, "newest", []),
])
def test_query_events_paging_and_order(db: Path, limit: int | None, offset: int, order: str,
                                       expected: list[str]) -> None:
    assert _ids(query.events(db, limit=limit, offset=offset, order=order)) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("by", "filters", "expected"), [
    ("event", {}, [("ACCUSE", 1), ("AGREE", 1), ("ASSAULT", 1), ("CONSULT", 1), ("PROTEST", 1)]),
    ("country", {}, [("ARN", 3), ("GDR", 3), ("RHN", 3)]),
    ("month", {"country": "ARN"}, [("2031-01", 1), ("2031-02", 2)]),
    ("event", {"country": "XXX"}, []),
])
def test_query_count_events(db: Path, by: str, filters: dict[str, object], expected: list[object]) -> None:
    assert query.count_events(db, by, **filters) == expected  # type: ignore[arg-type]


def test_query_count_events_rejects_unknown_grouping(db: Path) -> None:
    with pytest.raises(ValueError):
        query.count_events(db, "colour")  # type: ignore[arg-type]


def test_query_load_and_iter_results(db: Path) -> None:
    assert to_dict(query.load_result(db, "n2")) == to_dict(CORPUS[1])
    assert [r.article.id for r in query.iter_results(db)] == ["n3", "n1", "n2"]  # undated first, then by date
    assert [r.article.id for r in query.iter_results(db, since="2031-02-01")] == ["n2"]
    with pytest.raises(query.NotFound):
        query.load_result(db, "absent")


def test_query_summary_and_articles(db: Path) -> None:
    s = query.summary(db)
    assert (s.articles, s.events, s.first_date, s.last_date) == (3, 5, "2031-01-10", "2031-02-20")
    assert [(a.article_id, a.events) for a in query.articles(db)] == [("n2", 2), ("n1", 2), ("n3", 1)]


def test_query_accepts_a_connection_made_elsewhere(db: Path) -> None:
    conn = sqlite3.connect(db)
    assert _ids(query.events(conn, actor="RHÛN", event="PROTEST")) == ["n1/e1"]
    assert conn.row_factory is None
