"""Aggregate reads for the REST API and the dashboard: cursor pages, timeline, network, map, actors.

Built on :mod:`tidings.query` (its filters, row builders and checks); this module adds what
the interactive surfaces need on top: keyset ("cursor") paging that stays stable while an
ingest writes, counts per period, actor-to-actor edges, events by place, actor profiles and an
article's text with its marked spans. Every function takes ``db`` like :mod:`tidings.query`.

An actor across articles is named by its *key*: its name, country and sector
(:func:`actor_key`); the same name with another country or sector is another actor. Besides
the filters of :data:`tidings.query.EVENT_FILTERS`, event reads here take ``involving`` (an
actor key on either side), ``actor_key`` (as actor), ``recipient_key`` (as recipient) and
``bbox`` (``min_lon,min_lat,max_lon,max_lat`` of the event's place).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Literal

from . import query
from .errors import StoreError
from .query import EventRow, InvalidFilter, NotFound
from .store.db import BUSY_TIMEOUT_S, Database, opened
from .store.migrations import MIGRATIONS, applied

EXTRA_FILTERS = ("involving", "actor_key", "recipient_key", "bbox")
FILTERS = (*query.EVENT_FILTERS, *EXTRA_FILTERS)
EventSort = Literal["newest", "oldest"]
Interval = Literal["day", "week", "month", "year"]


def open_readonly(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to an existing, current store: it never writes, so it never blocks an ingest."""
    p = Path(path)
    if not p.is_file():
        raise StoreError(f"no database at {p} (run `tidings ingest` first, or pass --db)")
    try:
        conn = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S,
                               isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        done = applied(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{p} is not a usable tidings database: {exc}") from exc
    missing = [m.name for m in MIGRATIONS if m.name not in done]
    if not done or missing:
        conn.close()
        what = "not a tidings database" if not done else f"an older store (missing migration {missing[0]})"
        raise StoreError(f"{p} is {what}; open it once with `tidings ingest` or `tidings query` to upgrade it")
    return conn


# --- actor keys -------------------------------------------------------------------------------

def actor_key(name: str, country: str | None, sector: str | None) -> str:
    """The key of an actor across articles: ``name|country|sector`` (empty where unknown)."""
    return f"{name}|{country or ''}|{sector or ''}"


def parse_actor_key(key: str, param: str = "actor") -> tuple[str, str | None, str | None]:
    parts = key.rsplit("|", 2)
    if len(parts) != 3 or not parts[0].strip():
        raise InvalidFilter(param, f"{key!r} is not an actor key (name|country|sector, e.g. 'Ludo Brannick||GOV')")
    return parts[0], parts[1] or None, parts[2] or None


def _who(key: str, param: str, side: str | None, per_row: bool = False) -> tuple[str, list[Any]]:
    """Events with that actor (on ``side``); ``per_row`` tests each event through its own participants
    (cheap while walking events in day order) instead of listing every event of the actor first."""
    name, country, sector = parse_actor_key(key, param)
    on_side = " AND side = ?" if side else ""
    who = f"COALESCE(name, actor_id) = ? AND country IS ? AND sector IS ?{on_side}"
    cond = (f"EXISTS (SELECT 1 FROM participants WHERE event_row = e.id AND {who})" if per_row
            else f"e.id IN (SELECT event_row FROM participants WHERE {who})")
    return cond, [name, country, sector] + ([side] if side else [])


def _before(until: Any) -> str | None:
    """An exclusive upper bound on the day index for ``until`` (any value overlapping it sorts below)."""
    import datetime as dt

    text = query._date(until)
    try:
        if text is None:
            return None
        if len(text) == 4:
            bound = f"{int(text) + 1:04d}"
        elif len(text) == 7:
            y, m = int(text[:4]), int(text[5:7])
            bound = f"{y + m // 12:04d}-{m % 12 + 1:02d}"
        else:
            bound = (dt.date.fromisoformat(text) + dt.timedelta(days=1)).isoformat()
    except (ValueError, OverflowError):
        return None
    return bound if len(bound.split("-")[0]) == 4 else None  # past year 9999 a string bound would sort wrong


def _bbox(value: str) -> tuple[str, list[Any]]:
    try:
        w, s, e, n = (float(x) for x in value.split(","))
    except ValueError:
        raise InvalidFilter("bbox", f"{value!r} is not min_lon,min_lat,max_lon,max_lat") from None
    if not (-180 <= w <= e <= 180 and -90 <= s <= n <= 90):
        raise InvalidFilter("bbox", f"{value!r} is not a box inside -180..180, -90..90 with min <= max")
    return "e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?", [s, n, w, e]


def _where(filters: dict[str, Any], per_row: bool = False) -> tuple[list[str], list[Any]]:
    """WHERE clauses over ``events e`` for the query module's filters plus this module's extras."""
    f = {k: v for k, v in filters.items() if v is not None and v != ""}
    unknown = sorted(set(f) - set(FILTERS))
    if unknown:
        raise TypeError(f"unknown event filter(s): {', '.join(unknown)}")
    where, args = query._where({k: v for k, v in f.items() if k not in EXTRA_FILTERS})
    for key, side in (("involving", None), ("actor_key", "actor"), ("recipient_key", "recipient")):
        if key in f:
            cond, a = _who(f[key], key, side, per_row)
            where.append(cond)
            args += a
    if "bbox" in f:
        cond, a = _bbox(f["bbox"])
        where.append(cond)
        args += a
    if (bound := _before(f.get("until"))) is not None:  # the query module bounds the index by year only;
        where.insert(0, "e.day < ?")  # first, so that SQLite takes this bound for the index range
        args.insert(0, bound)
    return where, args


def check_filters(db: Database | None = None, **filters: Any) -> dict[str, Any]:
    """:func:`tidings.query.check_event_filters` for the query module's filters; the extras are checked here."""
    extras = {k: filters.pop(k) for k in EXTRA_FILTERS if filters.get(k) not in (None, "")}
    out = query.check_event_filters(db, **filters)
    for key in ("involving", "actor_key", "recipient_key"):
        if key in extras:
            parse_actor_key(extras[key], key)
    if "bbox" in extras:
        _bbox(extras["bbox"])
    return {**out, **extras}


def _from(where: list[str]) -> str:
    # the articles table joins only where a filter reads it: aggregates over a million events skip the join
    join = " JOIN articles a ON a.id = e.article_id" if any(re.search(r"\ba\.", w) for w in where) else ""
    return "FROM events e" + join + (f" WHERE {' AND '.join(where)}" if where else "")


def _from_participants(where: list[str], own: list[str] = []) -> str:  # noqa: B006 - never mutated
    """``FROM participants p``, joined to its events only where an event filter needs them."""
    if not where:
        return "FROM participants p" + (f" WHERE {' AND '.join(own)}" if own else "")
    return _from(where + own).replace("FROM events e", "FROM participants p JOIN events e ON e.id = p.event_row", 1)


def _run(db: Database, sql: str, args: list[Any]) -> list[tuple[Any, ...]]:
    with opened(db) as conn:
        query._fold_fn(conn)
        return conn.execute(sql, query._bindable(args)).fetchall()


# --- cursor pages -----------------------------------------------------------------------------

@dataclass(frozen=True)
class EventPage:
    """One page of events; ``next_cursor`` fetches the page after it (None on the last page)."""

    events: tuple[EventRow, ...]
    next_cursor: str | None
    total: int | None  # how many events match, where asked for


def _fingerprint(sort: str, filters: dict[str, Any]) -> str:
    text = json.dumps([sort, sorted((k, str(v)) for k, v in filters.items() if v not in (None, ""))])
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def _encode_cursor(sort: str, filters: dict[str, Any], row: sqlite3.Row) -> str:
    data = json.dumps([_fingerprint(sort, filters), row["day"], row["article_id"], row["seq"]], ensure_ascii=True)
    return base64.urlsafe_b64encode(data.encode()).decode().rstrip("=")


def _decode_cursor(cursor: str, sort: str, filters: dict[str, Any]) -> tuple[str | None, str, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        mark, day, article_id, seq = json.loads(raw)
        if not (isinstance(article_id, str) and isinstance(seq, int) and (day is None or isinstance(day, str))):
            raise ValueError
    except (ValueError, TypeError, UnicodeDecodeError):
        raise InvalidFilter("cursor", "not a cursor this server gave out (take next_cursor from a page)") from None
    if mark != _fingerprint(sort, filters):
        raise InvalidFilter("cursor", "the cursor belongs to another sort or other filters")
    return day, article_id, seq


def _event_columns() -> str:
    """The SELECT list the query module builds its event rows from (so the two cannot drift apart)."""
    sql, _ = query._event_sql({}, "event", "newest")
    return sql[: sql.index("FROM events e")]


_TIE = "(e.article_id > ? OR (e.article_id = ? AND e.seq > ?))"


def _segments(sort: EventSort, mark: tuple[str | None, str, int] | None) -> list[tuple[str, list[Any]]]:
    """The conditions that list the rows after ``mark``, as parts read one after another in index order.

    Dated and undated events are read apart (undated last when newest first, first when oldest
    first): one range on the indexed day per part keeps SQLite walking the index in order and
    stopping at the page's end, where a single OR would make it collect and sort every row first.
    """
    dated, undated = "e.day IS NOT NULL", "e.day IS NULL"
    parts = [dated, undated] if sort == "newest" else [undated, dated]
    if mark is None:
        return [(p, []) for p in parts]
    day, article_id, seq = mark
    tie = [article_id, article_id, seq]
    if day is None:
        here = (f"{undated} AND {_TIE}", tie)
    else:
        op = "<=" if sort == "newest" else ">="
        here = (f"e.day {op} ? AND NOT (e.day = ? AND NOT {_TIE})", [day, day, *tie])
    rest = parts[parts.index(undated if day is None else dated) + 1:]
    return [here] + [(p, []) for p in rest]


SCAN_BUDGET = 400  # progress-handler calls (SCAN_STEP SQLite instructions each: ~20 ms) before the other plan
SCAN_STEP = 1000


def _ordered_rows(conn: sqlite3.Connection, cur: sqlite3.Cursor, walk: tuple[list[str], list[Any]],
                  lookup: tuple[list[str], list[Any]], cond: str, direction: str) -> list[sqlite3.Row]:
    """One part of a page, by the faster of two plans.

    Walking the day index in order and testing each event stops as soon as the page is full:
    best when many events match. When few match (a rare type in one country) that walk is long,
    and finding the matches through their own indexes, then sorting them, is faster. SQLite
    cannot tell which case it is in, so the walk runs first within a small budget.
    """
    tail = f" ORDER BY {{}}e.day {direction}, e.article_id, e.seq LIMIT ?"

    def body(where: list[str]) -> str:
        return " JOIN articles a ON a.id = e.article_id WHERE " + " AND ".join([*where, cond])

    walk_sql = _event_columns() + "FROM events e INDEXED BY events_day" + body(walk[0]) + tail.format("")
    if not walk[0]:
        return cur.execute(walk_sql, walk[1]).fetchall()
    spent = [0]

    def budget() -> int:
        spent[0] += 1
        return 1 if spent[0] > SCAN_BUDGET else 0

    conn.set_progress_handler(budget, SCAN_STEP)
    try:
        return cur.execute(walk_sql, walk[1]).fetchall()
    except sqlite3.OperationalError:
        if spent[0] <= SCAN_BUDGET:
            raise
    finally:
        conn.set_progress_handler(None, 0)
    lookup_sql = _event_columns() + "FROM events e" + body(lookup[0]) + tail.format("+")  # '+': not the day index
    return cur.execute(lookup_sql, lookup[1]).fetchall()


def event_page(db: Database, *, sort: EventSort = "newest", cursor: str | None = None, limit: int = 50,
               with_total: bool = False, **filters: Any) -> EventPage:
    """Events matching ``filters`` in ``sort`` order (by the event's day, then article and position), ``limit`` at a time.

    The cursor names the last row shown, so a page never repeats or skips a row when events
    are added or removed elsewhere in the list meanwhile (unlike an offset).
    """
    if sort not in ("newest", "oldest"):
        raise InvalidFilter("sort", f"{sort!r}: use newest or oldest")
    where, args = _where(filters)
    walk_where, walk_args = _where(filters, per_row=True)
    mark = _decode_cursor(cursor, sort, filters) if cursor else None
    direction = "DESC" if sort == "newest" else "ASC"
    rows: list[sqlite3.Row] = []
    with opened(db) as conn:
        query._fold_fn(conn)
        cur = conn.cursor()
        cur.row_factory = sqlite3.Row
        for cond, cond_args in _segments(sort, mark):
            want = limit + 1 - len(rows)
            if want <= 0:
                break
            rows += _ordered_rows(conn, cur, (walk_where, query._bindable(walk_args + cond_args + [want])),
                                  (where, query._bindable(args + cond_args + [want])), cond, direction)
        more, rows = len(rows) > limit, rows[:limit]
        people = query._participants(conn, [r["id"] for r in rows])
        total = None
        if with_total:
            total = int(conn.execute(f"SELECT count(*) {_from(where)}", query._bindable(args)).fetchone()[0])
    events = tuple(query._event_row(r, people.get(r["id"], ())) for r in rows)
    return EventPage(events, _encode_cursor(sort, filters, rows[-1]) if more and rows else None, total)


def iter_event_pages(db: Database, *, sort: EventSort = "newest", batch: int = 1000,
                     **filters: Any) -> Iterator[EventRow]:
    """Every matching event, fetched a page at a time (no read transaction is held open between pages)."""
    cursor = None
    while True:
        page = event_page(db, sort=sort, cursor=cursor, limit=batch, **filters)
        yield from page.events
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


# --- timeline, network, map -------------------------------------------------------------------

_PERIOD = {"day": ("substr(e.day, 1, 10)", 10), "month": ("substr(e.day, 1, 7)", 7), "year": ("substr(e.day, 1, 4)", 4),
           "week": ("date(substr(e.day, 1, 10), '-6 days', 'weekday 1')", 10)}


@dataclass(frozen=True)
class TimelineBucket:
    period: str  # YYYY-MM-DD (a day, or the Monday of a week), YYYY-MM or YYYY
    key: str  # the event type, or the quad class as 1..4
    count: int


@dataclass(frozen=True)
class Timeline:
    interval: str
    by: str
    buckets: tuple[TimelineBucket, ...]
    coarser: int  # matching events dated less precisely than the interval (or not at all)


def timeline(db: Database, *, interval: Interval = "month", by: Literal["quad", "event"] = "quad",
             **filters: Any) -> Timeline:
    """Counts of matching events per period and event type or quad class, in date order."""
    if interval not in _PERIOD:
        raise InvalidFilter("interval", f"{interval!r}: use day, week, month or year")
    if by not in ("quad", "event"):
        raise InvalidFilter("by", f"{by!r}: use quad or event")
    expr, width = _PERIOD[interval]
    key = "CAST(e.quad AS TEXT)" if by == "quad" else "e.event"
    where, args = _where(filters)
    precise = where + [f"length(e.day) >= {width}"]
    rows = _run(db, f"SELECT {expr}, {key}, count(*) {_from(precise)} GROUP BY 1, 2 ORDER BY 1, 2", args)
    coarse = where + [f"(e.day IS NULL OR length(e.day) < {width})"]
    (n,), = _run(db, f"SELECT count(*) {_from(coarse)}", args)
    return Timeline(interval, by, tuple(TimelineBucket(p, str(k), c) for p, k, c in rows if p), int(n))


@dataclass(frozen=True)
class NetworkEdge:
    source: str  # actor key of the actor side
    target: str  # actor key of the recipient side
    events: int
    cooperation: int  # quad classes 1 and 2
    conflict: int  # quad classes 3 and 4


@dataclass(frozen=True)
class NetworkNode:
    key: str
    name: str
    country: str | None
    sector: str | None
    events: int  # events on the shown edges


@dataclass(frozen=True)
class Network:
    nodes: tuple[NetworkNode, ...]
    edges: tuple[NetworkEdge, ...]


def network(db: Database, *, edges: int = 60, **filters: Any) -> Network:
    """The ``edges`` heaviest actor -> recipient edges among matching events, and their actors."""
    where, args = _where(filters)
    who = "COALESCE({0}.name, {0}.actor_id), {0}.country, {0}.sector"
    joins = ("JOIN participants pa ON pa.event_row = e.id AND pa.side = 'actor' "
             "JOIN participants pr ON pr.event_row = e.id AND pr.side = 'recipient'")
    base = _from(where).replace("FROM events e", f"FROM events e {joins}", 1)
    sql = (f"SELECT {who.format('pa')}, {who.format('pr')}, count(DISTINCT e.id), "
           f"count(DISTINCT CASE WHEN e.quad IN (1, 2) THEN e.id END), "
           f"count(DISTINCT CASE WHEN e.quad IN (3, 4) THEN e.id END) {base} "
           f"GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 7 DESC, 1, 4 LIMIT ?")
    out_edges, nodes, weight = [], {}, {}
    for an, ac, asec, rn, rc, rsec, n, coop, conf in _run(db, sql, args + [edges]):
        src, dst = actor_key(an, ac, asec), actor_key(rn, rc, rsec)
        out_edges.append(NetworkEdge(src, dst, n, coop, conf))
        for key, name, country, sector in ((src, an, ac, asec), (dst, rn, rc, rsec)):
            nodes.setdefault(key, (name, country, sector))
            weight[key] = weight.get(key, 0) + n
    ranked = sorted(nodes, key=lambda k: (-weight[k], k))
    return Network(tuple(NetworkNode(k, *nodes[k], weight[k]) for k in ranked), tuple(out_edges))


@dataclass(frozen=True)
class PlaceCount:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    events: int


@dataclass(frozen=True)
class PlaceStats:
    countries: tuple[tuple[str, int], ...]  # ISO3 of the event's place -> events
    places: tuple[PlaceCount, ...]
    unplaced: int  # matching events with no place


def places(db: Database, *, limit: int = 200, **filters: Any) -> PlaceStats:
    """Matching events by the country of their place and by place, most events first."""
    where, args = _where(filters)
    countries = _run(db, f"SELECT e.location_country, count(*) {_from(where + ['e.location_country IS NOT NULL'])} "
                         "GROUP BY 1 ORDER BY 2 DESC, 1", args)
    rows = _run(db, f"SELECT e.location, e.location_country, avg(e.lat), avg(e.lon), count(*) "
                    f"{_from(where + ['e.location IS NOT NULL'])} GROUP BY 1, 2 ORDER BY 5 DESC, 1 LIMIT ?",
                args + [limit])
    (n,), = _run(db, f"SELECT count(*) {_from(where + ['e.location IS NULL'])}", args)
    return PlaceStats(tuple((c, k) for c, k in countries), tuple(PlaceCount(*r) for r in rows), int(n))


def actor_countries(db: Database, **filters: Any) -> list[tuple[str, int]]:
    """Matching events by the countries of their participants (an event of two countries counts for each)."""
    where, args = _where(filters)
    base = _from_participants(where, ["p.country IS NOT NULL"])
    return [(c, n) for c, n in _run(db, f"SELECT p.country, count(DISTINCT p.event_row) {base} "
                                        "GROUP BY 1 ORDER BY 2 DESC, 1", args)]


def event_count(db: Database, **filters: Any) -> int:
    """How many events match (this module's filters as well as the query module's)."""
    where, args = _where(filters)
    return int(_run(db, f"SELECT count(*) {_from(where)}", args)[0][0])


def type_counts(db: Database, **filters: Any) -> list[tuple[str, int, int]]:
    """Matching events by type: (type, quad class, events), most events first."""
    where, args = _where(filters)
    return [(t, q, n) for t, q, n in _run(db, f"SELECT e.event, min(e.quad), count(*) {_from(where)} "
                                              "GROUP BY 1 ORDER BY 3 DESC, 1", args)]


# --- actors -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class ActorSummary:
    key: str
    name: str
    country: str | None
    sector: str | None
    events: int  # matching events with the actor on either side
    as_actor: int
    as_recipient: int
    articles: int


_WHO = "COALESCE(p.name, p.actor_id)"


def actors(db: Database, *, name: str | None = None, limit: int = 50, offset: int = 0,
           **filters: Any) -> list[ActorSummary]:
    """Actors of the matching events, most events first; ``name``: part of the actor's name."""
    where, args = _where(filters)
    if name:
        cond, a = query._contains(_WHO, name)
        where.append(cond)
        args += a
    base = _from_participants(where)
    sql = (f"SELECT {_WHO}, p.country, p.sector, count(DISTINCT p.event_row), "
           "count(DISTINCT CASE WHEN p.side = 'actor' THEN p.event_row END), "
           "count(DISTINCT CASE WHEN p.side = 'recipient' THEN p.event_row END), count(DISTINCT p.article_id) "
           f"{base} GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1, 2, 3 LIMIT ? OFFSET ?")
    return [ActorSummary(actor_key(n, c, s), n, c, s, *counts) for n, c, s, *counts in
            _run(db, sql, args + [limit, offset])]


@dataclass(frozen=True)
class RoleSpan:
    role: str | None
    first: str | None  # the earliest and latest article dates the actor held it
    last: str | None
    articles: int


@dataclass(frozen=True)
class TypeCount:
    event: str
    quad: int | None
    as_actor: int
    as_recipient: int


@dataclass(frozen=True)
class Counterpart:
    key: str
    name: str
    country: str | None
    sector: str | None
    events: int
    cooperation: int
    conflict: int
    outgoing: int  # events with the profiled actor acting on this one
    incoming: int  # events with this one acting on the profiled actor


@dataclass(frozen=True)
class ActorProfile:
    key: str
    name: str
    country: str | None
    sector: str | None
    kind: str | None
    wikidata: str | None
    events: int
    first_day: str | None
    last_day: str | None
    roles: tuple[RoleSpan, ...]
    types: tuple[TypeCount, ...]
    counterparts: tuple[Counterpart, ...]
    months: tuple[tuple[str, int], ...]  # events per month


def actor_profile(db: Database, key: str, *, counterparts: int = 20, **filters: Any) -> ActorProfile:
    """One actor's matching events by type and side, its roles over time and its top counterparts."""
    name, country, sector = parse_actor_key(key)
    where, args = _where({k: v for k, v in filters.items() if k != "involving"})
    me = f"{_WHO} = ? AND p.country IS ? AND p.sector IS ?"
    base = _from_participants(where, [me])
    if not where:
        base = base.replace("FROM participants p", "FROM participants p JOIN events e ON e.id = p.event_row", 1)
    margs = args + [name, country, sector]
    # one pass: each (type, month) group counts its events exactly, as actor, as recipient and in all
    groups = _run(db, "SELECT e.event, e.quad, substr(e.day, 1, 7), count(DISTINCT CASE WHEN p.side = 'actor' "
                      "THEN e.id END), count(DISTINCT CASE WHEN p.side = 'recipient' THEN e.id END), "
                      f"count(DISTINCT e.id), min(e.day), max(e.day) {base} GROUP BY 1, 2, 3", margs)
    if not groups and not _run(db, f"SELECT 1 FROM participants p WHERE {me} LIMIT 1", [name, country, sector]):
        raise NotFound(f"no actor {key!r} in the store")
    by_type: dict[tuple[str, int | None], list[int]] = {}
    by_month: dict[str, int] = {}
    for event, quad, month, as_actor, as_recipient, total, _, _ in groups:
        counts = by_type.setdefault((event, quad), [0, 0])
        counts[0] += as_actor
        counts[1] += as_recipient
        if month:
            by_month[month] = by_month.get(month, 0) + total
    types = sorted(((t, q, a, r) for (t, q), (a, r) in by_type.items()), key=lambda x: (-(x[2] + x[3]), x[0]))
    months = sorted(by_month.items())
    days = [d for g in groups for d in g[6:8] if d]
    n, first, last = sum(g[5] for g in groups), min(days, default=None), max(days, default=None)
    other = ("JOIN participants o ON o.event_row = e.id AND o.side != p.side "
             "AND NOT (COALESCE(o.name, o.actor_id) = ? AND o.country IS ? AND o.sector IS ?)")
    peers = _run(db, "SELECT COALESCE(o.name, o.actor_id), o.country, o.sector, count(DISTINCT e.id), "
                     "count(DISTINCT CASE WHEN e.quad IN (1, 2) THEN e.id END), "
                     "count(DISTINCT CASE WHEN e.quad IN (3, 4) THEN e.id END), "
                     "count(DISTINCT CASE WHEN p.side = 'actor' THEN e.id END), "
                     "count(DISTINCT CASE WHEN p.side = 'recipient' THEN e.id END) "
                     + base.replace("JOIN events e ON e.id = p.event_row", f"JOIN events e ON e.id = p.event_row {other}", 1)
                     + " GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1 LIMIT ?",
                 [name, country, sector] + margs + [counterparts])
    roles = _run(db, "SELECT ac.role, min(a.date), max(a.date), count(DISTINCT ac.article_id), max(ac.kind), "
                     "max(ac.wikidata) FROM actors ac JOIN articles a ON a.id = ac.article_id "
                     "WHERE ac.name = ? AND ac.country IS ? AND ac.sector IS ? GROUP BY 1 ORDER BY 2, 1",
                 [name, country, sector])
    kinds = [r[4] for r in roles if r[4]]
    wikidata = [r[5] for r in roles if r[5]]
    return ActorProfile(
        key=actor_key(name, country, sector), name=name, country=country, sector=sector,
        kind=kinds[0] if kinds else None, wikidata=wikidata[0] if wikidata else None, events=int(n),
        first_day=first, last_day=last, roles=tuple(RoleSpan(r, f, l, c) for r, f, l, c, _, _ in roles),
        types=tuple(TypeCount(*t) for t in types),
        counterparts=tuple(Counterpart(actor_key(pn, pc, ps), pn, pc, ps, *rest) for pn, pc, ps, *rest in peers),
        months=tuple((m, c) for m, c in months),
    )


# --- ingest progress --------------------------------------------------------------------------

@dataclass(frozen=True)
class RecentArticle:
    article_id: str
    title: str | None
    date: str | None
    coded_at: str
    events: int
    problems: int


@dataclass(frozen=True)
class Activity:
    """What an ingest has written lately: articles per minute of the last hour and the latest ones."""

    articles: int
    events: int
    problems: int
    last_coded_at: str | None
    per_minute: tuple[tuple[str, int], ...]  # minute (YYYY-MM-DDTHH:MM) -> articles coded, the last 60 minutes
    recent: tuple[RecentArticle, ...]


ACTIVITY_WINDOW = 5000  # the per-minute counts look at this many of the latest articles


def activity(db: Database, *, recent: int = 15) -> Activity:
    """Counts and the latest coded articles, read from the store while an ingest writes it.

    "Latest" is the order of storing (rowid: an article coded again is stored anew), which is
    indexed; coded_at sits behind the article's text in the row and would mean reading every text.
    """
    (articles_n,), = _run(db, "SELECT count(*) FROM articles", [])
    (events_n,), = _run(db, "SELECT count(*) FROM events", [])
    (problems_n,), = _run(db, "SELECT count(*) FROM problems", [])
    last_row = _run(db, "SELECT coded_at FROM articles ORDER BY rowid DESC LIMIT 1", [])
    last = last_row[0][0] if last_row else None
    minutes: list[tuple[str, int]] = []
    latest: list[RecentArticle] = []
    if last:
        minutes = [(m, n) for m, n in _run(
            db, "SELECT substr(coded_at, 1, 16), count(*) FROM (SELECT coded_at FROM articles ORDER BY rowid DESC "
                "LIMIT ?) WHERE coded_at >= strftime('%Y-%m-%dT%H:%M', ?, '-60 minutes') GROUP BY 1 ORDER BY 1",
            [ACTIVITY_WINDOW, last])]
        latest = [RecentArticle(*r) for r in _run(
            db, "SELECT a.id, a.title, a.date, a.coded_at, (SELECT count(*) FROM events WHERE article_id = a.id), "
                "(SELECT count(*) FROM problems WHERE article_id = a.id) FROM articles a "
                "ORDER BY a.rowid DESC LIMIT ?", [recent])]
    return Activity(int(articles_n), int(events_n), int(problems_n), last, tuple(minutes), tuple(latest))


__all__ = sorted([
    "ACTIVITY_WINDOW", "Activity", "ActorProfile", "ActorSummary", "Counterpart", "EXTRA_FILTERS", "EventPage",
    "FILTERS", "Network", "NetworkEdge", "NetworkNode", "PlaceCount", "PlaceStats", "RecentArticle", "RoleSpan",
    "SCAN_BUDGET", "Timeline", "TimelineBucket", "TypeCount", "activity", "actor_countries", "actor_key",
    "actor_profile", "actors", "check_filters", "event_count", "event_page", "iter_event_pages", "network",
    "open_readonly", "parse_actor_key", "places", "timeline", "type_counts",
])
