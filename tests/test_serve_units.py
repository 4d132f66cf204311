"""One row per real-world event: lists read merged events by default and every mention on request.

The store is test_serve_stats's, merged across articles: its six 'routine' articles report the
same meeting (CONSULT) and the same request (REQUEST), so 20 stored events are 10 real-world ones.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from test_serve_stats import TOTAL_EVENTS, build_store

from tidings import query_events, query_pages
from tidings.cli import group
from tidings.crossdoc import merge_events, split_event
from tidings.query import InvalidFilter
from tidings.serve import create_app
from tidings.store import connect

ROUTINE = [f"routine-{k}" for k in range(6)]


@pytest.fixture(scope="module")
def path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = build_store(tmp_path_factory.mktemp("units") / "t.db")
    conn = connect(db, create=False)
    merge_events(conn)
    conn.close()
    return db


@pytest.fixture(scope="module")
def db(path: Path) -> sqlite3.Connection:
    conn = connect(path, create=False)
    yield conn  # type: ignore[misc]
    conn.close()


@pytest.fixture(scope="module")
def client(path: Path) -> TestClient:
    with TestClient(create_app(path), raise_server_exceptions=False) as c:
        yield c  # type: ignore[misc]


def _keys(rows: Any) -> list[str]:
    return [f"{r.article_id}/{r.event_id}" for r in rows]


def _every(db: sqlite3.Connection, limit: int, **kw: Any) -> list[query_pages.EventUnit]:
    seen, cursor = [], None
    while True:
        page = query_pages.event_page(db, limit=limit, cursor=cursor, **kw)
        seen += page.events
        if not (cursor := page.next_cursor):
            return seen


def test_serve_units_merged_event_is_one_row_with_its_counts(db: sqlite3.Connection) -> None:
    rows = query_pages.event_page(db, limit=100).events
    assert len(rows) == query_pages.event_total(db) == 10
    meetings = [r for r in rows if r.article_id in ROUTINE and r.event == "CONSULT"]
    assert len(meetings) == 1
    (m,) = meetings
    assert (m.n_mentions, m.n_articles, m.first_seen, m.last_seen) == (6, 6, "2025-09-15", "2025-09-15")
    assert m.merged_id is not None and query_events.merged_event(db, m.merged_id).n_mentions == 6
    # an event reported once stands for itself
    (strike,) = [r for r in rows if r.article_id == "strike"]
    assert strike.n_mentions == 1 and strike.first_seen is None


def test_serve_units_mentions_lists_every_stored_event_with_its_event(db: sqlite3.Connection) -> None:
    rows = query_pages.event_page(db, limit=100, unit="mentions").events
    assert len(rows) == query_pages.event_total(db, "mentions") == TOTAL_EVENTS
    meetings = [r for r in rows if r.article_id in ROUTINE and r.event == "CONSULT"]
    assert len(meetings) == 6 and len({r.merged_id for r in meetings}) == 1
    assert {r.n_mentions for r in meetings} == {6}


@pytest.mark.parametrize("filters, expected", [
    ({}, 10),
    ({"event": "CONSULT"}, 2),  # the summit's meeting and the routine one
    ({"article_id": "routine-3"}, 2),  # a filter matching one report still finds its event
    ({"involving": "Ben Holt|DEU|GOV"}, 5),
    ({"text": "again"}, 1),
    ({"event": "REQUEST", "until": "2025-09-01"}, 0),
])
def test_serve_units_filters_count_real_world_events(db: sqlite3.Connection, filters: dict[str, Any],
                                                     expected: int) -> None:
    rows = _every(db, 100, **filters)
    assert len(rows) == query_pages.event_total(db, **filters) == expected
    assert len({r.merged_id or _keys([r])[0] for r in rows}) == expected


def test_serve_units_shown_at_the_first_matching_report(db: sqlite3.Connection) -> None:
    (row,) = query_pages.event_page(db, article_id="routine-4", event="REQUEST").events
    assert (row.article_id, row.n_mentions) == ("routine-4", 6)
    newest = [r for r in query_pages.event_page(db, limit=100).events if r.event == "REQUEST"]
    oldest = [r for r in query_pages.event_page(db, limit=100, sort="oldest").events if r.event == "REQUEST"]
    assert _keys(newest) == _keys(oldest) == ["routine-0/e2"]  # one day: the first article in both orders


@pytest.mark.parametrize("sort", ["newest", "oldest"])
@pytest.mark.parametrize("limit", [1, 2, 3])
def test_serve_units_pages_never_repeat_or_skip_an_event(db: sqlite3.Connection, sort: str, limit: int) -> None:
    whole = query_pages.event_page(db, limit=100, sort=sort).events  # type: ignore[arg-type]
    paged = _every(db, limit, sort=sort)
    assert _keys(paged) == _keys(whole)
    assert len({r.merged_id for r in paged}) == len(paged)


def test_serve_units_stream_and_pages_agree(db: sqlite3.Connection) -> None:
    for unit in ("events", "mentions"):
        streamed = list(query_pages.iter_event_units(db, unit=unit))  # type: ignore[arg-type]
        paged = query_pages.event_page(db, limit=100, unit=unit).events  # type: ignore[arg-type]
        assert _keys(streamed) == _keys(paged)


def test_serve_units_cursor_of_one_unit_is_refused_by_the_other(db: sqlite3.Connection) -> None:
    cursor = query_pages.event_page(db, limit=2, unit="mentions").next_cursor
    with pytest.raises(InvalidFilter) as err:
        query_pages.event_page(db, limit=2, cursor=cursor)
    assert err.value.param == "cursor"
    with pytest.raises(InvalidFilter):
        query_pages.event_page(db, unit="stories")  # type: ignore[arg-type]


def test_serve_units_split_event_lists_its_mentions_apart(tmp_path: Path) -> None:
    conn = connect(build_store(tmp_path / "s.db"))
    try:
        merge_events(conn)
        rows = query_pages.event_page(conn, limit=100).events
        (row,) = [r for r in rows if r.event == "REQUEST" and r.n_mentions > 1]
        split_event(conn, row.merged_id)  # type: ignore[arg-type]
        assert query_pages.event_total(conn) == 15
        assert len([r for r in query_pages.event_page(conn, limit=100).events if r.event == "REQUEST"]) == 6
    finally:
        conn.close()


def test_serve_units_api_events_default_and_mentions(client: TestClient) -> None:
    body = client.get("/api/events?total=true&limit=500").json()
    assert (body["unit"], body["total"], len(body["events"])) == ("events", 10, 10)
    merged = [e for e in body["events"] if e["n_mentions"] > 1]
    assert {(e["event"], e["n_articles"]) for e in merged} == {("CONSULT", 6), ("REQUEST", 6)}
    body = client.get("/api/events?total=true&limit=500&unit=mentions").json()
    assert (body["unit"], body["total"], len(body["events"])) == ("mentions", TOTAL_EVENTS, TOTAL_EVENTS)
    r = client.get("/api/events?unit=stories")
    assert r.status_code == 400 and r.json()["error"]["param"] == "unit"


def test_serve_units_api_summary_counts_real_world_events(client: TestClient) -> None:
    body = client.get("/api/stats/summary").json()
    assert (body["store"]["events"], body["real_world_events"]) == (TOTAL_EVENTS, 10)


def test_serve_units_api_merged_event_and_its_mentions(client: TestClient) -> None:
    (row,) = [e for e in client.get("/api/events?event=CONSULT&article_id=routine-2").json()["events"]]
    body = client.get(f"/api/merged/{row['merged_id']}").json()
    assert body["event"]["n_mentions"] == 6
    assert sorted(m["article_id"] for m in body["mentions"]) == ROUTINE
    r = client.get("/api/merged/999999")
    assert r.status_code == 404 and set(r.json()["error"]) == {"status", "code", "message", "param"}


def test_serve_units_api_export_reads_events_by_default(client: TestClient) -> None:
    lines = client.get("/api/export/events.jsonl").text.splitlines()
    assert len(lines) == 10
    assert len(client.get("/api/export/events.jsonl?unit=mentions").text.splitlines()) == TOTAL_EVENTS


def test_serve_units_pages(client: TestClient) -> None:
    html = client.get("/events").text
    assert '<span id="event-count">10</span> events' in html and 'class="merged-link" href="/merged/' in html
    html = client.get("/events?unit=mentions").text
    assert f'<span id="event-count">{TOTAL_EVENTS}</span> mentions' in html
    assert html.count('class="merged-link"') == 12  # each report links to the event it is one of
    mid = client.get("/api/events?event=REQUEST&article_id=routine-0").json()["events"][0]["merged_id"]
    page = client.get(f"/merged/{mid}")
    assert page.status_code == 200 and page.text.count('class="article-link"') == 6
    assert client.get("/merged/999999").status_code == 404


def test_serve_units_cli_query_events_and_mentions(path: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(group, ["query", "--db", str(path), "--all", "--format", "jsonl", "--limit", "0"])
    assert out.exit_code == 0, out.output
    assert len(out.stdout.splitlines()) == 10
    out = runner.invoke(group, ["query", "--db", str(path), "--all", "--format", "jsonl", "--limit", "0", "--mentions"])
    assert len(out.stdout.splitlines()) == TOTAL_EVENTS
    table = runner.invoke(group, ["query", "--db", str(path), "--all", "--event", "CONSULT"])
    assert "reports" in table.stdout and "6 in 6 art." in table.stdout
    for unit, total in (([], 10), (["--mentions"], TOTAL_EVENTS)):  # a cut list says how many there are
        for fmt in ("table", "jsonl", "csv"):
            cut = runner.invoke(group, ["query", "--db", str(path), "--all", "--limit", "2", "--format", fmt, *unit])
            assert cut.exit_code == 0, cut.output
            assert f"showing 2 of {total} {'mentions' if unit else 'events'}" in cut.stderr
    csv_out = runner.invoke(group, ["query", "--db", str(path), "--all", "--format", "csv", "--event", "REQUEST"])
    header, *rows = csv_out.stdout.splitlines()
    assert header.endswith("merged_id,n_mentions,n_articles,n_sources,first_seen,last_seen") and len(rows) == 1


def test_serve_units_counts_of_mentions_link_to_the_mentions_they_count(client: TestClient) -> None:
    import html as html_lib
    import re

    home = client.get("/").text
    assert '<b id="total-events">10</b>' in home and f'<b id="total-mentions">{TOTAL_EVENTS}</b>' in home
    links = re.findall(r'<a href="(/events\?[^"]*event=CONSULT[^"]*)">(\d+)</a>', home)
    assert links
    for href, count in links:
        assert "unit=mentions" in href
        page = client.get(html_lib.unescape(href)).text
        assert f'<span id="event-count">{count}</span> mentions' in page
    article = client.get("/articles/routine-1").text
    assert 'href="/events?unit=mentions&amp;article_id=routine-1"' in article


def test_serve_units_event_page_links_to_its_merged_event(client: TestClient, db: sqlite3.Connection) -> None:
    merged = query_events.merged_of(db, "routine-3", "e1")
    assert merged is not None and merged.n_mentions == 6
    page = client.get("/events/routine-3/e1").text
    assert f'id="merged-link" href="/merged/{merged.id}"' in page and "one of 6 reports" in page
    assert 'id="merged-link"' not in client.get("/events/clash/e1").text  # reported once
    assert query_events.merged_of(db, "routine-3", "e9") is None
    body = client.get("/api/events/routine-3/e1").json()
    assert (body["merged"]["id"], body["merged"]["n_articles"]) == (merged.id, 6)


def test_serve_units_remembered_answers_follow_a_merge_and_a_split(tmp_path: Path) -> None:
    path = build_store(tmp_path / "m.db")
    with TestClient(create_app(path), raise_server_exceptions=False) as c:
        def total() -> int:
            return c.get("/api/events?total=true").json()["total"]  # type: ignore[no-any-return]

        assert total() == TOTAL_EVENTS  # nothing merged yet: every event stands alone
        conn = connect(path, create=False)
        try:
            merge_events(conn)  # as `tidings ingest` does after storing, while the server runs
            assert total() == 10
            mid = conn.execute("SELECT id FROM merged_events WHERE n_mentions = 6 ORDER BY id LIMIT 1").fetchone()[0]
            split_event(conn, mid)
            assert total() == 15
        finally:
            conn.close()
