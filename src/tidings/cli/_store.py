"""Options and output shared by the commands that use the store (ingest, query, quotes).

Rows from :mod:`tidings.query` are printed as an aligned table for people, or as JSON lines
or CSV for other programs; tuples become lists in JSON and ``; ``-joined text in CSV/tables.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import shutil
import sqlite3
import sys
from pathlib import Path
from typing import Any, Callable, Sequence, TypeVar

import click

from ..errors import StoreError
from ..store import DEFAULT_DB, ENV_DB, connect

F = TypeVar("F", bound=Callable[..., Any])


def db_option(func: F) -> F:
    return click.option(
        "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), envvar=ENV_DB, default=DEFAULT_DB,
        show_default=True, show_envvar=True, help="The database file.",
    )(func)


def format_option(func: F) -> F:
    return click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table",
                        show_default=True, help="table for reading; jsonl or csv for other programs.")(func)


def open_db(path: Path, *, create: bool) -> sqlite3.Connection:
    """Open the database, turning store errors into one clean CLI message."""
    try:
        return connect(path, create=create)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


def _flat(value: Any) -> Any:
    if isinstance(value, tuple):
        return "; ".join(str(v) for v in value)
    return "" if value is None else value


def _cell(value: Any, width: int) -> str:
    text = " ".join(str(_flat(value)).split())  # newlines and tabs would break the columns
    return text if len(text) <= width else text[: max(width - 1, 0)] + "\u2026"


def emit(rows: Sequence[Any], fmt: str, columns: Sequence[tuple[str, int]]) -> None:
    """Print dataclass rows; ``columns`` (field, width) choose the table's columns, width 0 = the rest."""
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(dataclasses.asdict(r), ensure_ascii=False))
        return
    if fmt == "csv":
        if not rows:
            return
        names = [f.name for f in dataclasses.fields(rows[0])]
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(names)
        for r in rows:
            writer.writerow([_flat(getattr(r, n)) for n in names])
        return
    total = shutil.get_terminal_size((160, 24)).columns
    fixed = sum(w for _, w in columns if w) + 2 * (len(columns) - 1)
    widths = [w or max(total - fixed, 20) for _, w in columns]
    click.echo("  ".join(f"{name:{w}.{w}}" for (name, _), w in zip(columns, widths)).rstrip())
    for r in rows:
        click.echo("  ".join(f"{_cell(getattr(r, n), w):{w}}" for (n, _), w in zip(columns, widths)).rstrip())
    click.echo(f"({len(rows)} row{'s' if len(rows) != 1 else ''})", err=True)


__all__ = ["db_option", "emit", "format_option", "open_db"]
