"""Writing coded articles: one article and all its rows in one transaction.

``result_json`` holds the full, lossless record (:func:`tidings.schema.to_dict`); the other
tables are readable projections of it for SQL, full-text search and other SQLite tools.
Writing an article that is already stored replaces it: its old rows are deleted and the new
ones inserted in the same transaction, so a reader sees the old version or the new one,
never a mixture, and a crash in between leaves the old version in place.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Any, Iterable, Sequence

from ..schema import Actor, Article, ArticleResult, Event, Problem, Quote, to_dict
from .db import transaction


def _t(value: str | None) -> str | None:
    """Text SQLite can store: a lone surrogate (possible in Python strings, never in UTF-8) is escaped."""
    if value is None:
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value


def result_json(result: ArticleResult) -> str:
    """The lossless JSON of a result; readable UTF-8 where possible, ASCII escapes where it must be."""
    text = json.dumps(to_dict(result), ensure_ascii=False, separators=(",", ":"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # json.loads turns the \\udXXX escapes back into the same string
        text = json.dumps(to_dict(result), separators=(",", ":"))
    return text


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _unique(values: Iterable[str | None]) -> list[str]:
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return out


def _article_row(result: ArticleResult, coded_at: str) -> tuple[Any, ...]:
    a = result.article
    return (
        _t(a.id), a.date.isoformat() if a.date else None, _t(a.title), _t(a.source), _t(a.url), _t(a.language),
        _t(a.origin), _t(a.text), coded_at, _t(",".join(result.components)), _t(result.schema), result_json(result),
    )


def _actor_row(article_id: str, seq: int, a: Actor) -> tuple[Any, ...]:
    mentions = [{"start": m.span.start, "end": m.span.end, "text": m.span.text, "kind": m.kind} for m in a.mentions]
    return (
        article_id, seq, _t(a.id), _t(a.name), _t(a.kind), _t(a.country), _t(a.sector), _t(a.role), _t(a.wikidata),
        a.score, _t(a.provenance.rule) if a.provenance else None, _t(json.dumps(mentions, ensure_ascii=False)),
    )


def _quote_row(article_id: str, seq: int, q: Quote, names: dict[str, str]) -> tuple[Any, ...]:
    speaker_name = names.get(q.speaker, q.speaker_text) if q.speaker else q.speaker_text
    return (
        article_id, seq, _t(q.id), _t(q.kind), _t(q.text), q.span.start, q.span.end, _t(q.speaker),
        _t(speaker_name), _t(q.speaker_text), _t(q.cue), _t(q.provenance.rule) if q.provenance else None,
    )


def _event_row(article_id: str, seq: int, e: Event, actors: dict[str, Actor], day: str | None) -> tuple[Any, ...]:
    def names(ids: Sequence[str]) -> str:
        return "; ".join(actors[i].name if i in actors else i for i in ids)

    def countries(ids: Sequence[str]) -> str:
        return " ".join(_unique(actors[i].country for i in ids if i in actors))

    d, loc = e.date, e.location
    return (
        article_id, seq, _t(e.id), _t(e.event), _t(e.mode), _t(",".join(e.context)), e.quad, _t(e.cameo),
        e.intensity, _t(d.value) if d else None, _t(d.precision) if d else None, _t(d.raw) if d else None,
        _t(loc.name) if loc else None, _t(loc.country) if loc else None, loc.lat if loc else None,
        loc.lon if loc else None, loc.geonameid if loc else None,
        _t(json.dumps(list(e.actor), ensure_ascii=False)), _t(json.dumps(list(e.recipient), ensure_ascii=False)),
        _t(names(e.actor)), _t(names(e.recipient)), _t(countries(e.actor)), _t(countries(e.recipient)),
        _t(",".join(e.aux)), _t(e.evidence.text), e.evidence.start, e.evidence.end, _t(e.quote), e.confidence,
        _t(e.rule), _t(d.value) if d and d.value else day,
    )


_INSERT_ARTICLE = "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
_INSERT_ACTOR = ("INSERT INTO actors(article_id, seq, actor_id, name, kind, country, sector, role, wikidata, score, "
                 "rule, mentions_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
_INSERT_QUOTE = ("INSERT INTO quotes(article_id, seq, quote_id, kind, text, start, end, speaker_id, speaker_name, "
                 "speaker_text, cue, rule) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
_INSERT_EVENT = (
    "INSERT INTO events(article_id, seq, event_id, event, mode, context, quad, cameo, intensity, date, "
    "date_precision, date_raw, location, location_country, lat, lon, geonameid, actor_ids, recipient_ids, "
    "actor_names, recipient_names, actor_countries, recipient_countries, aux, evidence, evidence_start, "
    "evidence_end, quote_id, confidence, rule, day) VALUES (" + ",".join("?" * 31) + ")"
)
_INSERT_PARTICIPANT = ("INSERT INTO participants(event_row, article_id, side, actor_id, name, country, sector) "
                       "VALUES (?,?,?,?,?,?,?)")
_INSERT_PROBLEM = ("INSERT INTO problems(article_id, origin, code, message, component, recorded_at) "
                   "VALUES (?,?,?,?,?,?)")


def _insert(conn: sqlite3.Connection, result: ArticleResult, coded_at: str) -> None:
    aid = _t(result.article.id) or ""
    # an article coded now replaces its earlier version, and any "unreadable" note on its file
    conn.execute("DELETE FROM articles WHERE id = ?", (aid,))
    if result.article.origin:
        conn.execute("DELETE FROM problems WHERE article_id IS NULL AND origin = ?", (_t(result.article.origin),))
    conn.execute(_INSERT_ARTICLE, _article_row(result, coded_at))
    by_id = {a.id: a for a in result.actors}
    names = {a.id: a.name for a in result.actors}
    conn.executemany(_INSERT_ACTOR, [_actor_row(aid, i, a) for i, a in enumerate(result.actors)])
    conn.executemany(_INSERT_QUOTE, [_quote_row(aid, i, q, names) for i, q in enumerate(result.quotes)])
    day = result.article.date.isoformat() if result.article.date else None
    for i, e in enumerate(result.events):
        row = conn.execute(_INSERT_EVENT, _event_row(aid, i, e, by_id, day)).lastrowid
        parts = [(row, aid, side, _t(x), _t(by_id[x].name) if x in by_id else None,
                  _t(by_id[x].country) if x in by_id else None, _t(by_id[x].sector) if x in by_id else None)
                 for side, ids in (("actor", e.actor), ("recipient", e.recipient)) for x in ids]
        conn.executemany(_INSERT_PARTICIPANT, parts)
    conn.executemany(_INSERT_PROBLEM, [(aid, _t(p.origin), _t(p.code), _t(p.message), _t(p.component), coded_at)
                                       for p in result.problems])


def write_result(conn: sqlite3.Connection, result: ArticleResult, *, coded_at: str | None = None) -> None:
    """Store one coded article with all its rows in one transaction (replacing a stored version)."""
    with transaction(conn):
        _insert(conn, result, coded_at or _now())


def write_copy(conn: sqlite3.Connection, article: Article, original: str, *, similarity: float, reason: str,
               problems: tuple[Problem, ...] = (), coded_at: str | None = None) -> None:
    """Store a syndicated copy of the stored article ``original`` without coding it: the article (text,
    source, URL) with no records of its own, and the row saying whose coding it shares."""
    with transaction(conn):
        _insert(conn, ArticleResult(article=article, problems=problems), coded_at or _now())
        conn.execute("INSERT INTO article_copies(article_id, original, similarity, reason) VALUES (?, ?, ?, ?)",
                     (_t(article.id), _t(original), similarity, _t(reason)))


def write_problem(conn: sqlite3.Connection, problem: Problem) -> None:
    """Store the problem of a record that could not be read (no article), keyed by its origin.

    Reading the same unreadable file again replaces its earlier note instead of piling them up.
    """
    with transaction(conn):
        if problem.origin is not None:
            conn.execute("DELETE FROM problems WHERE article_id IS NULL AND origin = ? AND code = ?",
                         (_t(problem.origin), _t(problem.code)))
        conn.execute(_INSERT_PROBLEM, (None, _t(problem.origin), _t(problem.code), _t(problem.message),
                                       _t(problem.component), _now()))


def stored_ids(conn: sqlite3.Connection, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` are already stored (checked in chunks, within SQLite's variable limit)."""
    wanted = [_t(i) or "" for i in ids]
    found: set[str] = set()
    for k in range(0, len(wanted), 500):
        chunk = wanted[k:k + 500]
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in conn.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk))
    return found


def delete_article(conn: sqlite3.Connection, article_id: str) -> bool:
    """Remove one article and all its rows (cascade) in one transaction; False where it was not stored."""
    with transaction(conn):
        return conn.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount > 0


__all__ = ["delete_article", "result_json", "stored_ids", "write_copy", "write_problem", "write_result"]
