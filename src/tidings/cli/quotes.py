"""``tidings quotes``: full-text search over stored quotes, by words and by speaker."""

from __future__ import annotations

from pathlib import Path

import click

from .. import query
from ._store import db_option, emit, format_option, open_db
from .code import parse_date

QUOTE_COLUMNS = (("article_date", 10), ("speaker", 24), ("kind", 8), ("cue", 10), ("title", 28), ("text", 0))


@click.command("quotes")
@db_option
@click.option("--speaker", help="Part of the speaker's name or of the words naming the speaker (case-insensitive).")
@click.option("--text", help="Words the quote must contain, in any order; a trailing * matches word starts.")
@click.option("--since", help="Only quotes of articles published on or after this day (YYYY-MM-DD).")
@click.option("--until", help="Only quotes of articles published on or before this day (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(min=0), default=100, show_default=True, help="At most N quotes; 0 = all.")
@format_option
def command(db_path: Path, speaker: str | None, text: str | None, since: str | None, until: str | None,
            limit: int, fmt: str) -> None:
    """Stored quotes matching the words and speaker given, best matches first.

    Words are searched as words, never as search syntax: quotes, AND/OR/NOT and brackets in
    them are just text.
    """
    conn = open_db(db_path, create=False)
    try:
        rows = query.quotes(conn, speaker=speaker, text=text, since=parse_date(since), until=parse_date(until),
                            limit=limit or None)
    finally:
        conn.close()
    emit(rows, fmt, QUOTE_COLUMNS)
