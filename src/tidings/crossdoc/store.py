"""Cross-article stories and events in the store: build, extend, undo.

:func:`update_stories` puts every article not yet in a story into one (new articles join stories
stored earlier). :func:`merge_events` puts every stored event not yet in a merged event into one,
reading the merged events already stored, so ingesting in batches extends them; ``rebuild=True``
starts again from the coded events, keeping what people split. :func:`split_event` undoes a merge:
each mention becomes an event of its own that nothing joins later, and the decision is stored.
Each runs in one transaction: a failure leaves the store as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from typing import Iterator

from ..errors import StoreError, TidingsError
from ..store.db import transaction
from .match import Entity, EventIndex, EventMention, MatchConfig, parse_period_start
from .stories import StoryIndex, StoryMatch, from_bytes, normalize_url, signature, to_bytes


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


@dataclass
class MergeStats:
    stories_new: int = 0
    articles_placed: int = 0
    mentions_added: int = 0
    events_new: int = 0
    events_joined: int = 0

    def summary(self) -> str:
        return (f"{self.articles_placed} articles placed in stories ({self.stories_new} new stories); "
                f"{self.mentions_added} event mentions merged: {self.events_joined} joined an event, "
                f"{self.events_new} new events")


_UNPLACED = "SELECT 1 FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles) LIMIT 1"
_UNMERGED = "SELECT 1 FROM events WHERE id NOT IN (SELECT event_row FROM event_mentions) LIMIT 1"
_EMPTIED = "SELECT 1 FROM merged_events WHERE id NOT IN (SELECT merged_id FROM event_mentions) LIMIT 1"
# merged events whose mention count no longer counts their syndicated copies (copies stored or deleted since)
_STALE = """
SELECT me.id FROM merged_events me
WHERE me.n_mentions != (SELECT count(*) FROM event_mentions m WHERE m.merged_id = me.id)
    + (SELECT count(*) FROM event_mentions m JOIN article_copies c ON c.original = m.article_id
       WHERE m.merged_id = me.id)
"""


def update_stories(conn: sqlite3.Connection, *, threshold: float = 0.5, stats: MergeStats | None = None) -> MergeStats:
    """Place every article that is in no story yet, oldest first."""
    stats = stats or MergeStats()
    index = StoryIndex(threshold)
    with transaction(conn):
        conn.execute("DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM story_articles)")
        if not conn.execute(_UNPLACED).fetchone():  # nothing new: no need to load the stored signatures
            return stats
        story_of: dict[str, int] = {}
        for aid, story, key, sig in conn.execute(
                "SELECT article_id, story_id, url_key, signature FROM story_articles ORDER BY rowid"):
            index.place(aid, story, key, from_bytes(sig) if sig else None)
            story_of[aid] = story
        fresh = conn.execute(
            "SELECT a.id, a.url, a.text, c.original FROM articles a LEFT JOIN article_copies c ON c.article_id = a.id "
            "WHERE a.id NOT IN (SELECT article_id FROM story_articles) "
            "ORDER BY COALESCE(a.date, ''), a.id").fetchall()
        for aid, url, text, original in fresh:
            if original in story_of:  # a syndicated copy joins its original's story, whatever LSH would find
                key, sig = normalize_url(url), signature(text or "")
                found = StoryMatch(story_of[original], 1.0, f"copy of {original}")
                index.place(aid, found.story, key, sig)
            else:
                found, sig, key = index.add(aid, url, text or "")
            story_of[aid] = found.story
            if found.reason == "first copy":
                conn.execute("INSERT INTO stories(id, first_article, created_at) VALUES (?, ?, ?)",
                             (found.story, aid, _now()))
                stats.stories_new += 1
            conn.execute("INSERT INTO story_articles(article_id, story_id, url_key, similarity, reason, signature) "
                         "VALUES (?, ?, ?, ?, ?, ?)",
                         (aid, found.story, key, found.similarity, found.reason, to_bytes(sig) if sig else None))
            stats.articles_placed += 1
    return stats


_MENTIONS = """
SELECT e.id, e.article_id, e.event, e.mode, e.date, e.date_precision, a.date, e.actor_ids, e.recipient_ids,
       e.location, e.location_country, e.lat, e.lon, e.evidence, sa.story_id, a.source, e.confidence
FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN story_articles sa ON sa.article_id = e.article_id
{where}
ORDER BY COALESCE(a.date, ''), e.article_id, e.seq
"""


def _entities(ids_json: str, actors: dict[str, Entity]) -> tuple[Entity, ...]:
    try:
        ids = json.loads(ids_json or "[]")
    except ValueError:
        return ()
    return tuple(actors[i] for i in ids if i in actors)


def _actors_of(conn: sqlite3.Connection, article_id: str) -> dict[str, Entity]:
    out = {}
    for actor_id, name, kind, country, wikidata in conn.execute(
            "SELECT actor_id, name, kind, country, wikidata FROM actors WHERE article_id = ?", (article_id,)):
        key = f"wd:{wikidata}" if wikidata else f"name:{' '.join(name.casefold().split())}|{country or ''}"
        out[actor_id] = Entity(key, name, kind, country)
    return out


def read_mentions(conn: sqlite3.Connection, where: str = "", params: tuple = ()) -> Iterator[EventMention]:
    """Stored events as mention records, in merge order (article day, article, event)."""
    cache: tuple[str, dict[str, Entity]] | None = None
    for (row, aid, event, mode, date, precision, adate, actor_ids, recipient_ids, place, pcountry, lat, lon,
         evidence, story, source, confidence) in conn.execute(_MENTIONS.format(where=where), params).fetchall():
        if cache is None or cache[0] != aid:
            cache = (aid, _actors_of(conn, aid))
        day = parse_period_start(date) if date and precision else None
        if day is None and adate:
            day, precision = parse_period_start(adate), "article"
        yield EventMention(
            ref=row, article_id=aid, event=event, mode=mode, day=day, precision=precision if day else None,
            actors=_entities(actor_ids, cache[1]), recipients=_entities(recipient_ids, cache[1]),
            place=place, place_country=pcountry, lat=lat, lon=lon, evidence=evidence or "", story=story,
            source=source, confidence=confidence if confidence is not None else 0.5)


def _load_index(conn: sqlite3.Connection, cfg: MatchConfig) -> EventIndex:
    index = EventIndex(cfg)
    placed = dict(conn.execute("SELECT m.event_row, m.merged_id FROM event_mentions m"))
    locked = {r[0] for r in conn.execute("SELECT id FROM merged_events WHERE locked = 1")}
    if placed:
        for m in read_mentions(conn, "WHERE e.id IN (SELECT event_row FROM event_mentions)"):
            cid = placed[m.ref]
            index.place(m, cid, closed=cid in locked)
    return index


def _refresh(conn: sqlite3.Connection, merged_ids: set[int]) -> None:
    """Recompute the counts and summary of the given merged events (dropping those left empty)."""
    for mid in sorted(merged_ids):
        rows = conn.execute(
            "SELECT e.event, e.mode, e.day, a.date, a.source, sa.story_id, e.actor_names, e.recipient_names, "
            "e.location, e.confidence, m.article_id FROM event_mentions m JOIN events e ON e.id = m.event_row "
            "JOIN articles a ON a.id = m.article_id LEFT JOIN story_articles sa ON sa.article_id = m.article_id "
            "WHERE m.merged_id = ? ORDER BY COALESCE(a.date, ''), m.article_id", (mid,)).fetchall()
        if not rows:
            conn.execute("DELETE FROM merged_events WHERE id = ?", (mid,))
            continue
        # syndicated copies of a mention's article mention the event too: (date, source, article)
        copies = conn.execute(
            "SELECT DISTINCT a.date, a.source, a.id FROM event_mentions m JOIN article_copies c ON c.original = "
            "m.article_id JOIN articles a ON a.id = c.article_id WHERE m.merged_id = ?", (mid,)).fetchall()
        seen = sorted(r[3] for r in rows if r[3]) + sorted(c[0] for c in copies if c[0])
        seen.sort()
        articles = {r[10] for r in rows} | {c[2] for c in copies}
        days = sorted(r[2] for r in rows if r[2])

        def first(col: int) -> str | None:
            return next((r[col] for r in rows if r[col]), None)

        conn.execute(
            "UPDATE merged_events SET event = ?, mode = ?, day = ?, first_seen = ?, last_seen = ?, n_mentions = ?, "
            "n_articles = ?, n_sources = ?, n_stories = ?, actor_names = ?, recipient_names = ?, location = ?, "
            "confidence = ? WHERE id = ?",
            (rows[0][0], first(1), days[0] if days else None, seen[0] if seen else None, seen[-1] if seen else None,
             len(rows) + len(copies), len(articles), len({r[4] or r[10] for r in rows} | {c[1] or c[2] for c in copies}),
             len({r[5] if r[5] is not None else r[10] for r in rows}), first(6), first(7), first(8),
             max(r[9] or 0.0 for r in rows), mid))


def merge_events(conn: sqlite3.Connection, *, rebuild: bool = False, cfg: MatchConfig = MatchConfig(),
                 story_threshold: float = 0.5) -> MergeStats:
    """Merge every stored event that is in no merged event yet (``rebuild``: all of them again)."""
    stats = update_stories(conn, threshold=story_threshold)
    with transaction(conn):
        stale = {r[0] for r in conn.execute(_STALE)}
        if not rebuild and not stale and not conn.execute(_UNMERGED).fetchone() \
                and not conn.execute(_EMPTIED).fetchone():
            return stats  # an ingest that stored nothing new loads nothing
        touched: set[int] = set(stale)
        if rebuild:
            conn.execute("DELETE FROM merged_events WHERE locked = 0")
        # merged events that lost every mention (articles deleted or recoded) leave no trace
        conn.execute("DELETE FROM merged_events WHERE id NOT IN (SELECT merged_id FROM event_mentions)")
        index = _load_index(conn, cfg)
        for m in list(read_mentions(conn, "WHERE e.id NOT IN (SELECT event_row FROM event_mentions)")):
            cid, why = index.add(m)
            if why is None:
                conn.execute("INSERT INTO merged_events(id, event, reason) VALUES (?, ?, ?)",
                             (cid, m.event, "first mention"))
                stats.events_new += 1
            else:
                conn.execute("UPDATE merged_events SET reason = ? WHERE id = ?", (why.reason, cid))
                stats.events_joined += 1
            conn.execute("INSERT INTO event_mentions(event_row, merged_id, article_id, score, reason) "
                         "VALUES (?, ?, ?, ?, ?)",
                         (m.ref, cid, m.article_id, why.score if why else 1.0, why.reason if why else "first mention"))
            touched.add(cid)
            stats.mentions_added += 1
        _refresh(conn, touched)
    return stats


def split_event(conn: sqlite3.Connection, merged_id: int, *, reason: str = "split by a person") -> list[int]:
    """Undo a merge: each mention of ``merged_id`` becomes an event of its own, kept apart from now on."""
    with transaction(conn):
        rows = [r[0] for r in conn.execute(
            "SELECT event_row FROM event_mentions WHERE merged_id = ? ORDER BY event_row", (merged_id,))]
        if not rows:
            raise StoreError(f"no merged event {merged_id}")
        event = conn.execute("SELECT event FROM merged_events WHERE id = ?", (merged_id,)).fetchone()[0]
        conn.execute("INSERT INTO merge_decisions(action, merged_id, event_rows, reason, decided_at) "
                     "VALUES ('split', ?, ?, ?, ?)", (merged_id, json.dumps(rows), reason, _now()))
        new_ids = []
        for i, row in enumerate(rows):
            if i == 0:
                mid = merged_id
                conn.execute("UPDATE merged_events SET locked = 1, reason = ? WHERE id = ?", (reason, mid))
            else:
                cur = conn.execute("INSERT INTO merged_events(event, reason, locked) VALUES (?, ?, 1)", (event, reason))
                mid = int(cur.lastrowid or 0)
                conn.execute("UPDATE event_mentions SET merged_id = ?, score = 1.0, reason = ? WHERE event_row = ?",
                             (mid, reason, row))
            new_ids.append(mid)
        conn.execute("UPDATE event_mentions SET score = 1.0, reason = ? WHERE event_row = ?", (reason, rows[0]))
        _refresh(conn, set(new_ids))
    return new_ids


@dataclass(frozen=True)
class CopyRow:
    """A syndicated copy, as an export lists it among the mentions of its original's events."""

    article_id: str
    source: str | None
    url: str | None
    date: str | None


@dataclass(frozen=True)
class MergeLink:
    """The merged event a coded event belongs to, as an export writes it."""

    merged_id: int
    founder: tuple[str, str]  # (article id, event id) of its first stored mention: a stable id
    counts: tuple[int, int, int]  # (mentions, articles, sources)


_LINKS = """
SELECT e.article_id, e.event_id, m.merged_id, me.n_mentions, me.n_articles, me.n_sources, f.article_id, f.event_id
FROM events e JOIN event_mentions m ON m.event_row = e.id JOIN merged_events me ON me.id = m.merged_id
JOIN events f ON f.id = (SELECT min(x.event_row) FROM event_mentions x WHERE x.merged_id = m.merged_id)
WHERE e.article_id IN ({marks})
"""


_COPIES = ("SELECT c.original, a.id, a.source, a.url, a.date FROM article_copies c JOIN articles a ON a.id = c.article_id "
           "WHERE c.original IN ({marks}) ORDER BY COALESCE(a.date, ''), a.id")


def copies_of(conn: sqlite3.Connection, article_ids: list[str]) -> dict[str, list[CopyRow]]:
    """The syndicated copies of the given coded articles, by coded article."""
    out: dict[str, list[CopyRow]] = {}
    for k in range(0, len(article_ids), 500):
        chunk = article_ids[k:k + 500]
        for original, *row in conn.execute(_COPIES.format(marks=",".join("?" * len(chunk))), chunk):
            out.setdefault(original, []).append(CopyRow(*row))
    return out


def merge_links(conn: sqlite3.Connection, article_ids: list[str]) -> dict[tuple[str, str], MergeLink]:
    """The merged event of each coded event of the given articles, by (article id, event id); events
    not merged yet are missing. Asked a batch of articles at a time, so memory stays flat."""
    out: dict[tuple[str, str], MergeLink] = {}
    for k in range(0, len(article_ids), 500):
        chunk = article_ids[k:k + 500]
        for aid, eid, mid, *rest in conn.execute(_LINKS.format(marks=",".join("?" * len(chunk))), chunk):
            out[(aid, eid)] = MergeLink(mid, (rest[3], rest[4]), (rest[0], rest[1], rest[2]))
    return out


def merge_after_ingest(conn: sqlite3.Connection) -> str | None:
    """The incremental merge run after an ingest: None when done, else why it was not (the articles
    stay stored, and ``tidings events merge`` can be run later)."""
    try:
        merge_events(conn)
    except (sqlite3.Error, TidingsError) as exc:
        return f"cross-article merge not done ({exc}); run `tidings events merge` to do it"
    return None


__all__ = ["CopyRow", "MergeLink", "MergeStats", "copies_of", "merge_after_ingest", "merge_events", "merge_links",
           "read_mentions", "split_event", "update_stories"]
