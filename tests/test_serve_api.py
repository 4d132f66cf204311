"""The REST API: every endpoint, its filters and its errors, on the hand-built store of test_serve_stats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from test_serve_stats import ARTICLES, TOTAL_EVENTS, build_store

from tidings.serve import create_app

VOSS = "Ada Voss|FRA|GOV"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    app = create_app(build_store(tmp_path_factory.mktemp("api") / "t.db"))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c  # type: ignore[misc]


def get(client: TestClient, url: str, status: int = 200) -> Any:
    r = client.get(url)
    assert r.status_code == status, r.text
    return r.json()


def _error(body: dict[str, Any], status: int, param: str | None = None) -> None:
    assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message", "param"}
    assert body["error"]["status"] == status and body["error"]["param"] == param
    assert "Traceback" not in body["error"]["message"]


@pytest.mark.parametrize("params, expected", [
    ("", TOTAL_EVENTS),
    ("event=CONSULT", 7),
    ("event=consult,agree", 8),
    ("actor=voss", 15),
    ("country=DEU", TOTAL_EVENTS),
    ("country=FRA", 18),
    ("actor_country=FRA", 10),
    ("recipient_country=FRA", 8),
    ("sector=MIL", 4),
    ("mode=strike", 1),
    ("context=military", 1),
    ("aux=hypothetical", 1),
    ("aux=none", 18),
    ("quad=4", 2),
    ("place=Kehl", 2),
    ("place=FRA", 1),
    ("bbox=7,48,8,49", 2),
    ("text=shelled", 1),
    ("since=2025-09-10", 14),
    ("until=2025-09", 19),
    ("since=2025-09-04&until=2025-09-05", 1),
    ("min_confidence=0.5", TOTAL_EVENTS - 1),
    ("max_confidence=0.1", 1),
    ("article_id=summit", 3),
    (f"involving={quote(VOSS)}", 15),
    (f"actor_key={quote(VOSS)}&recipient_key={quote('Ben Holt|DEU|GOV')}", 8),
    ("actor=nobody", 0),
])
def test_serve_api_events_filters(client: TestClient, params: str, expected: int) -> None:
    body = get(client, f"/api/events?total=true&limit=500&{params}")
    assert body["total"] == len(body["events"]) == expected
    assert body["next_cursor"] is None


def test_serve_api_events_cursor_paging_and_sort(client: TestClient) -> None:
    seen, url = [], "/api/events?limit=6&sort=oldest"
    while True:
        body = get(client, url)
        seen += [(e["article_id"], e["event_id"]) for e in body["events"]]
        if not body["next_cursor"]:
            break
        url = f"/api/events?limit=6&sort=oldest&cursor={body['next_cursor']}"
    assert len(seen) == len(set(seen)) == TOTAL_EVENTS
    assert seen[0] == ("strike", "e1")  # undated first when oldest first
    assert get(client, "/api/events?limit=1")["events"][0]["article_id"] == "routine-0"  # the newest day, first article


def test_serve_api_event_row_fields(client: TestClient) -> None:
    (e,) = get(client, "/api/events?text=shelled")["events"]
    assert (e["event"], e["mode"], e["day"], e["location"], e["location_country"]) == \
        ("ASSAULT", "heavy-weapons", "2025-09-05", "Kehl", "DEU")
    assert e["actors"] == ["Dunmarch army"] and e["recipients"] == ["Rhovania"]
    assert e["title"] == "Story clash" and e["evidence"] == "The Dunmarch army shelled Kehl on Friday."


@pytest.mark.parametrize("url, param", [
    ("/api/events?event=PARTY", "event"),
    ("/api/events?since=yesterday", "since"),
    ("/api/events?until=2025-13", "until"),
    ("/api/events?country=Narnia", "country"),
    ("/api/events?sector=XYZ", "sector"),
    ("/api/events?quad=7", "quad"),
    ("/api/events?aux=maybe", "aux"),
    ("/api/events?bbox=1,2", "bbox"),
    ("/api/events?involving=justaname", "involving"),
    ("/api/events?min_confidence=2", "min_confidence"),
    ("/api/events?min_confidence=high", "min_confidence"),
    ("/api/events?limit=0", "limit"),
    ("/api/events?limit=501", "limit"),
    ("/api/events?sort=random", "sort"),
    ("/api/events?cursor=abc", "cursor"),
    ("/api/stats/timeline?interval=fortnight", "interval"),
    ("/api/stats/timeline?by=colour", "by"),
    ("/api/stats/network?edges=0", "edges"),
    ("/api/actors?offset=-1", "offset"),
    ("/api/quotes?kind=shouted", "kind"),
    ("/api/quotes?since=soon", "since"),
    ("/api/export/events.xml", "fmt"),
])
def test_serve_api_bad_parameters_get_one_error_shape(client: TestClient, url: str, param: str) -> None:
    _error(get(client, url, 400), 400, param)


@pytest.mark.parametrize("url", [
    "/api/events/summit/e99", "/api/events/nowhere/e1", "/api/articles/nowhere",
    f"/api/actors/{quote('Nobody|FRA|GOV', safe='')}", "/api/no/such/endpoint",
])
def test_serve_api_missing_things_are_404_in_the_same_shape(client: TestClient, url: str) -> None:
    _error(get(client, url, 404), 404)


def test_serve_api_wrong_method_is_405_in_the_same_shape(client: TestClient) -> None:
    r = client.post("/api/events")
    assert r.status_code == 405
    _error(r.json(), 405)


def test_serve_api_event_detail(client: TestClient) -> None:
    d = get(client, "/api/events/summit/e2")
    assert d["key"] == "summit/e2" and d["article"]["title"] == "Story summit"
    assert d["event"]["event"] == "AGREE" and d["event"]["rule"] == "verb:agree"
    assert [a["name"] for a in d["actors"]] == ["Ada Voss"] and d["actors"][0]["key"] == VOSS
    assert [a["name"] for a in d["recipients"]] == ["Ben Holt"]
    assert d["quote"]["text"] == "We agree on the border."
    assert d["evidence"]["text"] == "Ada Voss said: \u201cWe agree on the border.\u201d"
    assert d["candidate"] is False
    assert get(client, "/api/events/clash/e3")["candidate"] is True


def test_serve_api_actors_list_and_profile(client: TestClient) -> None:
    body = get(client, "/api/actors?limit=2")
    assert [a["name"] for a in body["actors"]] == ["Ada Voss", "Ben Holt"] and body["next_offset"] == 2
    rest = get(client, "/api/actors?limit=2&offset=2")
    assert {a["name"] for a in rest["actors"]}.isdisjoint({"Ada Voss", "Ben Holt"})
    assert [a["name"] for a in get(client, "/api/actors?name=dock")["actors"]] == ["dock workers"]
    assert [a["name"] for a in get(client, "/api/actors?event=ASSAULT")["actors"]] == ["Dunmarch army", "Rhovania"]
    p = get(client, f"/api/actors/{quote(VOSS, safe='')}")
    assert (p["name"], p["country"], p["sector"], p["events"]) == ("Ada Voss", "FRA", "GOV", 15)
    assert p["roles"][0]["role"] == "President" and p["counterparts"][0]["name"] == "Ben Holt"
    assert get(client, f"/api/actors/{quote(VOSS, safe='')}?event=AGREE")["events"] == 1
    _error(get(client, "/api/actors/no-key-shape", 400), 400, "actor")


def test_serve_api_quotes(client: TestClient) -> None:
    body = get(client, "/api/quotes?text=border&total=true")
    assert body["total"] == 1 and body["quotes"][0]["speaker"] == "Ada Voss"
    assert get(client, "/api/quotes?speaker=holt&total=true")["total"] == 0
    assert get(client, "/api/quotes?kind=direct&total=true")["total"] == 1
    assert get(client, "/api/quotes?text=%22NOT%22%20OR&total=true")["total"] == 0  # FTS syntax is text, not code


def test_serve_api_article_with_spans(client: TestClient) -> None:
    a = get(client, "/api/articles/summit")
    text = a["text"]
    kinds = {m["kind"] for m in a["marks"]}
    assert kinds == {"actor", "quote", "speaker", "cue", "trigger", "evidence"}
    for m in a["marks"]:
        assert 0 <= m["start"] < m["end"] <= len(text)
    triggers = [text[m["start"]:m["end"]] for m in a["marks"] if m["kind"] == "trigger"]
    assert triggers == ["met", "agree", "praised"]
    assert "".join(s["text"] for s in a["segments"]) == text
    assert len(a["events"]) == 3 and a["quotes"][0]["kind"] == "direct"


def test_serve_api_stats(client: TestClient) -> None:
    t = get(client, "/api/stats/timeline?interval=month&by=quad")
    assert {(b["period"], b["key"]): b["count"] for b in t["buckets"]}[("2025-09", "1")] == 9 and t["coarser"] == 1
    assert get(client, "/api/stats/timeline?interval=day&by=event&event=ASSAULT")["buckets"] == [
        {"period": "2025-09-05", "key": "ASSAULT", "count": 1}]
    net = get(client, "/api/stats/network?edges=2")
    assert len(net["edges"]) == 2 and net["edges"][0]["events"] >= net["edges"][1]["events"]
    m = get(client, "/api/stats/map")
    assert m["places"]["countries"] == [["DEU", 2], ["FRA", 1]]
    assert {c["country"] for c in m["actor_countries"]} == {"DEU", "FRA"}
    assert get(client, "/api/stats/map?quad=1")["places"]["countries"] == [["FRA", 1]]
    s = get(client, "/api/stats/summary")
    assert s["store"]["articles"] == len(ARTICLES) and 0 < s["confidence_threshold"] < 1
    assert get(client, "/api/activity")["events"] == TOTAL_EVENTS


def test_serve_api_exports_stream_every_row(client: TestClient) -> None:
    r = client.get("/api/export/events.csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == TOTAL_EVENTS and rows[0]["article_id"] == "routine-0"
    r = client.get("/api/export/events.jsonl?sector=MIL&sort=oldest")
    lines = [json.loads(x) for x in r.text.splitlines()]
    assert [x["article_id"] for x in lines] == ["august", "clash", "clash", "clash"]
    assert client.get("/api/export/events.csv?event=AID").text == ""
    q = client.get("/api/export/quotes.jsonl").text.splitlines()
    assert [json.loads(x)["text"] for x in q] == ["We agree on the border."]
    assert client.get("/api/export/quotes.csv").text.startswith("article_id,")


def test_serve_api_openapi_schema_lists_every_endpoint(client: TestClient) -> None:
    schema = get(client, "/api/openapi.json")
    assert set(schema["paths"]) >= {
        "/api/events", "/api/events/{article_id}/{event_id}", "/api/actors", "/api/actors/{key}", "/api/quotes",
        "/api/articles/{article_id}", "/api/stats/timeline", "/api/stats/network", "/api/stats/map",
        "/api/export/events.{fmt}", "/api/export/quotes.{fmt}"}
    assert not any(p.startswith("/api") is False for p in schema["paths"])  # the dashboard is not in the API schema


def test_serve_api_server_errors_hide_the_trace(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from tidings import query_stats

    def boom(*a: object, **k: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(query_stats, "timeline", boom)
    body = get(client, "/api/stats/timeline", 500)
    _error(body, 500)
    assert "secret" not in json.dumps(body)


def test_serve_api_refuses_to_start_without_a_store(tmp_path: Path) -> None:
    from tidings.errors import StoreError

    with pytest.raises(StoreError, match="no database"):
        create_app(tmp_path / "missing.db")


def test_serve_api_keeps_serving_while_the_store_is_written(tmp_path: Path) -> None:
    from test_serve_stats import article

    from tidings.store import connect, transaction, write_result

    path = build_store(tmp_path / "live.db")
    with TestClient(create_app(path)) as c:
        writer = connect(path)
        try:
            with transaction(writer):  # an ingest in the middle of writing an article holds the write lock
                writer.execute("DELETE FROM events WHERE article_id = 'summit'")
                assert get(c, "/api/events?total=true&limit=1")["total"] == TOTAL_EVENTS  # readers see the last commit
            write_result(writer, article("late", "2025-10-01", ["Ada Voss met Ben Holt."], [
                {"type": "CONSULT", "quad": 1, "sentence": 0, "trigger": "met", "actor": ["Ada Voss"],
                 "recipient": ["Ben Holt"]}]))
        finally:
            writer.close()
        assert get(c, "/api/events?total=true&limit=1")["total"] == TOTAL_EVENTS - 3 + 1


def test_serve_api_same_aggregate_asked_at_once_is_computed_once(tmp_path: Path) -> None:
    import threading
    import time

    from tidings.serve.app import Store

    store = Store(build_store(tmp_path / "t.db"))
    calls = []

    def slow(conn: object, **kw: object) -> int:
        calls.append(kw)
        time.sleep(0.2)
        return 42

    results: list[int] = []
    threads = [threading.Thread(target=lambda: results.append(store.cached(slow, x=1))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [42] * 4 and len(calls) == 1
    assert store.cached(slow, x=2) == 42 and len(calls) == 2  # other arguments, another answer
    store.close()


def test_serve_api_remembered_counts_follow_a_deleted_article(tmp_path: Path) -> None:
    from tidings.store import connect, delete_article

    path = build_store(tmp_path / "t.db")
    with TestClient(create_app(path)) as c:
        assert get(c, "/api/events?total=true&limit=1")["total"] == TOTAL_EVENTS
        writer = connect(path)
        try:
            assert delete_article(writer, "routine-2")  # no newest id changes: only the count of articles
        finally:
            writer.close()
        assert get(c, "/api/events?total=true&limit=1")["total"] == TOTAL_EVENTS - 2
        assert get(c, "/api/stats/timeline?interval=day&by=event&event=REQUEST")["buckets"][0]["count"] == 5
