"""Reading merged events: one row per real-world event, its mentions on request.

The cross-article tables are written by :mod:`tidings.crossdoc` (``tidings events merge``, or
after each ingest batch). A store that was never merged has no rows here: :func:`merged_total`
says so, and the CLI tells people to run the merge.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from .errors import StoreError
from .store.db import Database, opened


class NotMerged(StoreError, LookupError):
    """No merged event with that id."""


@dataclass(frozen=True)
class MergedEvent:
    id: int
    event: str
    mode: str | None
    day: str | None
    first_seen: str | None
    last_seen: str | None
    n_mentions: int
    n_articles: int
    n_sources: int
    n_stories: int
    actor_names: str | None
    recipient_names: str | None
    location: str | None
    confidence: float | None
    reason: str | None
    locked: bool


@dataclass(frozen=True)
class EventMentionRow:
    merged_id: int
    event_row: int
    article_id: str
    title: str | None
    source: str | None
    url: str | None
    story_id: int | None
    article_date: str | None
    event: str
    mode: str | None
    day: str | None
    actor_names: str | None
    recipient_names: str | None
    location: str | None
    evidence: str
    confidence: float | None
    aux: str | None
    score: float | None
    reason: str | None


_COLUMNS = ("id, event, mode, day, first_seen, last_seen, n_mentions, n_articles, n_sources, n_stories, "
            "actor_names, recipient_names, location, confidence, reason, locked")


def _merged(row: tuple[Any, ...]) -> MergedEvent:
    return MergedEvent(*row[:-1], bool(row[-1]))


def merged_events(db: Database, *, event: str | None = None, since: str | None = None, until: str | None = None,
                  min_articles: int = 1, limit: int | None = None) -> list[MergedEvent]:
    """Merged events, newest first, filtered by type(s) (comma-separated), day range and article count."""
    where, args = ["n_articles >= ?"], [min_articles]
    if event:
        types = [t.strip().upper() for t in event.split(",") if t.strip()]
        where.append(f"event IN ({','.join('?' * len(types))})")
        args.extend(types)
    if since:
        where.append("day >= ?")
        args.append(since)
    if until:
        where.append("substr(day, 1, ?) <= ?")
        args.extend([len(until), until])
    sql = f"SELECT {_COLUMNS} FROM merged_events WHERE {' AND '.join(where)} ORDER BY day DESC, id DESC"
    if limit:
        sql += " LIMIT ?"
        args.append(limit)
    with opened(db) as conn:
        return [_merged(r) for r in conn.execute(sql, args)]


def merged_event(db: Database, merged_id: int) -> MergedEvent:
    with opened(db) as conn:
        row = conn.execute(f"SELECT {_COLUMNS} FROM merged_events WHERE id = ?", (merged_id,)).fetchone()
    if row is None:
        raise NotMerged(f"no merged event {merged_id} (run `tidings events merge`, or see `tidings events list`)")
    return _merged(row)


def merged_of(db: Database, article_id: str, event_id: str) -> MergedEvent | None:
    """The merged event a stored event is a mention of; None where it was not merged (yet)."""
    cols = ", ".join(f"g.{c.strip()}" for c in _COLUMNS.split(","))
    with opened(db) as conn:
        row = conn.execute(
            f"SELECT {cols} FROM events e JOIN event_mentions m ON m.event_row = e.id "
            "JOIN merged_events g ON g.id = m.merged_id WHERE e.article_id = ? AND e.event_id = ?",
            (article_id, event_id)).fetchone()
    return _merged(row) if row else None


def event_mentions(db: Database, merged_id: int) -> list[EventMentionRow]:
    """Every mention of one merged event: its article, evidence, confidence, flags and why it joined."""
    sql = """
    SELECT m.merged_id, m.event_row, m.article_id, a.title, a.source, a.url, sa.story_id, a.date, e.event, e.mode,
           e.day, e.actor_names, e.recipient_names, e.location, e.evidence, e.confidence, e.aux, m.score, m.reason
    FROM event_mentions m JOIN events e ON e.id = m.event_row JOIN articles a ON a.id = m.article_id
    LEFT JOIN story_articles sa ON sa.article_id = m.article_id
    WHERE m.merged_id = ? ORDER BY COALESCE(a.date, ''), m.article_id, e.seq"""
    with opened(db) as conn:
        return [EventMentionRow(*r) for r in conn.execute(sql, (merged_id,))]


def merged_total(db: Database) -> tuple[int, int]:
    """(merged events, events stored): how far the store's events have been merged."""
    with opened(db) as conn:
        return _total(conn)


def _total(conn: sqlite3.Connection) -> tuple[int, int]:
    merged = conn.execute("SELECT count(*) FROM merged_events").fetchone()[0]
    stored = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    return merged, stored


def story_counts(db: Database) -> tuple[int, int]:
    """(stories, articles placed in a story)."""
    with opened(db) as conn:
        stories = conn.execute("SELECT count(DISTINCT story_id) FROM story_articles").fetchone()[0]
        placed = conn.execute("SELECT count(*) FROM story_articles").fetchone()[0]
    return stories, placed


__all__ = ["EventMentionRow", "MergedEvent", "NotMerged", "event_mentions", "merged_event", "merged_events",
           "merged_of", "merged_total", "story_counts"]
