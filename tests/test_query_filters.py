"""The read path's newer filters (aux, sector, context, place, confidence range, sides, quad), sorting,
totals, streaming, lined-up participants, and the checks that turn typos into errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tidings import query
from tidings.schema import Actor, Article, ArticleResult, Event, EventDate, Location, Quote, Span
from tidings.store import connect, write_result

KING = Actor("a1", "Aragorn Elessar", "person", "ARN", "GOV", role="King", wikidata="Q1")
STEWARD = Actor("a2", "Faramir", "person", "GDR", "MIL", wikidata="Q2")
RIDERS = Actor("a3", "Rhûn Horsemen", "group", "RHN", "REB")
COUNCIL = Actor("a4", "Shire Council", "organization", None, "GOV")


def _ev(eid: str, text: str, kind: str, actors: tuple[Actor, ...], recipients: tuple[Actor, ...], **kw: object) -> Event:
    start = text.index(kw.pop("evidence"))  # type: ignore[arg-type]
    ev = text[start:].split(".")[0] + "."
    return Event(eid, kind, Span(start, start + len(ev), ev), tuple(a.id for a in actors),
                 tuple(a.id for a in recipients), **kw)  # type: ignore[arg-type]


def _corpus() -> list[ArticleResult]:
    t1 = "The king will meet the steward. Riders did not attack the camp. The council praised the king."
    r1 = ArticleResult(Article("n1", t1, dt.date(2031, 1, 10), "One"), (KING, STEWARD, RIDERS, COUNCIL), (), (
        _ev("e1", t1, "CONSULT", (KING,), (STEWARD,), evidence="The king will", aux=("future",), confidence=0.9,
            date=EventDate("2031-03-01", "day"), context=("diplomatic",), quad=1,
            location=Location("Minas Tirith", "GDR", 1.5, 2.5, 77)),
        _ev("e2", t1, "ASSAULT", (RIDERS,), (KING,), evidence="Riders did", aux=("negation",), confidence=0.2,
            context=("military", "terrorism"), quad=4),
        _ev("e3", t1, "SUPPORT", (COUNCIL, STEWARD), (KING,), evidence="The council", confidence=0.6, quad=1),
    ))
    t2 = "The steward arrested riders near Osgiliath."
    r2 = ArticleResult(Article("n2", t2, dt.date(2031, 2, 20), "Two"), (STEWARD, RIDERS),
                       (Quote("q1", "We hold", "direct", Span(0, 7, t2[:7]), "a2", "Faramir"),),
                       (_ev("e1", t2, "COERCE", (STEWARD,), (RIDERS,), evidence="The steward", mode="arrest",
                            confidence=0.8, quad=4, location=Location("Osgiliath", "GDR")),))
    return [r1, r2]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("f") / "t.db"
    conn = connect(path)
    for r in _corpus():
        write_result(conn, r)
    conn.close()
    return path


def _ids(rows: list[query.EventRow]) -> list[str]:
    return sorted(f"{r.article_id}/{r.event_id}" for r in rows)


@pytest.mark.parametrize(("filters", "expected"), [
    ({"aux": "none"}, ["n1/e3", "n2/e1"]),
    ({"aux": "negation"}, ["n1/e2"]),
    ({"aux": "negation,future"}, ["n1/e1", "n1/e2"]),
    ({"aux": ["historical"]}, []),
    ({"sector": "MIL"}, ["n1/e1", "n1/e3", "n2/e1"]),
    ({"sector": "reb"}, ["n1/e2", "n2/e1"]),
    ({"sector": "JUD"}, []),
    ({"context": "terrorism"}, ["n1/e2"]),
    ({"context": "military,diplomatic"}, ["n1/e1", "n1/e2"]),
    ({"context": "terror"}, []),  # a whole context, never part of one
    ({"place": "osgil"}, ["n2/e1"]),
    ({"place": "GDR"}, ["n1/e1", "n2/e1"]),
    ({"place": "Rohan"}, []),
    ({"min_confidence": 0.5, "max_confidence": 0.85}, ["n1/e3", "n2/e1"]),
    ({"max_confidence": 0.1}, []),
    ({"actor_country": "GDR"}, ["n1/e3", "n2/e1"]),
    ({"recipient_country": "GDR"}, ["n1/e1"]),
    ({"country": "GDR,RHN"}, ["n1/e1", "n1/e2", "n1/e3", "n2/e1"]),
    ({"quad": 4}, ["n1/e2", "n2/e1"]),
    ({"quad": [1]}, ["n1/e1", "n1/e3"]),
    ({"mode": "arrest,visit"}, ["n2/e1"]),
    ({"since": "2031-03"}, ["n1/e1"]),  # the future meeting, dated by its own day
    ({"until": "2031-01"}, ["n1/e2", "n1/e3"]),
    ({"since": "2031", "until": "2031"}, ["n1/e1", "n1/e2", "n1/e3", "n2/e1"]),
])
def test_query_filters_newer_filters(db: Path, filters: dict[str, object], expected: list[str]) -> None:
    assert _ids(query.events(db, limit=None, **filters)) == expected  # type: ignore[arg-type]
    assert query.event_total(db, **filters) == len(expected)
    assert _ids(list(query.iter_events(db, batch=1, **filters))) == expected


@pytest.mark.parametrize(("sort", "order", "expected"), [
    ("event", "newest", ["n1/e1", "n2/e1", "n1/e2", "n1/e3"]),  # the future meeting first, by its own day
    ("article", "newest", ["n2/e1", "n1/e1", "n1/e2", "n1/e3"]),
    ("stored", "oldest", ["n1/e1", "n1/e2", "n1/e3", "n2/e1"]),
])
def test_query_filters_sort(db: Path, sort: str, order: str, expected: list[str]) -> None:
    rows = query.events(db, sort=sort, order=order)  # type: ignore[arg-type]
    assert [f"{r.article_id}/{r.event_id}" for r in rows] == expected


def test_query_filters_sort_rejects_unknown_key(db: Path) -> None:
    with pytest.raises(ValueError):
        query.events(db, sort="colour")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        query.event_total(db, colour="red")


def test_query_filters_participants_line_up_with_their_own_codes(db: Path) -> None:
    (row,) = query.events(db, event="SUPPORT")
    assert [(p.side, p.name, p.country, p.sector, p.wikidata) for p in row.participants] == [
        ("actor", "Shire Council", None, "GOV", None), ("actor", "Faramir", "GDR", "MIL", "Q2"),
        ("recipient", "Aragorn Elessar", "ARN", "GOV", "Q1")]
    assert row.actor_countries == ("GDR",)  # the older de-duplicated field is unchanged
    (meet,) = query.events(db, event="CONSULT")
    assert (meet.location, meet.lat, meet.lon, meet.geonameid) == ("Minas Tirith", 1.5, 2.5, 77)
    assert meet.participants[0].role == "King"


def test_query_filters_quotes_by_speaker_country_and_kind(db: Path) -> None:
    (q,) = query.quotes(db, country="gdr")
    assert (q.speaker, q.speaker_country, q.speaker_sector, q.speaker_wikidata) == ("Faramir", "GDR", "MIL", "Q2")
    assert query.quotes(db, kind="indirect") == [] and query.quote_total(db, kind="direct,partial") == 1
    assert [r.quote_id for r in query.iter_quotes(db, text="hold")] == ["q1"]


@pytest.mark.parametrize(("filters", "param"), [
    ({"event": "REJECTS"}, "event"),
    ({"event": "AGREE,PROTESTS"}, "event"),
    ({"country": "Ukraine"}, "country"),
    ({"country": "XYZ"}, "country"),
    ({"recipient_country": "ZZZ"}, "recipient_country"),
    ({"mode": "teleport"}, "mode"),
    ({"context": "terror"}, "context"),
    ({"aux": "negated"}, "aux"),
    ({"sector": "ARMY"}, "sector"),
    ({"quad": 5}, "quad"),
    ({"since": "last week"}, "since"),
    ({"until": "2031-13"}, "until"),
    ({"since": "2031-02-30"}, "since"),
    ({"min_confidence": 1.5}, "min_confidence"),
])
def test_query_filters_check_refuses_what_cannot_mean_anything(db: Path, filters: dict[str, object],
                                                               param: str) -> None:
    with pytest.raises(query.InvalidFilter) as err:
        query.check_event_filters(db, **filters)
    assert err.value.param == param and param in str(err.value)


@pytest.mark.parametrize(("filters", "expected"), [
    ({"event": "demand, agree"}, {"event": ["REQUEST", "AGREE"]}),
    ({"country": "ukr"}, {"country": ["UKR"]}),
    ({"country": "UNO,EUR"}, {"country": ["UNO", "EUR"]}),
    ({"country": "RHN"}, {"country": ["RHN"]}),  # not ISO3, but present in this store
    ({"since": "2025-09", "until": "2026"}, {"since": "2025-09", "until": "2026"}),
    ({"since": dt.date(2025, 1, 2)}, {"since": "2025-01-02"}),
    ({"aux": "None,Negation", "sector": "gov"}, {"aux": ["none", "negation"], "sector": ["GOV"]}),
    ({"actor": "king", "text": "x", "place": "y"}, {"actor": "king", "text": "x", "place": "y"}),
])
def test_query_filters_check_normalises(db: Path, filters: dict[str, object], expected: dict[str, object]) -> None:
    assert query.check_event_filters(db, **filters) == expected


def test_query_filters_problems_carry_the_articles_origin(tmp_path: Path) -> None:
    from tidings.schema import Problem
    conn = connect(tmp_path / "p.db")
    write_result(conn, ArticleResult(Article("n9", "x", origin="feed.jsonl:7"),
                                     problems=(Problem("date.missing", "no date"),)))
    (p,) = query.problems(conn)
    assert (p.article_id, p.origin, p.code) == ("n9", "feed.jsonl:7", "date.missing")
    assert query.problem_total(conn) == 1 and query.problem_total(conn, unreadable_only=True) == 0
    conn.close()
