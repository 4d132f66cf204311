"""The server over a store coded from the repository's example articles (the spaCy pipeline, once per session)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from tidings import query
from tidings.ingest import read_paths
from tidings.serve import create_app
from tidings.store import connect, ingest_items

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
pytestmark = pytest.mark.model


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory, pipeline) -> Path:  # type: ignore[no-untyped-def]
    db = tmp_path_factory.mktemp("examples") / "examples.db"
    conn = connect(db)
    try:
        ingest_items(conn, read_paths([str(EXAMPLES)]), pipeline)
    finally:
        conn.close()
    return db


@pytest.fixture(scope="module")
def client(examples_db: Path) -> TestClient:
    with TestClient(create_app(examples_db)) as c:
        yield c  # type: ignore[misc]


def test_serve_examples_every_article_page_and_its_spans(client: TestClient, examples_db: Path) -> None:
    articles = query.articles(examples_db, limit=None)
    assert len(articles) >= 6
    for a in articles:
        body = client.get(f"/api/articles/{quote(a.article_id, safe='')}").json()
        text = body["text"]
        assert "".join(s["text"] for s in body["segments"]) == text
        assert all(0 <= m["start"] < m["end"] <= len(text) for m in body["marks"])
        assert len(body["events"]) == a.events and len(body["quotes"]) == a.quotes
        assert client.get(f"/articles/{quote(a.article_id, safe='')}").status_code == 200


def test_serve_examples_every_event_page(client: TestClient, examples_db: Path) -> None:
    rows = query.events(examples_db, limit=None)
    assert rows
    listed = client.get("/api/events?limit=500&total=true").json()
    assert listed["total"] == len(rows)
    for r in rows:
        d = client.get(f"/api/events/{quote(r.article_id, safe='')}/{r.event_id}").json()
        assert d["event"]["event"] == r.event and d["evidence"]["text"] == r.evidence
        page = client.get(f"/events/{quote(r.article_id, safe='')}/{r.event_id}")
        assert page.status_code == 200 and 'class="m-evidence' in page.text


@pytest.mark.parametrize("url", ["/", "/events", "/timeline", "/network", "/map", "/actors", "/quotes", "/activity",
                                 "/api/stats/timeline?interval=day&by=event", "/api/stats/network", "/api/stats/map",
                                 "/api/actors", "/api/quotes?text=said", "/api/export/events.csv"])
def test_serve_examples_views_answer(client: TestClient, url: str) -> None:
    assert client.get(url).status_code == 200


def test_serve_examples_actor_pages(client: TestClient) -> None:
    for a in client.get("/api/actors?limit=20").json()["actors"]:
        key = quote(a["key"], safe="")
        profile = client.get(f"/api/actors/{key}").json()
        assert profile["events"] == a["events"]
        assert client.get(f"/actors/{key}").status_code == 200
