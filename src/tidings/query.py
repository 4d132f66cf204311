"""The one read path: every surface (CLI, REST API, dashboard) reads the store through here.

Functions take ``db`` - an open connection from :func:`tidings.store.connect`, or a path -
and return schema records (:func:`load_result`, :func:`iter_results`) or small frozen rows
(:class:`EventRow`, :class:`QuoteRow`, ...) that the surfaces format. No SQL lives anywhere
else. User text never becomes SQL or FTS syntax: filters are bound parameters and words for
full-text search are quoted term by term (:func:`match_expression`).

Dates: an event's day is its own resolved date where it has one, else its article's date.
``since``/``until`` compare at the precision of the stored value, so an event dated only
"2025-09" is inside ``since=2025-09-05`` (the month overlaps the range).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from typing import Any, Iterator, Literal, Sequence

from .errors import StoreError
from .schema import ArticleResult, from_dict
from .store.db import Database, opened


class NotFound(StoreError, LookupError):
    """The requested article is not in the store."""

    code = "store.not_found"


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


def _event_filters(
    actor: str | None, country: str | None, event: str | Sequence[str] | None, mode: str | None,
    since: DateLike, until: DateLike, text: str | None, article_id: str | None,
    min_confidence: float | None = None,
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    args: list[Any] = []
    if min_confidence:
        where.append("e.confidence >= ?")
        args.append(float(min_confidence))
    if actor:
        cond, a = _contains("p.name", actor)
        where.append(f"e.id IN (SELECT p.event_row FROM participants p WHERE {cond})")
        args += a
    if country:
        where.append("e.id IN (SELECT event_row FROM participants WHERE country = ?)")
        args.append(country.strip().upper())
    if event:
        types = [event] if isinstance(event, str) else list(event)
        types = [t.strip().upper() for x in types for t in x.split(",") if t.strip()]
        where.append(f"e.event IN ({','.join('?' * len(types))})")
        args += types
    if mode:
        where.append("e.mode = ?")
        args.append(mode.strip().lower())
    if (s := _date(since)) is not None:
        where.append(f"{_DAY} IS NOT NULL AND " + _on_or_after(_DAY, "?"))
        args += [s] * where[-1].count("?")
        if s[:4].isdigit():  # a coarse range on the indexed column first; the exact test above decides
            where.append(f"{_DAY} >= ?")
            args.append(s[:4])
    if (u := _date(until)) is not None:
        where.append(f"{_DAY} IS NOT NULL AND " + _on_or_before(_DAY, "?"))
        args += [u] * where[-1].count("?")
        if u[:4].isdigit() and len(u[:4]) == 4 and u[:4] != "9999":
            where.append(f"{_DAY} < ?")
            args.append(f"{int(u[:4]) + 1:04d}")
    if text is not None and (expr := match_expression(text)) is not None:
        where.append("e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
        args.append(expr)
    if article_id is not None:
        where.append("e.article_id = ?")
        args.append(article_id)
    return where, args


def _split(value: str | None, sep: str) -> tuple[str, ...]:
    return tuple(x for x in (value or "").split(sep) if x)


def events(
    db: Database,
    *,
    actor: str | None = None,
    country: str | None = None,
    event: str | Sequence[str] | None = None,
    mode: str | None = None,
    since: DateLike = None,
    until: DateLike = None,
    text: str | None = None,
    article_id: str | None = None,
    min_confidence: float | None = None,
    order: Literal["newest", "oldest"] = "newest",
    limit: int | None = 100,
    offset: int = 0,
) -> list[EventRow]:
    """Events matching every given filter.

    ``actor``: case-insensitive substring of an actor's or recipient's name; ``country``: ISO3
    of an actor or recipient; ``event``: PLOVER type(s); ``text``: words in the evidence;
    ``min_confidence``: leave out events less likely to be right (None: every stored event).
    ``limit=None`` (or 0) returns all.
    """
    where, args = _event_filters(actor, country, event, mode, since, until, text, article_id, min_confidence)
    direction = "DESC" if order == "newest" else "ASC"
    sql = (
        f"SELECT e.*, a.title AS title, a.date AS article_date, a.url AS url "
        f"FROM events e JOIN articles a ON a.id = e.article_id "
        + (f"WHERE {' AND '.join(where)} " if where else "")
        + f"ORDER BY e.day {direction}, e.article_id, e.seq"
    )
    if limit:
        sql += " LIMIT ? OFFSET ?"
        args += [limit, offset]
    with opened(db) as conn:
        _fold_fn(conn)
        before, conn.row_factory = conn.row_factory, sqlite3.Row
        try:
            rows = conn.execute(sql, _bindable(args)).fetchall()
            people = _participants(conn, [r["id"] for r in rows])
        finally:
            conn.row_factory = before
    return [_event_row(r, people.get(r["id"], {})) for r in rows]


def _participants(conn: sqlite3.Connection, event_rows: list[int]) -> dict[int, dict[str, list[tuple[str, str | None]]]]:
    out: dict[int, dict[str, list[tuple[str, str | None]]]] = {}
    for k in range(0, len(event_rows), 500):
        chunk = event_rows[k:k + 500]
        sql = (f"SELECT event_row, side, COALESCE(name, actor_id), country FROM participants "
               f"WHERE event_row IN ({','.join('?' * len(chunk))}) ORDER BY rowid")
        for row, side, name, country in conn.execute(sql, chunk):
            out.setdefault(row, {}).setdefault(side, []).append((name, country))
    return out


def _countries(people: list[tuple[str, str | None]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(c for _, c in people if c))


def _event_row(r: sqlite3.Row, people: dict[str, list[tuple[str, str | None]]]) -> EventRow:
    acts, recs = people.get("actor", []), people.get("recipient", [])
    return EventRow(
        article_id=r["article_id"], event_id=r["event_id"], event=r["event"], mode=r["mode"], day=r["day"],
        date=r["date"], date_precision=r["date_precision"], actors=tuple(n for n, _ in acts),
        actor_countries=_countries(acts), recipients=tuple(n for n, _ in recs), recipient_countries=_countries(recs),
        location=r["location"], location_country=r["location_country"], quad=r["quad"], cameo=r["cameo"],
        intensity=r["intensity"], aux=_split(r["aux"], ","), context=_split(r["context"], ","),
        evidence=r["evidence"], evidence_start=r["evidence_start"], evidence_end=r["evidence_end"],
        quote_id=r["quote_id"], confidence=r["confidence"], rule=r["rule"], title=r["title"],
        article_date=r["article_date"], url=r["url"],
    )


def count_events(
    db: Database, by: Literal["event", "country", "day", "month", "quad"] = "event", **filters: Any,
) -> list[tuple[str | None, int]]:
    """Event counts grouped ``by`` a field, largest first (by day/month: in date order); same filters as :func:`events`."""
    keys = {"event": "e.event", "quad": "CAST(e.quad AS TEXT)", "day": _DAY, "month": f"substr({_DAY}, 1, 7)"}
    where, args = _event_filters(filters.get("actor"), filters.get("country"), filters.get("event"),
                                 filters.get("mode"), filters.get("since"), filters.get("until"),
                                 filters.get("text"), filters.get("article_id"), filters.get("min_confidence"))
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
) -> list[QuoteRow]:
    """Quotes whose words match ``text`` (full-text, best match first) and whose speaker matches.

    ``speaker``: case-insensitive substring of the resolved speaker name or of the speaker text.
    """
    where: list[str] = []
    args: list[Any] = []
    source = "quotes q JOIN articles a ON a.id = q.article_id"
    order = "a.date DESC, q.article_id, q.seq"
    if text is not None and (expr := match_expression(text)) is not None:  # no words at all: no filter
        source = "quotes_fts f JOIN quotes q ON q.id = f.rowid JOIN articles a ON a.id = q.article_id"
        where.append("quotes_fts MATCH ?")
        args.append(expr)
        order = "f.rank, " + order
    if speaker:
        c1, a1 = _contains("q.speaker_name", speaker)
        c2, a2 = _contains("q.speaker_text", speaker)
        where.append(f"({c1} OR {c2})")
        args += a1 + a2
    if (s := _date(since)) is not None:
        where.append("a.date IS NOT NULL AND " + _on_or_after("a.date", "?"))
        args += [s] * where[-1].count("?")
    if (u := _date(until)) is not None:
        where.append("a.date IS NOT NULL AND " + _on_or_before("a.date", "?"))
        args += [u] * where[-1].count("?")
    if article_id is not None:
        where.append("q.article_id = ?")
        args.append(article_id)
    sql = (f"SELECT q.article_id, q.quote_id, q.kind, q.text, q.speaker_name, q.speaker_id, q.speaker_text, "
           f"q.cue, q.start, q.end, a.title, a.date, a.url FROM {source} "
           + (f"WHERE {' AND '.join(where)} " if where else "") + f"ORDER BY {order}")
    if limit:
        sql += " LIMIT ? OFFSET ?"
        args += [limit, offset]
    with opened(db) as conn:
        _fold_fn(conn)
        return [QuoteRow(*r) for r in conn.execute(sql, _bindable(args))]


def load_result(db: Database, article_id: str) -> ArticleResult:
    """The full record of one stored article, exactly as it was written (raises :class:`NotFound`)."""
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


def problems(db: Database, *, code: str | None = None, unreadable_only: bool = False,
             limit: int | None = 100) -> list[ProblemRow]:
    """Stored problems, most recent first; ``unreadable_only`` keeps those of records with no article."""
    where, args = [], []
    if code:
        where.append("code = ?")
        args.append(code)
    if unreadable_only:
        where.append("article_id IS NULL")
    sql = ("SELECT article_id, origin, code, message, component, recorded_at FROM problems "
           + (f"WHERE {' AND '.join(where)} " if where else "") + "ORDER BY id DESC")
    if limit:
        sql += " LIMIT ?"
        args.append(limit)
    with opened(db) as conn:
        return [ProblemRow(*r) for r in conn.execute(sql, _bindable(args))]


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
    "ArticleRow", "EventRow", "NotFound", "ProblemRow", "QuoteRow", "StoreSummary", "articles", "count_events",
    "events", "iter_results", "load_result", "match_expression", "problems", "quotes", "summary",
])
