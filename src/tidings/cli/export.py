"""``tidings export``: the stored events in the field's formats, streamed to a file or folder."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import click

from .. import query
from ..export import FORMATS, export
from ._store import db_option, event_filter_options, event_filters, open_db

_HELP = "; ".join(f"{f.name}: {f.description}" for f in FORMATS.values())


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), required=True, help=_HELP)
@click.option("--out", "out", required=True,
              help="File to write (- for standard output), or folder for gdelt and parquet.")
@event_filter_options
def command(db_path: Path, fmt: str, out: str, **options: Any) -> None:
    """Export the stored events matching every given filter, with no cap on their number.

    Rows stream from the store to the file, so memory stays flat at any size; each file is
    written under a temporary name and appears whole. As for `tidings query`, events below the
    confidence threshold are candidates, exported only with --all or a lower --min-confidence.
    A summary goes to stderr. See docs/export.md for the columns of each format.
    """
    spec = FORMATS[fmt]
    if spec.writes == "folder" and out == "-":
        raise click.BadParameter(f"{fmt} writes several files: give a folder", param_hint="--out")
    conn = open_db(db_path, create=False)
    try:
        filters = event_filters(conn, options)
        started = time.monotonic()
        try:
            written = export(conn, fmt, out, **filters)
        except (OSError, ValueError) as exc:
            raise click.ClickException(str(exc)) from exc
        events = query.event_total(conn, **filters)
        left_out = query.event_total(conn, **{**filters, "min_confidence": None}) - events \
            if filters.get("min_confidence") else 0
    finally:
        conn.close()
    elapsed = time.monotonic() - started
    for w in written:
        click.echo(f"{w.path}: {w.rows} rows", err=True)
    note = f"; {left_out} candidate events below confidence {filters['min_confidence']:.2f} left out (--all)" \
        if left_out else ""
    click.echo(f"exported {events} events as {fmt} in {elapsed:.1f}s{note}", err=True)
