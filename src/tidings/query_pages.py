"""Event lists a page at a time, with a cursor that stays stable while an ingest writes.

A page lists stored events (``unit="mentions"``) or real-world events (``unit="events"``, the
default): the events that :mod:`tidings.crossdoc` merged across articles count once, shown
through their first mention in the list's order that matches the filters, with the counts of
all their mentions; an event not merged (yet) stands for itself.
"""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import Any, Iterator, Literal

from . import query
from .query import EventRow, InvalidFilter
from .query_filters import _from, _where
from .store.db import Database, opened

EventSort = Literal["newest", "oldest"]
Unit = Literal["events", "mentions"]
UNITS = ("events", "mentions")


@dataclass(frozen=True)
class EventUnit(EventRow):
    """A stored event with the real-world event it is a mention of: merged across articles, or itself alone."""

    merged_id: int | None = None  # the merged event (``tidings events show ID``); None: not merged, it stands alone
    n_mentions: int = 1  # the real-world event's mentions, articles and sources (all of them, not only matching ones)
    n_articles: int = 1
    n_sources: int = 1
    first_seen: str | None = None  # the earliest and the latest article date among its mentions
    last_seen: str | None = None


@dataclass(frozen=True)
class EventPage:
    """One page of events; ``next_cursor`` fetches the page after it (None on the last page)."""

    events: tuple[EventUnit, ...]
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


def _check_unit(unit: str) -> None:
    if unit not in UNITS:
        raise InvalidFilter("unit", f"{unit!r}: use events (one row per real-world event) or mentions")


def _merge_info(conn: sqlite3.Connection, ids: list[int]) -> dict[int, tuple[Any, ...]]:
    """Stored event row -> (merged id, mentions, articles, sources, first seen, last seen), for merged ones."""
    out: dict[int, tuple[Any, ...]] = {}
    for k in range(0, len(ids), 500):
        chunk = ids[k:k + 500]
        out.update((r[0], r[1:]) for r in conn.execute(
            "SELECT m.event_row, g.id, g.n_mentions, g.n_articles, g.n_sources, g.first_seen, g.last_seen "
            "FROM event_mentions m JOIN merged_events g ON g.id = m.merged_id "
            f"WHERE m.event_row IN ({','.join('?' * len(chunk))})", chunk))
    return out


def _precedes(sort: str, a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    """Whether the row keyed ``a`` (day, article, position) comes before ``b`` in a list sorted ``sort``."""
    if (a[0] is None) != (b[0] is None):  # dated rows first when newest first, undated first when oldest first
        return (a[0] is not None) == (sort == "newest")
    if a[0] != b[0]:
        return (a[0] > b[0]) == (sort == "newest")
    return (a[1], a[2]) < (b[1], b[2])


def _shown_before(conn: sqlite3.Connection, merged_id: int, row: sqlite3.Row, sort: str,
                  where: list[str], args: list[Any]) -> bool:
    """Whether another mention of ``merged_id`` matching the filters comes before ``row`` in the list."""
    own = ["e.id IN (SELECT event_row FROM event_mentions WHERE merged_id = ?)", "e.id != ?"]
    sql = f"SELECT e.day, e.article_id, e.seq {_from(where + own)}"
    key = (row["day"], row["article_id"], row["seq"])
    return any(_precedes(sort, other, key)
               for other in conn.execute(sql, query._bindable(args + [merged_id, row["id"]])))


def _unit(r: sqlite3.Row, people: tuple[Any, ...], merged: tuple[Any, ...] | None) -> EventUnit:
    row = query._event_row(r, people)
    if merged is None:
        return EventUnit(**row.__dict__, first_seen=row.article_date, last_seen=row.article_date)
    mid, mentions, articles, sources, first, last = merged
    return EventUnit(**row.__dict__, merged_id=mid, n_mentions=mentions, n_articles=articles, n_sources=sources,
                     first_seen=first, last_seen=last)


def event_page(db: Database, *, sort: EventSort = "newest", cursor: str | None = None, limit: int = 50,
               with_total: bool = False, unit: Unit = "events", **filters: Any) -> EventPage:
    """Events matching ``filters`` in ``sort`` order (the event's day, then article and position), ``limit`` at a time.

    ``unit="events"``: one row per real-world event (a merged event shows once, at its first
    matching mention in this order); ``"mentions"``: every stored event. The cursor names the
    last row shown, so a page never repeats or skips a row when events are added or removed
    elsewhere in the list meanwhile (unlike an offset).
    """
    if sort not in ("newest", "oldest"):
        raise InvalidFilter("sort", f"{sort!r}: use newest or oldest")
    _check_unit(unit)
    where, args = _where(filters)
    walk_where, walk_args = _where(filters, per_row=True)
    kind = sort if unit == "mentions" else f"{sort}/{unit}"  # a cursor of one unit is refused by the other
    mark = _decode_cursor(cursor, kind, filters) if cursor else None
    direction = "DESC" if sort == "newest" else "ASC"
    shown: list[tuple[sqlite3.Row, tuple[Any, ...] | None]] = []
    with opened(db) as conn:
        query._fold_fn(conn)
        cur = conn.cursor()
        cur.row_factory = sqlite3.Row
        groups: set[int] = set()
        while len(shown) <= limit:
            want, batch = limit + 1 - len(shown), []
            for cond, cond_args in _segments(sort, mark):
                if len(batch) >= want:
                    break
                n = [want - len(batch)]
                batch += _ordered_rows(conn, cur, (walk_where, query._bindable(walk_args + cond_args + n)),
                                       (where, query._bindable(args + cond_args + n)), cond, direction)
            merged = _merge_info(conn, [r["id"] for r in batch])
            for r in batch:
                m = merged.get(r["id"])
                if unit == "events" and m is not None and m[1] > 1:
                    if m[0] in groups or _shown_before(conn, m[0], r, sort, where, args):
                        continue  # the real-world event is listed at an earlier mention
                    groups.add(m[0])
                shown.append((r, m))
            if len(batch) < want:
                break  # the list's end
            mark = (batch[-1]["day"], batch[-1]["article_id"], batch[-1]["seq"])
        more, shown = len(shown) > limit, shown[:limit]
        people = query._participants(conn, [r["id"] for r, _ in shown])
        total = event_total(conn, unit, **filters) if with_total else None
    events = tuple(_unit(r, people.get(r["id"], ()), m) for r, m in shown)
    return EventPage(events, _encode_cursor(kind, filters, shown[-1][0]) if more and shown else None, total)


def event_total(db: Database, unit: Unit = "events", **filters: Any) -> int:
    """How many real-world events (``unit="events"``) or stored events (``"mentions"``) match ``filters``."""
    _check_unit(unit)
    where, args = _where(filters)
    what = "count(*)"
    base = _from(where)
    if unit == "events":  # merged ids negated, so that they never meet the ids of events standing alone
        what = "count(DISTINCT COALESCE(-um.merged_id, e.id))"
        base = base.replace("FROM events e", "FROM events e LEFT JOIN event_mentions um ON um.event_row = e.id", 1)
    with opened(db) as conn:
        query._fold_fn(conn)
        return int(conn.execute(f"SELECT {what} {base}", query._bindable(args)).fetchone()[0])


def iter_event_units(db: Database, *, unit: Unit = "events", sort: query.Sort = "event",
                     order: Literal["newest", "oldest"] = "newest", batch: int = 1000,
                     **filters: Any) -> Iterator[EventUnit]:
    """Every event matching ``filters`` as :func:`tidings.query.iter_events` orders them, streamed, each with
    its real-world event; ``unit="events"`` keeps the first matching mention of each (one read, one pass)."""
    _check_unit(unit)
    sql, args = query._event_sql({k: v for k, v in filters.items() if v is not None}, sort, order)
    shown: set[int] = set()
    with opened(db) as conn:
        query._fold_fn(conn)
        cursor = conn.cursor()
        cursor.row_factory = sqlite3.Row
        cursor.execute(sql, query._bindable(args))
        while rows := cursor.fetchmany(batch):
            merged = _merge_info(conn, [r["id"] for r in rows])
            keep = []
            for r in rows:
                m = merged.get(r["id"])
                if unit == "events" and m is not None:
                    if m[0] in shown:
                        continue
                    shown.add(m[0])
                keep.append((r, m))
            people = query._participants(conn, [r["id"] for r, _ in keep])
            for r, m in keep:
                yield _unit(r, people.get(r["id"], ()), m)


def iter_event_pages(db: Database, *, sort: EventSort = "newest", batch: int = 1000, unit: Unit = "events",
                     **filters: Any) -> Iterator[EventUnit]:
    """Every matching event, fetched a page at a time (no read transaction is held open between pages)."""
    cursor = None
    while True:
        page = event_page(db, sort=sort, cursor=cursor, limit=batch, unit=unit, **filters)
        yield from page.events
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


__all__ = sorted(["UNITS", "EventPage", "EventSort", "EventUnit", "Unit", "event_page", "event_total",
                  "iter_event_pages", "iter_event_units"])
