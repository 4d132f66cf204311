"""The one read path: every surface (CLI, REST API, dashboard) reads the store through here.

Functions take ``db`` - an open connection from :func:`tidings.store.connect`, or a path -
and return schema records (:func:`load_result`, :func:`iter_results`) or small frozen rows
(:class:`EventRow`, :class:`QuoteRow`, ...) that the surfaces format. No SQL lives anywhere
else. User text never becomes SQL or FTS syntax: filters are bound parameters and words for
full-text search are quoted term by term (:func:`match_expression`).

Dates: an event's day is its own resolved date where it has one, else its article's date.
``since``/``until`` compare at the precision of the stored value, so an event dated only
"2025-09" is inside ``since=2025-09-05`` (the month overlaps the range). A bound may itself be
partial (``since="2025-09"``); :func:`parse_when` checks one given as text.

Surfaces that take filters from people call :func:`check_event_filters` first: it turns typos
(an unknown event type, a country code that is neither ISO3 nor PLOVER's, a malformed date)
into an :class:`InvalidFilter` naming the filter, instead of an empty answer.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any, Iterator, Literal, Sequence

from .query_check import (EVENT_FILTERS, InvalidFilter, Many, as_list, known_filters, normalise_event_filters,  # noqa: F401
                          parse_when)
from .query_quotes import QUOTE_FILTERS, QuoteRow, iter_quotes, quote_total, quotes  # noqa: F401 - public here too
from .query_sql import (DateLike, NotFound, _bindable, _contains, _date, _flag, _fold_fn, _in, _named,  # noqa: F401
                        _on_or_after, _on_or_before, _split, match_expression)
from .query_tables import (TABLES, ArticleRow, ProblemRow, StoreSummary, articles, iter_results,  # noqa: F401
                           iter_rows, load_result, problem_total, problems, summary)
from .store.db import Database, opened


@dataclass(frozen=True)
class Participant:
    """One actor or recipient of an event, in the event's order, with its own country, sector and ids."""

    side: Literal["actor", "recipient"]
    actor_id: str
    name: str | None
    kind: str | None
    country: str | None
    sector: str | None
    wikidata: str | None
    role: str | None
    text: str | None = None  # the words naming it: its mention inside the evidence, else its first mention


@dataclass(frozen=True)
class EventRow:
    """One stored event with the names and countries of its participants and its article."""

    article_id: str
    event_id: str
    event: str
    mode: str | None
    day: str | None  # the event's date, else the article's
    date: str | None  # the event's own resolved date
    date_precision: str | None
    actors: tuple[str, ...]
    actor_countries: tuple[str, ...]
    recipients: tuple[str, ...]
    recipient_countries: tuple[str, ...]
    location: str | None
    location_country: str | None
    quad: int | None
    cameo: str | None
    intensity: float | None
    aux: tuple[str, ...]
    context: tuple[str, ...]
    evidence: str
    evidence_start: int | None
    evidence_end: int | None
    quote_id: str | None
    confidence: float | None
    rule: str | None
    title: str | None
    article_date: str | None
    url: str | None
    # additions: each participant lined up with its own country, sector and ids; the exact place
    participants: tuple[Participant, ...] = ()
    date_raw: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    source: str | None = None
    language: str | None = None
    coded_at: str | None = None


_DAY = "e.day"  # the event's own date, else its article's (stored at write time)
_many = as_list


def _where(filters: dict[str, Any]) -> tuple[list[str], list[Any]]:
    known_filters(filters, EVENT_FILTERS, "event")
    f = filters.get
    where: list[str] = []
    args: list[Any] = []
    if f("min_confidence"):
        where.append("e.confidence >= ?")
        args.append(float(f("min_confidence")))
    if f("max_confidence") is not None:
        where.append("e.confidence <= ?")
        args.append(float(f("max_confidence")))
    if f("actor"):
        cond, a = _contains("p.name", f("actor"))
        where.append(f"e.id IN (SELECT p.event_row FROM participants p WHERE {cond})")
        args += a
    for key, side in (("country", None), ("actor_country", "actor"), ("recipient_country", "recipient")):
        if codes := _many(f(key), "upper"):
            on_side = f" AND side = '{side}'" if side else ""
            where.append(f"e.id IN (SELECT event_row FROM participants WHERE {_in('country', codes)}{on_side})")
            args += codes
    if sectors := _many(f("sector"), "upper"):
        where.append(f"e.id IN (SELECT event_row FROM participants WHERE {_in('sector', sectors)})")
        args += sectors
    if types := _many(f("event"), "upper"):
        where.append(_in("e.event", types))
        args += types
    if modes := _many(f("mode"), "lower"):
        where.append(_in("e.mode", modes))
        args += modes
    if quads := [int(q) for q in _many(f("quad"))]:
        where.append(_in("e.quad", quads))
        args += quads
    for key, column in (("aux", "e.aux"), ("context", "e.context")):
        if values := _many(f(key), "lower"):
            cond, a = _flag(column, values)
            where.append(cond)
            args += a
    if place := (f("place") or "").strip():
        cond, a = _contains("e.location", place)
        where.append(f"(({cond}) OR e.location_country = ?)")
        args += a + [place.upper()]
    if (s := _date(f("since"))) is not None:
        where.append(f"{_DAY} IS NOT NULL AND " + _on_or_after(_DAY, "?"))
        args += [s] * where[-1].count("?")
        if s[:4].isdigit():  # a coarse range on the indexed column first; the exact test above decides
            where.append(f"{_DAY} >= ?")
            args.append(s[:4])
    if (u := _date(f("until"))) is not None:
        where.append(f"{_DAY} IS NOT NULL AND " + _on_or_before(_DAY, "?"))
        args += [u] * where[-1].count("?")
        if u[:4].isdigit() and len(u[:4]) == 4 and u[:4] != "9999":
            where.append(f"{_DAY} < ?")
            args.append(f"{int(u[:4]) + 1:04d}")
    if f("text") is not None and (expr := match_expression(f("text"))) is not None:
        where.append("e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
        args.append(expr)
    if f("article_id") is not None:
        where.append("e.article_id = ?")
        args.append(f("article_id"))
    return where, args


def _event_filters(
    actor: str | None, country: str | None, event: str | Sequence[str] | None, mode: str | None,
    since: DateLike, until: DateLike, text: str | None, article_id: str | None,
    min_confidence: float | None = None, **more: Any,
) -> tuple[list[str], list[Any]]:
    """The WHERE clauses of an event read (kept for callers of the positional form; see :func:`_where`)."""
    return _where({"actor": actor, "country": country, "event": event, "mode": mode, "since": since,
                   "until": until, "text": text, "article_id": article_id, "min_confidence": min_confidence, **more})


Sort = Literal["event", "article", "stored"]


def _event_sql(filters: dict[str, Any], sort: Sort, order: str) -> tuple[str, list[Any]]:
    where, args = _where({k: v for k, v in filters.items() if v is not None})
    direction = "DESC" if order == "newest" else "ASC"
    keys = {"event": f"e.day {direction}, e.article_id, e.seq", "article": f"a.date {direction}, e.article_id, e.seq",
            "stored": f"e.id {direction}"}
    if sort not in keys:
        raise ValueError(f"cannot sort events by {sort!r} (event, article or stored)")
    sql = (
        "SELECT e.*, a.title AS title, a.date AS article_date, a.url AS url, a.source AS source, "
        "a.language AS language, a.coded_at AS coded_at "
        "FROM events e JOIN articles a ON a.id = e.article_id "
        + (f"WHERE {' AND '.join(where)} " if where else "") + f"ORDER BY {keys[sort]}"
    )
    return sql, args


def events(
    db: Database,
    *,
    actor: str | None = None,
    country: Many = None,
    event: Many = None,
    mode: Many = None,
    since: DateLike = None,
    until: DateLike = None,
    text: str | None = None,
    article_id: str | None = None,
    min_confidence: float | None = None,
    order: Literal["newest", "oldest"] = "newest",
    limit: int | None = 100,
    offset: int = 0,
    max_confidence: float | None = None,
    sector: Many = None,
    aux: Many = None,
    context: Many = None,
    place: str | None = None,
    actor_country: Many = None,
    recipient_country: Many = None,
    quad: int | Sequence[int] | None = None,
    sort: Sort = "event",
) -> list[EventRow]:
    """Events matching every given filter.

    ``actor``: case-insensitive substring of an actor's or recipient's name; ``country``: ISO3
    of an actor or recipient (``actor_country``/``recipient_country``: of that side only);
    ``event``, ``mode``, ``sector``, ``quad``: PLOVER values, one or several (any matches);
    ``aux``: events with any of these flags (``none``: events with no flag, i.e. asserted facts);
    ``context``: events with any of these contexts; ``place``: part of the place's name or its
    ISO3 country; ``text``: words in the evidence; ``min_confidence``/``max_confidence``: the
    confidence range (None: no bound). ``sort``: by the event's day, its article's date or the
    order stored; ``limit=None`` (or 0) returns all.
    """
    filters = dict(actor=actor, country=country, event=event, mode=mode, since=since, until=until, text=text,
                   article_id=article_id, min_confidence=min_confidence, max_confidence=max_confidence,
                   sector=sector, aux=aux, context=context, place=place, actor_country=actor_country,
                   recipient_country=recipient_country, quad=quad)
    sql, args = _event_sql(filters, sort, order)
    if limit:
        sql += " LIMIT ? OFFSET ?"
        args += [limit, offset]
    with opened(db) as conn:
        _fold_fn(conn)
        cursor = conn.cursor()
        cursor.row_factory = None  # plain tuples, named once below (faster than sqlite3.Row's lookups)
        cursor.execute(sql, _bindable(args))
        rows = _named(cursor, cursor.fetchall())
        people = _participants(conn, [r["id"] for r in rows])
    return [_event_row(r, people.get(r["id"], ())) for r in rows]


def iter_events(db: Database, *, sort: Sort = "stored", order: Literal["newest", "oldest"] = "oldest",
                batch: int = 1000, **filters: Any) -> Iterator[EventRow]:
    """Every event matching ``filters`` (as for :func:`events`), streamed in batches: memory stays flat
    however many there are. The default order is the order stored, which needs no sort."""
    sql, args = _event_sql(filters, sort, order)
    with opened(db) as conn:
        _fold_fn(conn)
        cursor = conn.cursor()
        cursor.row_factory = None
        cursor.execute(sql, _bindable(args))
        while batch_rows := cursor.fetchmany(batch):
            rows = _named(cursor, batch_rows)
            people = _participants(conn, [r["id"] for r in rows])
            for r in rows:
                yield _event_row(r, people.get(r["id"], ()))


def event_total(db: Database, **filters: Any) -> int:
    """How many events match ``filters`` (as for :func:`events`): the M of "showing N of M"."""
    where, args = _where({k: v for k, v in filters.items() if v is not None})
    sql = ("SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id "
           + (f"WHERE {' AND '.join(where)}" if where else ""))
    with opened(db) as conn:
        _fold_fn(conn)
        return int(conn.execute(sql, _bindable(args)).fetchone()[0])


def _participants(conn: sqlite3.Connection, event_rows: list[int]) -> dict[int, tuple[Participant, ...]]:
    out: dict[int, list[Participant]] = {}
    for k in range(0, len(event_rows), 500):
        chunk = event_rows[k:k + 500]
        sql = ("SELECT p.event_row, p.side, p.actor_id, COALESCE(p.name, p.actor_id), ac.kind, p.country, p.sector, "
               "ac.wikidata, ac.role, COALESCE((SELECT json_extract(m.value, '$.text') FROM json_each(ac.mentions_json) m "
               "JOIN events ev ON ev.id = p.event_row WHERE json_extract(m.value, '$.start') >= ev.evidence_start "
               "AND json_extract(m.value, '$.end') <= ev.evidence_end LIMIT 1), "
               "json_extract(ac.mentions_json, '$[0].text')) "
               "FROM participants p LEFT JOIN actors ac ON ac.id = (SELECT min(x.id) FROM "
               "actors x WHERE x.article_id = p.article_id AND x.actor_id = p.actor_id) "
               f"WHERE p.event_row IN ({','.join('?' * len(chunk))}) ORDER BY p.rowid")
        for row, *fields in conn.execute(sql, chunk):
            out.setdefault(row, []).append(Participant(*fields))
    return {row: tuple(people) for row, people in out.items()}


def _countries(people: Sequence[Participant]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.country for p in people if p.country))


def _event_row(r: dict[str, Any], people: tuple[Participant, ...]) -> EventRow:
    acts = [p for p in people if p.side == "actor"]
    recs = [p for p in people if p.side == "recipient"]
    return EventRow(
        article_id=r["article_id"], event_id=r["event_id"], event=r["event"], mode=r["mode"], day=r["day"],
        date=r["date"], date_precision=r["date_precision"], actors=tuple(p.name or p.actor_id for p in acts),
        actor_countries=_countries(acts), recipients=tuple(p.name or p.actor_id for p in recs),
        recipient_countries=_countries(recs),
        location=r["location"], location_country=r["location_country"], quad=r["quad"], cameo=r["cameo"],
        intensity=r["intensity"], aux=_split(r["aux"], ","), context=_split(r["context"], ","),
        evidence=r["evidence"], evidence_start=r["evidence_start"], evidence_end=r["evidence_end"],
        quote_id=r["quote_id"], confidence=r["confidence"], rule=r["rule"], title=r["title"],
        article_date=r["article_date"], url=r["url"], participants=people, date_raw=r["date_raw"],
        lat=r["lat"], lon=r["lon"], geonameid=r["geonameid"], source=r["source"], language=r["language"],
        coded_at=r["coded_at"],
    )


def count_events(
    db: Database, by: Literal["event", "country", "day", "month", "quad"] = "event", **filters: Any,
) -> list[tuple[str | None, int]]:
    """Event counts grouped ``by`` a field, largest first (by day/month: in date order); same filters as :func:`events`."""
    keys = {"event": "e.event", "quad": "CAST(e.quad AS TEXT)", "day": _DAY, "month": f"substr({_DAY}, 1, 7)"}
    where, args = _where({k: v for k, v in filters.items() if v is not None})
    cond = f"WHERE {' AND '.join(where)} " if where else ""
    if by == "country":  # an event of two countries counts for each; actors of no known country are left out
        cond = "WHERE " + " AND ".join(where + ["p.country IS NOT NULL"]) + " "
        sql = (f"SELECT p.country, count(DISTINCT e.id) FROM events e JOIN articles a ON a.id = e.article_id "
               f"JOIN participants p ON p.event_row = e.id {cond}GROUP BY p.country ORDER BY 2 DESC, 1")
    elif by in keys:
        order = "1" if by in ("day", "month") else "2 DESC, 1"
        sql = (f"SELECT {keys[by]}, count(*) FROM events e JOIN articles a ON a.id = e.article_id "
               f"{cond}GROUP BY 1 ORDER BY {order}")
    else:
        raise ValueError(f"cannot count events by {by!r}")
    with opened(db) as conn:
        _fold_fn(conn)
        return [(k, n) for k, n in conn.execute(sql, _bindable(args))]


def check_event_filters(db: Database | None = None, **filters: Any) -> dict[str, Any]:
    """``filters`` checked and normalised for :func:`events` and the other event reads (see
    :func:`tidings.query_check.normalise_event_filters`); a country code found in the store ``db``
    is accepted too. Raises :class:`InvalidFilter` naming the first filter that cannot mean anything."""
    if db is None:
        return normalise_event_filters(filters)
    with opened(db) as conn:
        def stored(code: str) -> bool:
            return conn.execute("SELECT 1 FROM participants WHERE country = ? LIMIT 1", (code,)).fetchone() is not None

        return normalise_event_filters(filters, stored)


__all__ = sorted([
    "ArticleRow", "EVENT_FILTERS", "EventRow", "InvalidFilter", "NotFound", "Participant", "ProblemRow",
    "QUOTE_FILTERS", "QuoteRow", "StoreSummary", "articles", "check_event_filters", "count_events", "event_total",
    "events", "iter_events", "iter_quotes", "iter_results", "load_result", "match_expression", "parse_when",
    "iter_rows", "problem_total", "problems", "quote_total", "quotes", "summary", "TABLES",
])
