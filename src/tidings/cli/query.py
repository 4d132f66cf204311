"""``tidings query``: stored events matching filters, as a table, JSON lines or CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from .. import query, query_pages
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
# how many reports an event has: a merged event's mentions and articles
UNIT_TABLE = EVENT_TABLE + (
    ("reports", "fixed", lambda r: f"{r.n_mentions} in {r.n_articles} art." if r.n_mentions > 1 else "1"),
)
UNIT_FIELDS = ("merged_id", "n_mentions", "n_articles", "n_sources", "first_seen", "last_seen")


def _flat(row: query_pages.EventUnit) -> dict[str, Any]:
    return {**flat_event(row), **{f: getattr(row, f) for f in UNIT_FIELDS}}


@click.command("query")
@db_option
@event_filter_options
@click.option("--sort", type=click.Choice(["event", "article"]), default="event", show_default=True,
              help="Order by the event's own date (which may lie ahead for a planned event) or its article's.")
@click.option("--oldest-first", is_flag=True, help="Chronological order (default: newest first).")
@click.option("--mentions", is_flag=True,
              help="Every stored event (default: one row per real-world event, its reports in several articles "
                   "merged by `tidings events merge` counted once).")
@limit_option("events")
@format_option
def command(db_path: Path, sort: str, oldest_first: bool, mentions: bool, limit: int | None, fmt: str,
            **options: Any) -> None:
    """Stored events matching every given filter, with their article, actors, recipients and evidence.

    An event's day is its own resolved date where it has one, else its article's date. Events
    whose confidence is below the threshold chosen on the real-news benchmark are candidates:
    stored, but shown only with --all or a lower --min-confidence. The aux column flags events
    that are negated, hypothetical, future or historical: reported, but not asserted as done.

    An event reported by several articles, merged across them, is listed once, at its first
    matching report in the chosen order, with its counts of reports, articles and sources
    (`tidings events show ID` lists them); --mentions lists every report.
    """
    conn = open_db(db_path, create=False)
    try:
        filters = event_filters(conn, options)
        order = "oldest" if oldest_first else "newest"
        unit = "mentions" if mentions else "events"
        n = row_limit(limit, fmt)
        stream = query_pages.iter_event_units(conn, unit=unit, sort=sort, order=order,  # type: ignore[arg-type]
                                              **filters)
        rows_iter = (r for i, r in zip(range(n), stream)) if n else stream
        if fmt == "table":
            rows = list(rows_iter)
            stream.close()  # its statement ends here: the count below reads through the same connection
            merged = any(r.n_mentions > 1 for r in rows)  # the reports column where some event has several
            emit_table(rows, UNIT_TABLE if merged else EVENT_TABLE)
            report_count(len(rows), query_pages.event_total(conn, unit, **filters) if n and len(rows) == n else None,
                         unit)
            return
        if fmt == "jsonl":
            shown = emit_jsonl(rows_iter)
        else:
            shown = emit_csv((_flat(r) for r in rows_iter), EVENT_FIELDS + UNIT_FIELDS)
        stream.close()
        if n and shown == n and (total := query_pages.event_total(conn, unit, **filters)) > shown:
            report_count(shown, total, unit)
    finally:
        conn.close()
