"""``tidings events``: merged events across articles (merge, list, show, split)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import click

from .. import query_events
from ..crossdoc import merge_events, split_event
from ..crossdoc.store import copies_of
from ..errors import StoreError
from ._store import db_option, open_db


@click.group("events")
def command() -> None:
    """One row per real-world event: the same event reported by many articles, merged."""


@command.command("merge")
@db_option
@click.option("--rebuild", is_flag=True, help="Merge every stored event again (splits made by people are kept).")
def merge_command(db_path: Path, rebuild: bool) -> None:
    """Group near-duplicate articles into stories and the same event across articles into one event.

    Without --rebuild only events not merged yet are placed, joining the events stored earlier."""
    conn = open_db(db_path, create=False)
    try:
        stats = merge_events(conn, rebuild=rebuild)
        merged, stored = query_events.merged_total(conn)
        stories, placed = query_events.story_counts(conn)
    finally:
        conn.close()
    click.echo(f"{db_path}: {stats.summary()}")
    click.echo(f"{db_path}: {stored} coded events are {merged} events; {placed} articles are {stories} stories")


@command.command("list")
@db_option
@click.option("--event", help="PLOVER event type(s), comma-separated.")
@click.option("--since", help="Only events on or after this day (YYYY-MM-DD).")
@click.option("--until", help="Only events on or before this day (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--min-articles", type=click.IntRange(1), default=1, show_default=True,
              help="Only events reported by at least this many articles.")
@click.option("--limit", type=click.IntRange(0), default=50, show_default=True, help="At most N events; 0 = all.")
@click.option("--jsonl", "as_json", is_flag=True, help="One JSON object per line.")
def list_command(db_path: Path, event: str | None, since: str | None, until: str | None, min_articles: int,
                 limit: int, as_json: bool) -> None:
    """Merged events, newest first, with their counts of mentions, articles and sources."""
    conn = open_db(db_path, create=False)
    try:
        rows = query_events.merged_events(conn, event=event, since=since, until=until, min_articles=min_articles,
                                          limit=limit or None)
        merged, stored = query_events.merged_total(conn)
    finally:
        conn.close()
    if stored and not merged:
        click.echo("no merged events yet: run `tidings events merge`", err=True)
    for r in rows:
        if as_json:
            click.echo(json.dumps(dataclasses.asdict(r), ensure_ascii=False))
        else:
            who = " -> ".join(x for x in (r.actor_names, r.recipient_names) if x)
            click.echo(f"{r.id:>6}  {r.day or '-':10}  {r.event:10} {r.n_mentions:>3} mentions "
                       f"{r.n_articles:>3} articles {r.n_sources:>3} sources  {who}")


@command.command("show")
@click.argument("merged_id", type=int)
@db_option
@click.option("--jsonl", "as_json", is_flag=True, help="The event, then one JSON object per mention.")
def show_command(merged_id: int, db_path: Path, as_json: bool) -> None:
    """One merged event and every mention of it (article, evidence, confidence, why it joined)."""
    conn = open_db(db_path, create=False)
    try:
        ev = query_events.merged_event(conn, merged_id)
        mentions = query_events.event_mentions(conn, merged_id)
        copies = copies_of(conn, sorted({m.article_id for m in mentions}))
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        conn.close()
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(ev), ensure_ascii=False))
        for m in mentions:
            click.echo(json.dumps({**dataclasses.asdict(m), "copies": [dataclasses.asdict(c) for c in
                                                                       copies.get(m.article_id, ())]},
                                  ensure_ascii=False))
        return
    click.echo(f"event {ev.id}: {ev.event}{'/' + ev.mode if ev.mode else ''} on {ev.day or '?'}"
               f"{' (split)' if ev.locked else ''}")
    click.echo(f"  {ev.actor_names or '?'} -> {ev.recipient_names or '-'} at {ev.location or '?'}")
    click.echo(f"  {ev.n_mentions} mentions in {ev.n_articles} articles from {ev.n_sources} sources "
               f"({ev.n_stories} stories), seen {ev.first_seen or '?'} to {ev.last_seen or '?'}")
    click.echo(f"  merged because: {ev.reason}")
    for m in mentions:
        click.echo(f"- [{m.event_row}] {m.article_date or '?'} {m.source or ''} {m.title or m.article_id}")
        click.echo(f"    {m.evidence[:200]}")
        click.echo(f"    confidence {m.confidence}, flags {m.aux or '-'}, score {m.score}: {m.reason}")
        for c in copies.get(m.article_id, ()):
            click.echo(f"    the same text, not coded again: {c.date or '?'} {c.source or ''} {c.url or c.article_id}")


@command.command("split")
@click.argument("merged_id", type=int)
@db_option
@click.option("--reason", default="split by a person", show_default=True, help="Why (stored with the decision).")
def split_command(merged_id: int, db_path: Path, reason: str) -> None:
    """Undo a merge: each mention of MERGED_ID becomes an event of its own, and later merges keep them apart."""
    conn = open_db(db_path, create=False)
    try:
        ids = split_event(conn, merged_id, reason=reason)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        conn.close()
    click.echo(f"event {merged_id} split into {len(ids)} events: {', '.join(map(str, ids))}")


__all__ = ["command"]
