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

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from typing import Any, Iterator, Literal, Sequence

from .errors import StoreError
from .query_check import EVENT_FILTERS, InvalidFilter, Many, as_list, normalise_event_filters, parse_when  # noqa: F401
from .schema import ArticleResult, from_dict
from .store.db import Database, opened


class NotFound(StoreError, LookupError):
    """The requested article is not in the store."""

    code = "store.not_found"


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


@dataclass(frozen=True)
class QuoteRow:
    """One stored quote with its speaker's name and its article."""

    article_id: str
    quote_id: str
    kind: str
    text: str
    speaker: str | None  # the resolved actor's name, else the text naming the speaker
    speaker_id: str | None
    speaker_text: str | None
    cue: str | None
    start: int | None
    end: int | None
    title: str | None
    article_date: str | None
    url: str | None
    speaker_country: str | None = None  # additions: the resolved speaker's country, sector and Wikidata id
    speaker_sector: str | None = None
    speaker_wikidata: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class ArticleRow:
    article_id: str
    date: str | None
    title: str | None
    source: str | None
    url: str | None
    origin: str | None
    coded_at: str
    events: int
    quotes: int
    problems: int


@dataclass(frozen=True)
class ProblemRow:
    article_id: str | None  # None for a record that could not be read at all
    origin: str | None
    code: str
    message: str
    component: str | None
    recorded_at: str


@dataclass(frozen=True)
class StoreSummary:
    articles: int
    events: int
    quotes: int
    actors: int
    problems: int
    unreadable: int
    first_date: str | None
    last_date: str | None
    migrations: tuple[str, ...]


DateLike = dt.date | str | None


def _date(value: DateLike) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _bindable(args: list[Any]) -> list[Any]:
    """User text as SQLite can bind it: lone surrogates (from undecodable argv bytes) become U+FFFD."""
    return [a.encode("utf-16", "surrogatepass").decode("utf-16", "replace") if isinstance(a, str) else a
            for a in args]


def match_expression(words: str) -> str | None:
    """FTS5 syntax that matches every word of ``words`` (in any order), whatever characters they hold.

    Each whitespace-separated word becomes a quoted phrase, so quotes, ``AND``/``OR``/``NOT``,
    ``NEAR``, parentheses, colons and hyphens are searched for as text, never obeyed. A trailing
    ``*`` keeps its meaning of "words starting with". ``None`` when there is no word at all.
    """
    terms = []
    for word in words.replace("\x00", " ").split():
        prefix = len(word) > 1 and word.endswith("*")
        core = word.rstrip("*") if prefix else word
        terms.append('"' + core.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(terms) or None


def _contains(column: str, needle: str) -> tuple[str, list[Any]]:
    """Case-insensitive substring test; LIKE (fast) for ASCII needles, Unicode case folding otherwise."""
    if needle.isascii():
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return f"{column} LIKE ? ESCAPE '\\'", [f"%{escaped}%"]
    return f"instr(tidings_fold({column}), ?) > 0", [needle.casefold()]


def _on_or_after(expr: str, bound: str) -> str:
    return f"substr({expr}, 1, min(length({expr}), length({bound}))) >= substr({bound}, 1, min(length({expr}), length({bound})))"


def _on_or_before(expr: str, bound: str) -> str:
    return f"substr({expr}, 1, min(length({expr}), length({bound}))) <= substr({bound}, 1, min(length({expr}), length({bound})))"


def _fold_fn(conn: sqlite3.Connection) -> None:
    # connections made elsewhere (tests, notebooks) lack the folding function the filters use
    conn.create_function("tidings_fold", 1, lambda v: v.casefold() if isinstance(v, str) else None,
                         deterministic=True)


_DAY = "e.day"  # the event's own date, else its article's (stored at write time)
_many = as_list


def _in(expr: str, values: list[Any]) -> str:
    return f"{expr} IN ({','.join('?' * len(values))})"


def _flag(column: str, values: list[str]) -> tuple[str, list[Any]]:
    """Any of ``values`` among the comma-joined flags of ``column``; the value ``none`` means no flag at all."""
    conds, args = [], []
    for v in values:
        if v == "none":
            conds.append(f"COALESCE({column}, '') = ''")
        else:
            conds.append(f"instr(',' || COALESCE({column}, '') || ',', ?) > 0")
            args.append(f",{v},")
    return "(" + " OR ".join(conds) + ")", args


def _where(filters: dict[str, Any]) -> tuple[list[str], list[Any]]:
    unknown = sorted(set(filters) - set(EVENT_FILTERS))
    if unknown:
        raise TypeError(f"unknown event filter(s): {', '.join(unknown)}")
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


def _split(value: str | None, sep: str) -> tuple[str, ...]:
    return tuple(x for x in (value or "").split(sep) if x)


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


def _named(cursor: sqlite3.Cursor, rows: list[Any]) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description or ()]
    return [dict(zip(names, r)) for r in rows]


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


QUOTE_FILTERS = ("speaker", "text", "since", "until", "article_id", "kind", "country", "sector")


def _quote_sql(filters: dict[str, Any], order_by: Literal["rank", "article"] = "rank",
               direction: Literal["newest", "oldest"] = "newest") -> tuple[str, list[Any]]:
    unknown = sorted(set(filters) - set(QUOTE_FILTERS))
    if unknown:
        raise TypeError(f"unknown quote filter(s): {', '.join(unknown)}")
    f = filters.get
    where: list[str] = []
    args: list[Any] = []
    source = ("quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN actors s ON s.id = (SELECT min(x.id) "
              "FROM actors x WHERE x.article_id = q.article_id AND x.actor_id = q.speaker_id)")
    order = f"a.date {'DESC' if direction == 'newest' else 'ASC'}, q.article_id, q.seq"
    if f("text") is not None and (expr := match_expression(f("text"))) is not None:  # no words at all: no filter
        source = "quotes_fts f JOIN " + source.replace("q.article_id LEFT", "q.article_id AND q.id = f.rowid LEFT", 1)
        where.append("quotes_fts MATCH ?")
        args.append(expr)
        if order_by == "rank":
            order = "f.rank, " + order
    if f("speaker"):
        c1, a1 = _contains("q.speaker_name", f("speaker"))
        c2, a2 = _contains("q.speaker_text", f("speaker"))
        where.append(f"({c1} OR {c2})")
        args += a1 + a2
    for key, column, case in (("kind", "q.kind", "lower"), ("country", "s.country", "upper"),
                              ("sector", "s.sector", "upper")):
        if values := _many(f(key), case):  # type: ignore[arg-type]
            where.append(_in(column, values))
            args += values
    if (s := _date(f("since"))) is not None:
        where.append("a.date IS NOT NULL AND " + _on_or_after("a.date", "?"))
        args += [s] * where[-1].count("?")
    if (u := _date(f("until"))) is not None:
        where.append("a.date IS NOT NULL AND " + _on_or_before("a.date", "?"))
        args += [u] * where[-1].count("?")
    if f("article_id") is not None:
        where.append("q.article_id = ?")
        args.append(f("article_id"))
    sql = (f"SELECT q.article_id, q.quote_id, q.kind, q.text, q.speaker_name, q.speaker_id, q.speaker_text, "
           f"q.cue, q.start, q.end, a.title, a.date, a.url, s.country, s.sector, s.wikidata, a.source FROM {source} "
           + (f"WHERE {' AND '.join(where)} " if where else "") + f"ORDER BY {order}")
    return sql, args


def quotes(
    db: Database,
    *,
    speaker: str | None = None,
    text: str | None = None,
    since: DateLike = None,
    until: DateLike = None,
    article_id: str | None = None,
    limit: int | None = 100,
    offset: int = 0,
    kind: Many = None,
    country: Many = None,
    sector: Many = None,
) -> list[QuoteRow]:
    """Quotes whose words match ``text`` (full-text, best match first) and whose speaker matches.

    ``speaker``: case-insensitive substring of the resolved speaker name or of the speaker text;
    ``kind``: direct, partial, indirect (one or several); ``country``/``sector``: the speaker's.
    """
    filters = dict(speaker=speaker, text=text, since=since, until=until, article_id=article_id, kind=kind,
                   country=country, sector=sector)
    sql, args = _quote_sql({k: v for k, v in filters.items() if v is not None})
    if limit:
        sql += " LIMIT ? OFFSET ?"
        args += [limit, offset]
    with opened(db) as conn:
        _fold_fn(conn)
        return [QuoteRow(*r) for r in conn.execute(sql, _bindable(args))]


def iter_quotes(db: Database, *, order: Literal["newest", "oldest"] = "oldest", **filters: Any) -> Iterator[QuoteRow]:
    """Every quote matching ``filters`` (as for :func:`quotes`), by article date, streamed."""
    sql, args = _quote_sql({k: v for k, v in filters.items() if v is not None}, "article", order)
    with opened(db) as conn:
        _fold_fn(conn)
        for r in conn.execute(sql, _bindable(args)):
            yield QuoteRow(*r)


def quote_total(db: Database, **filters: Any) -> int:
    """How many quotes match ``filters`` (as for :func:`quotes`)."""
    sql, args = _quote_sql({k: v for k, v in filters.items() if v is not None}, "article")
    with opened(db) as conn:
        _fold_fn(conn)
        return int(conn.execute(f"SELECT count(*) FROM ({sql})", _bindable(args)).fetchone()[0])


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


def load_result(db: Database, article_id: str) -> ArticleResult:
    """The full record of one stored article, exactly as it was written (raises :class:`NotFound`)."""
    try:
        article_id.encode("utf-8")
    except UnicodeEncodeError:  # stored as the writer stores it: lone surrogates escaped
        article_id = article_id.encode("utf-8", "backslashreplace").decode("utf-8")
    with opened(db) as conn:
        row = conn.execute("SELECT result_json FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        raise NotFound(f"no article {article_id!r} in the store")
    return from_dict(ArticleResult, json.loads(row[0]))


def iter_results(db: Database, *, since: DateLike = None, until: DateLike = None) -> Iterator[ArticleResult]:
    """Every stored article (optionally within publication dates), oldest first, streamed."""
    where, args = [], []
    if (s := _date(since)) is not None:
        where.append("date >= ?")
        args.append(s)
    if (u := _date(until)) is not None:
        where.append("substr(date, 1, length(?)) <= ?")
        args += [u, u]
    sql = "SELECT result_json FROM articles " + (f"WHERE {' AND '.join(where)} " if where else "") + "ORDER BY date, id"
    with opened(db) as conn:
        for (data,) in conn.execute(sql, _bindable(args)):
            yield from_dict(ArticleResult, json.loads(data))


def articles(db: Database, *, since: DateLike = None, until: DateLike = None, limit: int | None = 100,
             offset: int = 0) -> list[ArticleRow]:
    """Stored articles, newest first, with their record counts."""
    where, args = [], []
    if (s := _date(since)) is not None:
        where.append("a.date >= ?")
        args.append(s)
    if (u := _date(until)) is not None:
        where.append("substr(a.date, 1, length(?)) <= ?")
        args += [u, u]
    sql = ("SELECT a.id, a.date, a.title, a.source, a.url, a.origin, a.coded_at, "
           "(SELECT count(*) FROM events WHERE article_id = a.id), (SELECT count(*) FROM quotes WHERE article_id = a.id), "
           "(SELECT count(*) FROM problems WHERE article_id = a.id) FROM articles a "
           + (f"WHERE {' AND '.join(where)} " if where else "") + "ORDER BY a.date DESC, a.id")
    if limit:
        sql += " LIMIT ? OFFSET ?"
        args += [limit, offset]
    with opened(db) as conn:
        return [ArticleRow(*r) for r in conn.execute(sql, _bindable(args))]


def _problem_sql(code: str | None, unreadable_only: bool, article_id: str | None) -> tuple[str, list[Any]]:
    where, args = [], []
    if code:
        where.append("p.code = ?")
        args.append(code)
    if unreadable_only:
        where.append("p.article_id IS NULL")
    if article_id is not None:
        where.append("p.article_id = ?")
        args.append(article_id)
    sql = ("SELECT p.article_id, COALESCE(p.origin, a.origin), p.code, p.message, p.component, p.recorded_at "
           "FROM problems p LEFT JOIN articles a ON a.id = p.article_id "
           + (f"WHERE {' AND '.join(where)} " if where else "") + "ORDER BY p.id DESC")
    return sql, args


def problems(db: Database, *, code: str | None = None, unreadable_only: bool = False,
             limit: int | None = 100, article_id: str | None = None, offset: int = 0) -> list[ProblemRow]:
    """Stored problems, most recent first; ``unreadable_only`` keeps those of records with no article.

    ``origin`` is where the record was read from (file and line): the problem's own, else its article's.
    """
    sql, args = _problem_sql(code, unreadable_only, article_id)
    if limit:
        sql += " LIMIT ? OFFSET ?"
        args += [limit, offset]
    with opened(db) as conn:
        return [ProblemRow(*r) for r in conn.execute(sql, _bindable(args))]


def problem_total(db: Database, *, code: str | None = None, unreadable_only: bool = False,
                  article_id: str | None = None) -> int:
    """How many stored problems :func:`problems` would list without a limit."""
    sql, args = _problem_sql(code, unreadable_only, article_id)
    with opened(db) as conn:
        return int(conn.execute(f"SELECT count(*) FROM ({sql})", _bindable(args)).fetchone()[0])


# the stored tables as flat rows, for exports of the whole store (no user text reaches this SQL)
_TABLE_SQL = {
    "articles": ("SELECT id AS article_id, date, title, source, url, language, origin, coded_at, components, "
                 "schema, text FROM articles"),
    "actors": ("SELECT article_id, actor_id, name, kind, country, sector, role, wikidata, score, rule, "
               "json_array_length(mentions_json) AS mentions FROM actors"),
    "mentions": ("SELECT ac.article_id, ac.actor_id, json_extract(m.value, '$.start') AS start, "
                 "json_extract(m.value, '$.end') AS end, json_extract(m.value, '$.text') AS text, "
                 "json_extract(m.value, '$.kind') AS kind FROM actors ac, json_each(ac.mentions_json) m"),
    "participants": ("SELECT e.article_id, e.event_id, p.side, p.actor_id, p.name, p.country, p.sector "
                     "FROM participants p JOIN events e ON e.id = p.event_row"),
    "problems": "SELECT article_id, origin, code, message, component, recorded_at FROM problems",
}
_TABLE_ORDER = {"articles": "date, id", "actors": "id", "mentions": "ac.id, m.key", "participants": "p.rowid",
                "problems": "id"}
_TABLE_DATE = {"articles": "date", "actors": "(SELECT date FROM articles WHERE id = article_id)",
               "mentions": "(SELECT date FROM articles WHERE id = ac.article_id)",
               "participants": "(SELECT date FROM articles WHERE id = e.article_id)",
               "problems": "(SELECT date FROM articles WHERE id = article_id)"}
TABLES = tuple(_TABLE_SQL)


def iter_rows(db: Database, table: str, *, since: DateLike = None, until: DateLike = None) -> Iterator[dict[str, Any]]:
    """Every row of a stored ``table`` (one of :data:`TABLES`) as a dict, streamed; ``since``/``until``
    keep the rows of articles published within those dates."""
    if table not in _TABLE_SQL:
        raise ValueError(f"no table {table!r}; one of: {', '.join(TABLES)}")
    where, args = [], []
    for bound, test in ((since, _on_or_after), (until, _on_or_before)):
        if (b := _date(bound)) is not None:
            expr = _TABLE_DATE[table]
            where.append(f"{expr} IS NOT NULL AND " + test(expr, "?"))
            args += [b] * where[-1].count("?")
    sql = _TABLE_SQL[table] + (f" WHERE {' AND '.join(where)}" if where else "") + f" ORDER BY {_TABLE_ORDER[table]}"
    with opened(db) as conn:
        cursor = conn.execute(sql, _bindable(args))
        names = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(names, row))


def summary(db: Database) -> StoreSummary:
    """Counts of everything stored, the span of article dates and the applied migrations."""
    with opened(db) as conn:
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        first, last = conn.execute("SELECT min(date), max(date) FROM articles").fetchone()
        return StoreSummary(
            articles=one("SELECT count(*) FROM articles"), events=one("SELECT count(*) FROM events"),
            quotes=one("SELECT count(*) FROM quotes"), actors=one("SELECT count(*) FROM actors"),
            problems=one("SELECT count(*) FROM problems"),
            unreadable=one("SELECT count(*) FROM problems WHERE article_id IS NULL"),
            first_date=first, last_date=last,
            migrations=tuple(r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY rowid")),
        )


__all__ = sorted([
    "ArticleRow", "EVENT_FILTERS", "EventRow", "InvalidFilter", "NotFound", "Participant", "ProblemRow",
    "QUOTE_FILTERS", "QuoteRow", "StoreSummary", "articles", "check_event_filters", "count_events", "event_total",
    "events", "iter_events", "iter_quotes", "iter_results", "load_result", "match_expression", "parse_when",
    "iter_rows", "problem_total", "problems", "quote_total", "quotes", "summary", "TABLES",
])
