"""Quotes: full-text search over their words, their speakers, dates and kinds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator, Literal

from .query_check import Many, as_list, known_filters
from .query_sql import (DateLike, _bindable, _contains, _date, _fold_fn, _in, _on_or_after, _on_or_before,
                        match_expression)
from .store.db import Database, opened

_many = as_list


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



QUOTE_FILTERS = ("speaker", "text", "since", "until", "article_id", "kind", "country", "sector")
_COLUMNS = ("q.article_id, q.quote_id, q.kind, q.text, q.speaker_name, q.speaker_id, q.speaker_text, q.cue, q.start, "
            "q.end, a.title, a.date, a.url, s.country, s.sector, s.wikidata, a.source")
# the resolved speaker: the first actor of the article with the quote's speaker id
_SPEAKER = ("LEFT JOIN actors s ON s.id = (SELECT min(x.id) FROM actors x WHERE x.article_id = q.article_id "
            "AND x.actor_id = q.speaker_id)")
TRIGRAM = 3  # the speaker index finds pieces of a name at least this long


def _speaker_match(needle: str) -> str | None:
    """The speaker index's query for ``needle``, where it can find every quote the exact test keeps.

    Its trigrams fold case at least as widely as LIKE does for ASCII, so for an ASCII needle of 3+
    characters it finds a superset of the matches (the exact test then decides); for shorter or
    other needles None: the exact test alone reads every quote.
    """
    if len(needle) < TRIGRAM or not needle.isascii():
        return None
    return '"' + needle.replace('"', '""') + '"'


def _quote_where(filters: dict[str, Any]) -> tuple[list[str], list[Any], str | None, bool]:
    """(conditions, their arguments, the full-text expression or None, whether the speaker actor is read)."""
    known_filters(filters, QUOTE_FILTERS, "quote")
    f = filters.get
    where: list[str] = []
    args: list[Any] = []
    expr = match_expression(f("text")) if f("text") is not None else None  # no words at all: no filter
    if expr is not None:
        where.append("quotes_fts MATCH ?")
        args.append(expr)
    if f("speaker"):
        if (found := _speaker_match(f("speaker"))) is not None:
            where.append("q.id IN (SELECT rowid FROM quotes_speaker_fts WHERE quotes_speaker_fts MATCH ?)")
            args.append(found)
        c1, a1 = _contains("q.speaker_name", f("speaker"))
        c2, a2 = _contains("q.speaker_text", f("speaker"))
        where.append(f"({c1} OR {c2})")
        args += a1 + a2
    speaker = False
    for key, column, case in (("kind", "q.kind", "lower"), ("country", "s.country", "upper"),
                              ("sector", "s.sector", "upper")):
        if values := _many(f(key), case):  # type: ignore[arg-type]
            where.append(_in(column, values))
            args += values
            speaker = speaker or column.startswith("s.")
    if (s := _date(f("since"))) is not None:
        where.append("a.date IS NOT NULL AND " + _on_or_after("a.date", "?"))
        args += [s] * where[-1].count("?")
    if (u := _date(f("until"))) is not None:
        where.append("a.date IS NOT NULL AND " + _on_or_before("a.date", "?"))
        args += [u] * where[-1].count("?")
    if f("article_id") is not None:
        where.append("q.article_id = ?")
        args.append(f("article_id"))
    return where, args, expr, speaker


def _source(expr: str | None, speaker: bool) -> str:
    source = "quotes q JOIN articles a ON a.id = q.article_id"
    if expr is not None:
        source = "quotes_fts f JOIN quotes q ON q.id = f.rowid JOIN articles a ON a.id = q.article_id"
    return source + (f" {_SPEAKER}" if speaker else "")


def _quote_sql(filters: dict[str, Any], order_by: Literal["rank", "article"] = "rank",
               direction: Literal["newest", "oldest"] = "newest") -> tuple[str, list[Any]]:
    """Every matching quote's columns, in order (for streaming)."""
    where, args, expr, _ = _quote_where(filters)
    order = f"a.date {'DESC' if direction == 'newest' else 'ASC'}, q.article_id, q.seq"
    if expr is not None and order_by == "rank":
        order = "f.rank, " + order
    sql = (f"SELECT {_COLUMNS} FROM {_source(expr, True)} " + (f"WHERE {' AND '.join(where)} " if where else "")
           + f"ORDER BY {order}")
    return sql, args


def _page_sql(where: list[str], args: list[Any], expr: str | None, by_speaker: bool, limit: int,
              offset: int) -> tuple[str, list[Any]]:
    """The ids of one page of quotes, in order.

    By words alone, every match is ranked once (bm25); the rank of the page's last row bounds the
    rows then joined to their articles and sorted in full, so a word in many quotes costs its
    ranking, not a join and sort of every match. Rows tied with that bound all take part: the
    order is exact. With other filters too, the matches are filtered, then sorted.
    """
    rest = where[1:] if expr is not None else where  # the MATCH comes first (_quote_where)
    if expr is None or rest:
        order = "a.date DESC, q.article_id, q.seq" if expr is None else "f.rank, a.date DESC, q.article_id, q.seq"
        sql = (f"SELECT q.id FROM {_source(expr, by_speaker)} " + (f"WHERE {' AND '.join(where)} " if where else "")
               + f"ORDER BY {order} LIMIT ? OFFSET ?")
        return sql, args + [limit, offset]
    sql = ("WITH ranked AS MATERIALIZED (SELECT rowid AS id, rank FROM quotes_fts WHERE quotes_fts MATCH ?) "
           "SELECT q.id FROM ranked r JOIN quotes q ON q.id = r.id JOIN articles a ON a.id = q.article_id "
           "WHERE r.rank <= COALESCE((SELECT rank FROM ranked ORDER BY rank LIMIT 1 OFFSET ?), 1e308) "
           "ORDER BY r.rank, a.date DESC, q.article_id, q.seq LIMIT ? OFFSET ?")
    return sql, [expr, offset + limit - 1, limit, offset]


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
    if not limit:
        with opened(db) as conn:
            _fold_fn(conn)
            sql, args = _quote_sql({k: v for k, v in filters.items() if v is not None})
            return [QuoteRow(*r) for r in conn.execute(sql, _bindable(args))]
    where, args, expr, by_speaker = _quote_where({k: v for k, v in filters.items() if v is not None})
    # the page's quotes are found first, sorted by keys alone; only they are then read in full
    # (their speaker actor above all: looking it up for every match before sorting cost most of the time)
    page_sql, page_args = _page_sql(where, args, expr, by_speaker, limit, offset)
    with opened(db) as conn:
        _fold_fn(conn)
        ids = [r[0] for r in conn.execute(page_sql, _bindable(page_args))]
        if not ids:
            return []
        rows = {r[0]: QuoteRow(*r[1:]) for r in conn.execute(
            f"SELECT q.id, {_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id {_SPEAKER} "
            f"WHERE q.id IN ({','.join('?' * len(ids))})", ids)}
    return [rows[i] for i in ids]


def iter_quotes(db: Database, *, order: Literal["newest", "oldest"] = "oldest", **filters: Any) -> Iterator[QuoteRow]:
    """Every quote matching ``filters`` (as for :func:`quotes`), by article date, streamed."""
    sql, args = _quote_sql({k: v for k, v in filters.items() if v is not None}, "article", order)
    with opened(db) as conn:
        _fold_fn(conn)
        for r in conn.execute(sql, _bindable(args)):
            yield QuoteRow(*r)


def quote_total(db: Database, **filters: Any) -> int:
    """How many quotes match ``filters`` (as for :func:`quotes`)."""
    where, args, expr, by_speaker = _quote_where({k: v for k, v in filters.items() if v is not None})
    sql = f"SELECT count(*) FROM {_source(expr, by_speaker)} " + (f"WHERE {' AND '.join(where)}" if where else "")
    with opened(db) as conn:
        _fold_fn(conn)
        return int(conn.execute(sql, _bindable(args)).fetchone()[0])


__all__ = ["QUOTE_FILTERS", "QuoteRow", "iter_quotes", "quote_total", "quotes"]
