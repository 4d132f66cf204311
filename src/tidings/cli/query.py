"""``tidings query``: stored events matching filters, as a table, JSON lines or CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from .. import query
from ..export.flat import EVENT_FIELDS, flat_event
from ._store import (db_option, emit_csv, emit_jsonl, emit_table, event_filter_options, event_filters, format_option,
                     limit_option, open_db, report_count, row_limit)


def _people(row: query.EventRow, side: str) -> str:
    return "; ".join(f"{p.name} ({p.country})" if p.country else str(p.name)
                     for p in row.participants if p.side == side)


EVENT_TABLE = (
    ("day", "fixed", lambda r: r.day or ""),
    ("event", "fixed", lambda r: r.event),
    ("mode", "fixed", lambda r: r.mode or ""),
    ("aux", "fixed", lambda r: ",".join(r.aux)),
    ("conf", "fixed", lambda r: "" if r.confidence is None else f"{r.confidence:.2f}"),
    ("actors", "wrap", lambda r: _people(r, "actor")),
    ("recipients", "wrap", lambda r: _people(r, "recipient")),
    ("place", "wrap", lambda r: r.location or ""),
    ("evidence", "wrap", lambda r: r.evidence),
)


@click.command("query")
@db_option
@event_filter_options
@click.option("--sort", type=click.Choice(["event", "article"]), default="event", show_default=True,
              help="Order by the event's own date (which may lie ahead for a planned event) or its article's.")
@click.option("--oldest-first", is_flag=True, help="Chronological order (default: newest first).")
@limit_option("events")
@format_option
def command(db_path: Path, sort: str, oldest_first: bool, limit: int | None, fmt: str, **options: Any) -> None:
    """Stored events matching every given filter, with their article, actors, recipients and evidence.

    An event's day is its own resolved date where it has one, else its article's date. Events
    whose confidence is below the threshold chosen on the real-news benchmark are candidates:
    stored, but shown only with --all or a lower --min-confidence. The aux column flags events
    that are negated, hypothetical, future or historical: reported, but not asserted as done.
    """
    conn = open_db(db_path, create=False)
    try:
        filters = event_filters(conn, options)
        order = "oldest" if oldest_first else "newest"
        n = row_limit(limit, fmt)
        if fmt == "table":
            rows = query.events(conn, **filters, sort=sort, order=order, limit=n)  # type: ignore[arg-type]
            emit_table(rows, EVENT_TABLE)
            report_count(len(rows), query.event_total(conn, **filters) if n and len(rows) == n else None, "events")
            return
        stream = query.iter_events(conn, sort=sort, order=order, **filters)  # type: ignore[arg-type]
        rows_iter = (r for i, r in zip(range(n), stream)) if n else stream
        if fmt == "jsonl":
            shown = emit_jsonl(rows_iter)
        else:
            shown = emit_csv((flat_event(r) for r in rows_iter), EVENT_FIELDS)
        if n and shown == n and (total := query.event_total(conn, **filters)) > shown:
            report_count(shown, total, "events")
    finally:
        conn.close()
