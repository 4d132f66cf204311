"""Event filters of the interactive surfaces, on top of :mod:`tidings.query`'s, and the read-only store.

An actor across articles is named by its *key*: its name, country and sector
(:func:`actor_key`); the same name with another country or sector is another actor. Besides
the filters of :data:`tidings.query.EVENT_FILTERS`, event reads here take ``involving`` (an
actor key on either side), ``actor_key`` (as actor), ``recipient_key`` (as recipient) and
``bbox`` (``min_lon,min_lat,max_lon,max_lat`` of the event's place).
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

from . import query
from .errors import StoreError
from .query import InvalidFilter
from .store.db import BUSY_TIMEOUT_S, Database, opened
from .store.migrations import MIGRATIONS, applied

EXTRA_FILTERS = ("involving", "actor_key", "recipient_key", "bbox")
FILTERS = (*query.EVENT_FILTERS, *EXTRA_FILTERS)


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


_TEXT_LIST = "e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)"
_TEXT_ROW = "EXISTS (SELECT 1 FROM events_fts WHERE events_fts MATCH ? AND rowid = e.id)"


def _where(filters: dict[str, Any], per_row: bool = False) -> tuple[list[str], list[Any]]:
    """WHERE clauses over ``events e`` for the query module's filters plus this module's extras."""
    f = {k: v for k, v in filters.items() if v is not None and v != ""}
    unknown = sorted(set(f) - set(FILTERS))
    if unknown:
        raise TypeError(f"unknown event filter(s): {', '.join(unknown)}")
    where, args = query._where({k: v for k, v in f.items() if k not in EXTRA_FILTERS})
    if per_row:  # the full-text test of one event seeks its row in the index, instead of listing every match first
        where = [w.replace(_TEXT_LIST, _TEXT_ROW) for w in where]
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


__all__ = ["EXTRA_FILTERS", "FILTERS", "actor_key", "check_filters", "open_readonly", "parse_actor_key"]
