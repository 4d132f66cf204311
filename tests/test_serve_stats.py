"""query_stats: cursor pages, timeline, network, places, actors and ingest activity on a hand-built store.

``build_store`` (also used by the other test_serve_* modules) writes fictional articles whose
actors carry real ISO3 codes, so the map and the country filters have something to show.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any, Sequence

import pytest

from tidings import query_pages, query_stats as qs
from tidings.errors import StoreError
from tidings.query import InvalidFilter, NotFound
from tidings.schema import Actor, Article, ArticleResult, Event, EventDate, Location, Mention, Quote, Span
from tidings.store import connect, write_result

# name -> (kind, country, sector, role)
CAST = {
    "Ada Voss": ("person", "FRA", "GOV", "President"),
    "Ben Holt": ("person", "DEU", "GOV", "Prime Minister"),
    "Dunmarch army": ("organization", "DEU", "MIL", None),
    "Rhovania": ("country", "FRA", None, None),
    "dock workers": ("group", "DEU", "LAB", None),
}
PLACES = {"Paris": ("FRA", 48.85, 2.35), "Kehl": ("DEU", 48.57, 7.81)}


def _span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start, start + len(part), part)


Spec = dict[str, Any]


def article(aid: str, day: str | None, sentences: list[str], events: list[Spec],
            quotes: Sequence[Spec] = ()) -> ArticleResult:
    """An article of ``sentences``; each event names its trigger word, sentence index, actors and recipients."""
    text = " ".join(sentences)
    names = sorted({n for e in events for n in (*e.get("actor", ()), *e.get("recipient", ()))}
                   | {q["speaker"] for q in quotes}, key=lambda n: text.find(n) if n in text else len(text))
    actors = []
    for i, name in enumerate(names):
        kind, country, sector, role = CAST[name]
        spans = [_span(text, name, k) for k in range(len(text)) if text.startswith(name, k)]
        actors.append(Actor(f"a{i + 1}", name, kind, country, sector, role, mentions=tuple(Mention(s) for s in spans)))
    ids = {a.name: a.id for a in actors}
    qs_ = []
    for i, q in enumerate(quotes):
        qs_.append(Quote(f"q{i + 1}", q["text"], q["kind"], _span(text, q["text"]), speaker=ids[q["speaker"]],
                         speaker_text=q["speaker"], speaker_span=_span(text, q["speaker"]), cue=q["cue"],
                         cue_span=_span(text, q["cue"])))
    evs = []
    for i, e in enumerate(events):
        sentence = sentences[e["sentence"]]
        evidence = _span(text, sentence)
        place = e.get("place")
        evs.append(Event(
            f"e{i + 1}", e["type"], evidence, actor=tuple(ids[n] for n in e.get("actor", ())),
            recipient=tuple(ids[n] for n in e.get("recipient", ())), quad=e["quad"], mode=e.get("mode"),
            context=tuple(e.get("context", ())), aux=tuple(e.get("aux", ())), confidence=e.get("confidence", 0.8),
            rule=e.get("rule", f"verb:{e['trigger']}"), trigger=_span(text, e["trigger"], evidence.start),
            date=EventDate(e["date"], "day" if len(e["date"]) == 10 else "month") if e.get("date") else None,
            location=Location(place, *PLACES[place]) if place else None, quote=e.get("quote"),
        ))
    date = dt.date.fromisoformat(day) if day else None
    return ArticleResult(Article(aid, text, date, f"Story {aid}", source="Test Wire"), tuple(actors), tuple(qs_),
                         tuple(evs))


SUMMIT = article("summit", "2025-09-03", [
    "Ada Voss met Ben Holt in Paris on Tuesday.",
    "Ada Voss said: \u201cWe agree on the border.\u201d",
    "Ben Holt praised Ada Voss for the deal.",
], [
    {"type": "CONSULT", "quad": 1, "sentence": 0, "trigger": "met", "actor": ["Ada Voss"], "recipient": ["Ben Holt"],
     "place": "Paris", "context": ["diplomatic"]},
    {"type": "AGREE", "quad": 1, "sentence": 1, "trigger": "agree", "actor": ["Ada Voss"], "recipient": ["Ben Holt"],
     "quote": "q1"},
    {"type": "SUPPORT", "quad": 1, "sentence": 2, "trigger": "praised", "actor": ["Ben Holt"], "recipient": ["Ada Voss"]},
], [{"text": "We agree on the border.", "kind": "direct", "speaker": "Ada Voss", "cue": "said"}])

CLASH = article("clash", "2025-09-10", [
    "The Dunmarch army shelled Kehl on Friday.",
    "Rhovania condemned the Dunmarch army for the attack.",
    "Rhovania may impose sanctions on the Dunmarch army.",
], [
    {"type": "ASSAULT", "quad": 4, "sentence": 0, "trigger": "shelled", "actor": ["Dunmarch army"],
     "recipient": ["Rhovania"], "place": "Kehl", "date": "2025-09-05", "mode": "heavy-weapons", "context": ["military"]},
    {"type": "ACCUSE", "quad": 3, "sentence": 1, "trigger": "condemned", "actor": ["Rhovania"],
     "recipient": ["Dunmarch army"]},
    {"type": "THREATEN", "quad": 3, "sentence": 2, "trigger": "impose", "actor": ["Rhovania"],
     "recipient": ["Dunmarch army"], "aux": ["hypothetical"], "confidence": 0.05},
])

STRIKE = article("strike", None, ["The dock workers walked out over pay."], [
    {"type": "PROTEST", "quad": 4, "sentence": 0, "trigger": "walked out", "actor": ["dock workers"], "mode": "strike"},
])

AUGUST = article("august", "2025-09-20", ["In August the Dunmarch army withdrew from Kehl."], [
    {"type": "RETREAT", "quad": 2, "sentence": 0, "trigger": "withdrew", "actor": ["Dunmarch army"], "date": "2025-08",
     "place": "Kehl", "aux": ["historical"]},
])

# same-day articles with several events each: paging must break ties by article and position
ROUTINE = [article(f"routine-{k}", "2025-09-15", [f"Ben Holt met Ada Voss again ({k}).", "Ada Voss urged Ben Holt on."], [
    {"type": "CONSULT", "quad": 1, "sentence": 0, "trigger": "met", "actor": ["Ben Holt"], "recipient": ["Ada Voss"]},
    {"type": "REQUEST", "quad": 3, "sentence": 1, "trigger": "urged", "actor": ["Ada Voss"], "recipient": ["Ben Holt"]},
]) for k in range(6)]

ARTICLES = [SUMMIT, CLASH, STRIKE, AUGUST, *ROUTINE]
TOTAL_EVENTS = sum(len(a.events) for a in ARTICLES)  # 3 + 3 + 1 + 1 + 12 = 20


def build_store(path: Path) -> Path:
    conn = connect(path)
    try:
        for result in ARTICLES:
            write_result(conn, result)
    finally:
        conn.close()
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    conn = qs.open_readonly(build_store(tmp_path_factory.mktemp("serve") / "t.db"))
    yield conn  # type: ignore[misc]
    conn.close()


def _keys(rows) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{r.article_id}/{r.event_id}" for r in rows]


def test_serve_stats_open_readonly_refuses_missing_foreign_and_writes(tmp_path: Path, db: sqlite3.Connection) -> None:
    with pytest.raises(StoreError, match="no database"):
        qs.open_readonly(tmp_path / "none.db")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="not a tidings database"):
        qs.open_readonly(other)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        db.execute("DELETE FROM events")


@pytest.mark.parametrize("sort", ["newest", "oldest"])
@pytest.mark.parametrize("size", [1, 3, 7, 50])
def test_serve_stats_cursor_pages_cover_every_event_once_in_order(db: sqlite3.Connection, sort: str, size: int) -> None:
    seen, cursor = [], None
    while True:
        page = qs.event_page(db, sort=sort, cursor=cursor, limit=size)  # type: ignore[arg-type]
        seen += list(page.events)
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert len(seen) == TOTAL_EVENTS and len(set(_keys(seen))) == TOTAL_EVENTS
    days = [r.day for r in seen if r.day]
    assert days == sorted(days, reverse=sort == "newest")
    assert (seen[-1].day is None) == (sort == "newest") and (seen[0].day is None) == (sort == "oldest")


def test_serve_stats_cursor_is_stable_while_events_are_added(tmp_path: Path) -> None:
    path = build_store(tmp_path / "grow.db")
    first = qs.event_page(path, limit=5)
    conn = connect(path)
    write_result(conn, article("late", "2025-10-01", ["Ada Voss met Ben Holt."], [
        {"type": "CONSULT", "quad": 1, "sentence": 0, "trigger": "met", "actor": ["Ada Voss"], "recipient": ["Ben Holt"]}]))
    conn.close()
    second = qs.event_page(path, limit=5, cursor=first.next_cursor)
    assert not set(_keys(first.events)) & set(_keys(second.events))
    assert _keys(second.events) == _keys(qs.event_page(path, limit=11).events)[6:11]  # the newest one sits at the top


@pytest.mark.parametrize("cursor, filters, message", [
    ("garbage", {}, "not a cursor"),
    ("WyJ4Il0", {}, "not a cursor"),  # valid base64 JSON of the wrong shape
])
def test_serve_stats_cursor_rejects_foreign_cursors(db: sqlite3.Connection, cursor: str, filters: Spec, message: str) -> None:
    with pytest.raises(InvalidFilter, match=message):
        qs.event_page(db, cursor=cursor, **filters)


def test_serve_stats_cursor_belongs_to_its_filters_and_sort(db: sqlite3.Connection) -> None:
    cursor = qs.event_page(db, limit=2, event="CONSULT").next_cursor
    assert cursor and qs.event_page(db, limit=2, event="CONSULT", cursor=cursor).events
    with pytest.raises(InvalidFilter, match="another sort or other filters"):
        qs.event_page(db, limit=2, event="REQUEST", cursor=cursor)
    with pytest.raises(InvalidFilter, match="another sort or other filters"):
        qs.event_page(db, limit=2, event="CONSULT", cursor=cursor, sort="oldest")


@pytest.mark.parametrize("filters, expected", [
    ({}, TOTAL_EVENTS),
    ({"involving": "Ada Voss|FRA|GOV"}, 15),
    ({"actor_key": "Ada Voss|FRA|GOV"}, 8),
    ({"recipient_key": "Ada Voss|FRA|GOV"}, 7),
    ({"actor_key": "Rhovania|FRA|", "recipient_key": "Dunmarch army|DEU|MIL"}, 2),
    ({"involving": "Nobody||"}, 0),
    ({"bbox": "7,48,8,49"}, 2),  # Kehl
    ({"bbox": "-10,40,5,50"}, 1),  # Paris
    ({"country": "DEU", "quad": "4"}, 2),
    ({"aux": "none", "quad": "3"}, 7),
    ({"until": "9999"}, TOTAL_EVENTS - 1),  # every dated event (the strike has no day)
    ({"until": "9999-12-31"}, TOTAL_EVENTS - 1),
    ({"until": "2025-08"}, 1),  # the month-dated withdrawal
    ({"until": "2025-09-04"}, 4),  # the withdrawal and the summit
    ({"since": "2025-08-15", "until": "2025-08-20"}, 1),  # a month overlaps any range inside it
])
def test_serve_stats_filters_count_what_pages_list(db: sqlite3.Connection, filters: Spec, expected: int) -> None:
    page = qs.event_page(db, limit=500, with_total=True, **filters)
    assert page.total == len(page.events) == qs.event_count(db, **filters) == expected


@pytest.mark.parametrize("filters, param", [
    ({"involving": "no key here"}, "involving"),
    ({"bbox": "1,2,3"}, "bbox"),
    ({"bbox": "10,0,5,1"}, "bbox"),
    ({"event": "PARTY"}, "event"),
    ({"since": "last week"}, "since"),
    ({"country": "Atlantis"}, "country"),
])
def test_serve_stats_check_filters_names_the_bad_one(db: sqlite3.Connection, filters: Spec, param: str) -> None:
    with pytest.raises(InvalidFilter) as err:
        qs.check_filters(db, **filters)
    assert err.value.param == param


@pytest.mark.parametrize("interval, by, expected, coarser", [
    ("month", "quad", {("2025-08", "2"): 1, ("2025-09", "1"): 9, ("2025-09", "3"): 8, ("2025-09", "4"): 1}, 1),
    ("day", "event", {("2025-09-03", "CONSULT"): 1, ("2025-09-15", "REQUEST"): 6, ("2025-09-05", "ASSAULT"): 1}, 2),
    ("week", "quad", {("2025-09-01", "4"): 1, ("2025-09-15", "1"): 6}, 2),
    ("year", "event", {("2025", "RETREAT"): 1}, 1),
])
def test_serve_stats_timeline(db: sqlite3.Connection, interval: str, by: str, expected: Spec, coarser: int) -> None:
    t = qs.timeline(db, interval=interval, by=by)  # type: ignore[arg-type]
    got = {(b.period, b.key): b.count for b in t.buckets}
    assert {k: got.get(k) for k in expected} == expected
    assert t.coarser == coarser
    assert sum(got.values()) + t.coarser == TOTAL_EVENTS


@pytest.mark.parametrize("interval, by", [("fortnight", "quad"), ("month", "colour")])
def test_serve_stats_timeline_rejects_unknown_grouping(db: sqlite3.Connection, interval: str, by: str) -> None:
    with pytest.raises(InvalidFilter):
        qs.timeline(db, interval=interval, by=by)  # type: ignore[arg-type]


def test_serve_stats_network_edges_are_weighted_and_coloured(db: sqlite3.Connection) -> None:
    net = qs.network(db)
    edges = {(e.source, e.target): e for e in net.edges}
    voss, holt = "Ada Voss|FRA|GOV", "Ben Holt|DEU|GOV"
    assert (edges[(voss, holt)].events, edges[(voss, holt)].cooperation, edges[(voss, holt)].conflict) == (8, 2, 6)
    assert edges[("Rhovania|FRA|", "Dunmarch army|DEU|MIL")].conflict == 2
    assert net.nodes[0].key in (voss, holt) and {n.key for n in net.nodes} >= {voss, holt, "Rhovania|FRA|"}
    assert len(qs.network(db, edges=1).edges) == 1
    assert qs.network(db, event="PROTEST").edges == ()  # the strike has no recipient


def test_serve_stats_places_and_countries(db: sqlite3.Connection) -> None:
    p = qs.places(db)
    assert dict(p.countries) == {"DEU": 2, "FRA": 1}
    assert [(x.name, x.events) for x in p.places] == [("Kehl", 2), ("Paris", 1)]
    assert p.unplaced == TOTAL_EVENTS - 3
    assert dict(qs.actor_countries(db))["FRA"] == 18


def test_serve_stats_actors_and_profile(db: sqlite3.Connection) -> None:
    rows = qs.actors(db)
    assert [r.name for r in rows[:2]] == ["Ada Voss", "Ben Holt"]
    voss = rows[0]
    assert (voss.events, voss.as_actor, voss.as_recipient, voss.articles) == (15, 8, 7, 7)
    assert [r.name for r in qs.actors(db, name="army")] == ["Dunmarch army"]
    assert qs.actors(db, event="PROTEST")[0].name == "dock workers"
    p = qs.actor_profile(db, voss.key)
    assert (p.events, p.first_day, p.last_day, p.kind) == (15, "2025-09-03", "2025-09-15", "person")
    assert [(r.role, r.articles) for r in p.roles] == [("President", 7)]
    assert {t.event: (t.as_actor, t.as_recipient) for t in p.types}["CONSULT"] == (1, 6)
    holt = p.counterparts[0]
    assert (holt.name, holt.events, holt.outgoing, holt.incoming) == ("Ben Holt", 15, 8, 7)
    assert p.months == (("2025-09", 15),)
    with pytest.raises(NotFound):
        qs.actor_profile(db, "Nobody||")


def test_serve_stats_activity(db: sqlite3.Connection) -> None:
    a = qs.activity(db, recent=3)
    assert (a.articles, a.events, a.problems) == (len(ARTICLES), TOTAL_EVENTS, 0)
    assert len(a.recent) == 3 and sum(n for _, n in a.per_minute) == len(ARTICLES)


def test_serve_stats_activity_of_an_empty_store(tmp_path: Path) -> None:
    connect(tmp_path / "empty.db").close()
    a = qs.activity(qs.open_readonly(tmp_path / "empty.db"))
    assert (a.articles, a.last_coded_at, a.recent, a.per_minute) == (0, None, (), ())


@pytest.mark.parametrize("filters", [
    {"event": "CONSULT"}, {"involving": "Ada Voss|FRA|GOV"}, {"country": "DEU", "quad": "4"}, {"until": "2025-09-10"},
    {"actor_key": "Rhovania|FRA|", "sort": "oldest"}, {"text": "met"},
])
def test_serve_stats_both_page_plans_list_the_same_rows(db: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch,
                                                         filters: Spec) -> None:
    def every(**f: Any) -> list[str]:
        seen, cursor = [], None
        while True:
            page = qs.event_page(db, limit=4, cursor=cursor, **f)
            seen += _keys(page.events)
            if not (cursor := page.next_cursor):
                return seen

    walked = every(**filters)
    monkeypatch.setattr(query_pages, "SCAN_BUDGET", 0)  # the walk gives up at once: matches are found by their indexes
    monkeypatch.setattr(query_pages, "SCAN_STEP", 1)
    looked_up: list[str] = []
    db.set_trace_callback(lambda sql: looked_up.append(sql) if "ORDER BY +e.day" in sql else None)
    try:
        assert every(**filters) == walked and walked
    finally:
        db.set_trace_callback(None)
    assert looked_up
