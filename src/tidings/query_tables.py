"""Whole stored articles and problems, and every stored table as flat rows (exports, the CLI)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterator

from .query_sql import DateLike, NotFound, _bindable, _date, _on_or_after, _on_or_before
from .schema import ArticleResult, from_dict
from .store.db import Database, opened

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
    "ArticleRow", "ProblemRow", "StoreSummary", "TABLES", "articles", "iter_results", "iter_rows", "load_result",
    "problem_total", "problems", "summary",
])
