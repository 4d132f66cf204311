"""``tidings load``: store the Parquet output of ``tidings run`` in the database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import click

from ..crossdoc import merge_after_ingest
from ..scale import LoadStats, load_output
from ._store import db_option, open_db


@click.command("load")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@db_option
@click.option("--recode", is_flag=True, help="Replace articles that are already stored (default: skip them).")
def command(folder: Path, db_path: Path, recode: bool) -> None:
    """Store FOLDER (the --out folder of 'tidings run') in the database; stored articles are skipped."""
    conn = open_db(db_path, create=True)
    stats = LoadStats()
    try:
        load_output(conn, folder, recode=recode, stats=stats)
        if note := merge_after_ingest(conn):  # as after tidings ingest: new articles join stories and merged events
            click.echo(note, err=True)
    except sqlite3.Error as exc:
        raise click.ClickException(f"{db_path}: database error after {stats.stored} articles: {exc}; "
                                   "run the same command again to continue") from exc
    finally:
        conn.close()
    click.echo(f"{db_path}: {stats.partitions} partitions; {stats.summary()}")


__all__ = ["command"]
