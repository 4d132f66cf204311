"""``tidings problems``: the problems stored with articles and the records that could not be read."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import click

from .. import query
from ._store import db_option, emit_rows, format_option, limit_option, open_db, row_limit

PROBLEM_TABLE = (
    ("where", "wrap", lambda r: r.origin or ""),
    ("article", "fixed", lambda r: r.article_id or "(unreadable)"),
    ("code", "fixed", lambda r: r.code),
    ("message", "wrap", lambda r: r.message),
    ("component", "fixed", lambda r: r.component or ""),
)
PROBLEM_FIELDS = tuple(f.name for f in dataclasses.fields(query.ProblemRow))


@click.command("problems")
@db_option
@click.option("--code", help="Only problems with this code, e.g. ingest.unreadable.")
@click.option("--unreadable", is_flag=True, help="Only records that could not be read at all (no article stored).")
@click.option("--article", "article_id", help="Only the problems of this article id.")
@limit_option("problems")
@format_option
def command(db_path: Path, code: str | None, unreadable: bool, article_id: str | None, limit: int | None,
            fmt: str) -> None:
    """Stored problems, most recent first, with the file (and line) each record was read from.

    An article with a problem is still stored; a record that could not be read has no article,
    only its problem. Ingesting a fixed file again replaces its problem.
    """
    conn = open_db(db_path, create=False)
    try:
        n = row_limit(limit, fmt)
        filters = dict(code=code, unreadable_only=unreadable, article_id=article_id)
        rows = query.problems(conn, **filters, limit=n)  # type: ignore[arg-type]
        total = query.problem_total(conn, **filters) if n and len(rows) == n else None  # type: ignore[arg-type]
    finally:
        conn.close()
    emit_rows(rows, fmt, total, PROBLEM_TABLE, PROBLEM_FIELDS, "problems")
