"""Options and output shared by the commands that use the store (ingest, query, quotes, problems, export).

Filters given by people are checked by :func:`tidings.query.check_event_filters` before any
read: a typo (``--event REJECTS``, ``--country Ukraine``, ``--since yesterday``) is a usage
error (exit 2) naming the option, never an empty answer. Rows are printed as a table that fits
the terminal (``rich``), as JSON lines, or as CSV; a table cut by ``--limit`` says "showing N
of M" on stderr, and JSON lines and CSV hold every matching row unless ``--limit`` is given.
"""

from __future__ import annotations

import csv
import dataclasses
import glob
import json
import re
import shutil
import sqlite3
import sys
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence, TypeVar

import click

from .. import query
from ..errors import StoreError
from ..extract.events.confidence import default_threshold
from ..store import DEFAULT_DB, ENV_DB, connect

F = TypeVar("F", bound=Callable[..., Any])

TABLE_LIMIT = 100  # rows a table shows unless --limit says otherwise
MAX_LIMIT = 10**12  # beyond any store; larger values are refused instead of overflowing SQLite


def db_option(func: F) -> F:
    return click.option(
        "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), envvar=ENV_DB, default=DEFAULT_DB,
        show_default=True, show_envvar=True, help="The database file.",
    )(func)


def format_option(func: F) -> F:
    return click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table",
                        show_default=True, help="table for reading; jsonl or csv for other programs.")(func)


def limit_option(noun: str) -> Callable[[F], F]:
    return click.option("--limit", type=click.IntRange(0, MAX_LIMIT), default=None,
                        help=f"At most N {noun}; 0 = all (default: {TABLE_LIMIT} in a table, all in jsonl/csv).")


def row_limit(limit: int | None, fmt: str) -> int | None:
    """The number of rows to read: None for all."""
    if limit is None:
        return TABLE_LIMIT if fmt == "table" else None
    return limit or None


def open_db(path: Path, *, create: bool) -> sqlite3.Connection:
    """Open the database, turning store errors into one clean CLI message."""
    try:
        return connect(path, create=create)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


def emit_rows(rows: Sequence[Any], fmt: str, total: int | None, table: Any, fields: Sequence[str], noun: str) -> None:
    """Print listed rows as a table, JSON lines or CSV, and say "showing N of M" when a limit cut them."""
    if fmt == "table":
        emit_table(rows, table)
        report_count(len(rows), total, noun)
        return
    if fmt == "jsonl":
        emit_jsonl(rows)
    else:
        emit_csv((dataclasses.asdict(r) for r in rows), fields)
    if total is not None and total > len(rows):
        report_count(len(rows), total, noun)


def threshold_option(min_confidence: float | None, show_all: bool) -> float | None:
    """The confidence floor of an output: none with --all, else --min-confidence, else the model's."""
    if show_all:
        return None
    return default_threshold() if min_confidence is None else min_confidence


def check_inputs(paths: Sequence[str]) -> None:
    """Input paths that name nothing are an error naming them (exit 1) before anything is opened or created.

    ``-`` (stdin) and URLs are left to the readers (a URL becomes a recorded problem); a glob
    must match at least one file.
    """
    missing = [p for p in paths if p != "-" and not re.match(r"^[a-z][a-z0-9+.-]*://", p, re.IGNORECASE)
               and not Path(p).exists() and not (re.search(r"[*?[]", p) and glob.glob(p, recursive=True))]
    if missing:
        raise click.ClickException("no such file or folder: " + ", ".join(missing))


# --- event filters --------------------------------------------------------------------------

_FILTER_OPTIONS: tuple[tuple[tuple[str, ...], dict[str, Any]], ...] = (
    (("--actor",), {"help": "Part of an actor's or recipient's name (case-insensitive)."}),
    (("--country",), {"help": "ISO3 code (or PLOVER's IGO, UNO, EUR, NGO, ISM, IMG, MNC) of an actor or "
                              "recipient; several comma-separated."}),
    (("--actor-country",), {"help": "Country code of an actor (the doer side only)."}),
    (("--recipient-country",), {"help": "Country code of a recipient (the target side only)."}),
    (("--sector",), {"help": "PLOVER sector of an actor or recipient, e.g. GOV,MIL."}),
    (("--event", "event"), {"help": "PLOVER event type(s), comma-separated, e.g. PROTEST,ASSAULT."}),
    (("--mode",), {"help": "PLOVER mode(s) of the event, e.g. demo,arrest."}),
    (("--context",), {"help": "PLOVER context(s) of the event, e.g. military,economic."}),
    (("--aux",), {"help": "Events with any of these flags: negation, hypothetical, future, historical; "
                          "'none' = asserted events only."}),
    (("--place",), {"help": "Part of the event place's name, or its ISO3 country."}),
    (("--text",), {"help": "Words that must occur in the event's evidence (full-text search)."}),
    (("--since",), {"help": "Only events on or after this date (YYYY-MM-DD, YYYY-MM or YYYY)."}),
    (("--until",), {"help": "Only events on or before this date (YYYY-MM-DD, YYYY-MM or YYYY)."}),
    (("--min-confidence",), {"type": click.FloatRange(0, 1), "default": None,
                             "help": "Leave out events less likely than this to be right (default: the model's "
                                     "threshold)."}),
    (("--max-confidence",), {"type": click.FloatRange(0, 1), "default": None,
                             "help": "Only events at most this likely (e.g. to review candidates)."}),
    (("--all", "show_all"), {"is_flag": True, "help": "Every stored event, candidates below the threshold too."}),
)
FILTER_NAMES = ("actor", "country", "actor_country", "recipient_country", "sector", "event", "mode", "context",
                "aux", "place", "text", "since", "until", "min_confidence", "max_confidence", "show_all")


def event_filter_options(func: F) -> F:
    """Add every event filter option to a command (they arrive as keyword arguments; see :func:`event_filters`)."""
    for decls, attrs in reversed(_FILTER_OPTIONS):
        func = click.option(*decls, **attrs)(func)
    return func


def _option_name(param: str) -> str:
    return "--" + param.replace("_", "-")


def event_filters(conn: sqlite3.Connection, options: dict[str, Any]) -> dict[str, Any]:
    """Pop the filter options from ``options`` and return them checked, as :func:`tidings.query.events` takes them."""

    raw = {name: options.pop(name, None) for name in FILTER_NAMES}
    show_all = bool(raw.pop("show_all"))
    if raw["min_confidence"] is None:  # --max-confidence looks at candidates: no default floor under it
        raw["min_confidence"] = threshold_option(None, show_all or raw["max_confidence"] is not None)
    try:
        return query.check_event_filters(conn, **raw)
    except query.InvalidFilter as exc:
        message = str(exc).split(": ", 1)[-1]
        raise click.BadParameter(message, param_hint=_option_name(exc.param)) from None


def check_dates(**bounds: str | None) -> dict[str, str | None]:
    """``since``/``until`` options checked as dates (``YYYY[-MM[-DD]]``), a usage error otherwise."""
    try:
        return {k: query.parse_when(v, k) for k, v in bounds.items()}
    except query.InvalidFilter as exc:
        raise click.BadParameter(str(exc).split(": ", 1)[-1], param_hint=_option_name(exc.param)) from None


# --- output ---------------------------------------------------------------------------------

def emit_jsonl(rows: Iterable[Any]) -> int:
    from ..export.flat import row_dict

    n = 0
    for r in rows:
        click.echo(json.dumps(r if isinstance(r, dict) else row_dict(r), ensure_ascii=False, default=str))
        n += 1
    return n


def emit_csv(rows: Iterable[dict[str, Any]], fields: Sequence[str]) -> int:
    from ..export.flat import text_value

    writer = csv.writer(sys.stdout, lineterminator="\r\n")
    writer.writerow(fields)
    n = 0
    for r in rows:
        writer.writerow([text_value(r.get(f)) for f in fields])
        n += 1
    return n


Column = tuple[str, str, Callable[[Any], str]]  # header, style hint (fixed/wrap), value of a row


def emit_table(rows: Sequence[Any], columns: Sequence[Column]) -> None:
    """An aligned table that fits the terminal: full headers, long cells wrapped rather than cut."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    width = shutil.get_terminal_size((160, 24)).columns  # $COLUMNS, else the terminal's, else 160 when piped
    console = Console(file=click.get_text_stream("stdout"), highlight=False, soft_wrap=False, width=width)
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
    for header, style, _ in columns:
        table.add_column(header, no_wrap=style == "fixed", overflow="fold", ratio=None if style == "fixed" else 1)
    for r in rows:
        table.add_row(*[" ".join(get(r).split()) for _, _, get in columns])
    console.print(table)


def report_count(shown: int, total: int | None, noun: str) -> None:
    """``(N rows)`` on stderr, or ``showing N of M`` when a limit cut the answer."""
    if total is not None and total > shown:
        click.echo(f"showing {shown} of {total} {noun} (--limit 0 for all, or --format csv/jsonl)", err=True)
    else:
        click.echo(f"({shown} {noun[:-1] if shown == 1 and noun.endswith('s') else noun})", err=True)


__all__ = ["MAX_LIMIT", "TABLE_LIMIT", "check_dates", "check_inputs", "db_option", "emit_csv", "emit_jsonl", "emit_rows", "emit_table",
           "event_filter_options", "event_filters", "format_option", "limit_option", "open_db", "report_count",
           "row_limit", "threshold_option"]
