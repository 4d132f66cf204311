"""``tidings query``: stored events matching filters, as a table, JSON lines or CSV."""

from __future__ import annotations

from pathlib import Path

import click

from .. import query
from ._store import db_option, emit, format_option, open_db
from .code import parse_date, threshold_option

EVENT_COLUMNS = (("day", 10), ("event", 9), ("mode", 10), ("actors", 24), ("actor_countries", 7),
                 ("recipients", 22), ("recipient_countries", 7), ("title", 28), ("evidence", 0))


@click.command("query")
@db_option
@click.option("--actor", help="Part of an actor's or recipient's name (case-insensitive).")
@click.option("--country", help="ISO3 code of an actor or recipient, e.g. USA.")
@click.option("--event", "event_type", help="PLOVER event type(s), comma-separated, e.g. PROTEST,ASSAULT.")
@click.option("--mode", help="PLOVER mode of the event, e.g. demonstrate.")
@click.option("--text", help="Words that must occur in the event's evidence (full-text search).")
@click.option("--since", help="Only events on or after this day (YYYY-MM-DD).")
@click.option("--until", help="Only events on or before this day (YYYY-MM-DD).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Leave out events less likely than this to be right (default: the model's threshold).")
@click.option("--all", "show_all", is_flag=True, help="Every stored event, candidates below the threshold too.")
@click.option("--oldest-first", is_flag=True, help="Chronological order (default: newest first).")
@click.option("--limit", type=click.IntRange(min=0), default=100, show_default=True, help="At most N events; 0 = all.")
@format_option
def command(db_path: Path, actor: str | None, country: str | None, event_type: str | None, mode: str | None,
            text: str | None, since: str | None, until: str | None, min_confidence: float | None, show_all: bool,
            oldest_first: bool, limit: int, fmt: str) -> None:
    """Stored events matching every given filter, with their article, actors, recipients and evidence.

    An event's day is its own resolved date where it has one, else its article's date. Events
    whose confidence is below the threshold chosen on the real-news benchmark are candidates:
    stored, but shown only with --all or a lower --min-confidence.
    """
    conn = open_db(db_path, create=False)
    try:
        rows = query.events(conn, actor=actor, country=country, event=event_type, mode=mode, text=text,
                            since=parse_date(since), until=parse_date(until),
                            min_confidence=threshold_option(min_confidence, show_all),
                            order="oldest" if oldest_first else "newest", limit=limit or None)
    finally:
        conn.close()
    emit(rows, fmt, EVENT_COLUMNS)
