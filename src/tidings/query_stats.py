"""Aggregate reads for the REST API and the dashboard: timeline, network, map, actors, ingest progress.

Built on :mod:`tidings.query` (its filters, row builders and checks) and
:mod:`tidings.query_filters` (the extra filters: actor keys, a bounding box). Cursor pages of
events live in :mod:`tidings.query_pages`; both are re-exported here, where the surfaces find
them. Every function takes ``db`` like :mod:`tidings.query`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from . import query
from .query import InvalidFilter, NotFound
from .query_filters import (EXTRA_FILTERS, FILTERS, _from, _from_participants, _run, _where, actor_key,  # noqa: F401
                            check_filters, open_readonly, parse_actor_key)
from .query_pages import (UNITS, EventPage, EventSort, EventUnit, Unit, event_page, event_total,  # noqa: F401
                          iter_event_pages)
from .store.db import Database

Interval = Literal["day", "week", "month", "year"]

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
    # events first, then their two sides (left to choose, SQLite started from the participants: 2x slower)
    joins = ("CROSS JOIN participants pa ON pa.event_row = e.id AND pa.side = 'actor' "
             "CROSS JOIN participants pr ON pr.event_row = e.id AND pr.side = 'recipient'")
    base = _from(where).replace("FROM events e", f"FROM events e {joins}", 1)
    # each event once per edge first (one sort), then plain counts: a count(DISTINCT) per group took 4x longer
    pairs = ("SELECT DISTINCT e.id, e.quad, COALESCE(pa.name, pa.actor_id) AS an, pa.country AS ac, pa.sector AS asec, "
             f"COALESCE(pr.name, pr.actor_id) AS rn, pr.country AS rc, pr.sector AS rsec {base}")
    sql = (f"SELECT an, ac, asec, rn, rc, rsec, count(*), sum(quad IN (1, 2)), sum(quad IN (3, 4)) FROM ({pairs}) "
           "GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 7 DESC, 1, 4 LIMIT ?")
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
    # one pass over the matching events, by place; the countries and the unplaced are summed from its groups
    groups = _run(db, f"SELECT e.location, e.location_country, avg(e.lat), avg(e.lon), count(*) {_from(where)} "
                      "GROUP BY 1, 2", args)
    by_country: dict[str, int] = {}
    for _, country, _, _, n in groups:
        if country is not None:
            by_country[country] = by_country.get(country, 0) + n
    placed = sorted((g for g in groups if g[0] is not None), key=lambda g: (-g[4], g[0], g[1] or ""))
    return PlaceStats(tuple(sorted(by_country.items(), key=lambda c: (-c[1], c[0]))),
                      tuple(PlaceCount(*g) for g in placed[:limit]), sum(g[4] for g in groups if g[0] is None))


def _events_then_participants(where: list[str]) -> str:
    """``FROM`` the matching events, then their participants: SQLite, left to choose, reads every participant
    first and looks up its event (a quarter of a million events matching: 3.2 s -> 0.9 s for the actors)."""
    return _from(where).replace("FROM events e", "FROM events e CROSS JOIN participants p ON p.event_row = e.id", 1)


def actor_countries(db: Database, **filters: Any) -> list[tuple[str, int]]:
    """Matching events by the countries of their participants (an event of two countries counts for each)."""
    where, args = _where(filters)
    own = ["p.country IS NOT NULL"]
    base = _from_participants(where, own) if not where else _events_then_participants(where + own)
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
    own: list[str] = []
    if name:
        cond, a = query._contains(_WHO, name)
        own.append(cond)
        args = args + a
    base = _from_participants(where + own) if not where else _events_then_participants(where + own)
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
    "Timeline", "TimelineBucket", "TypeCount", "activity", "actor_countries", "actor_key",
    "actor_profile", "actors", "check_filters", "event_count", "event_page", "iter_event_pages", "network",
    "open_readonly", "parse_actor_key", "places", "timeline", "type_counts",
])
