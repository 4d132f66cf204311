"""``tidings quotes``: full-text search over stored quotes, by words and by speaker."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import click

from .. import query
from ._store import check_dates, db_option, emit_rows, format_option, limit_option, open_db, row_limit

QUOTE_TABLE = (
    ("date", "fixed", lambda r: r.article_date or ""),
    ("speaker", "wrap", lambda r: (r.speaker or "") + (f" ({r.speaker_country})" if r.speaker_country else "")),
    ("kind", "fixed", lambda r: r.kind),
    ("cue", "fixed", lambda r: r.cue or ""),
    ("quote", "wrap", lambda r: r.text),
    ("title", "wrap", lambda r: r.title or ""),
)
QUOTE_FIELDS = tuple(f.name for f in dataclasses.fields(query.QuoteRow))


@click.command("quotes")
@db_option
@click.option("--speaker", help="Part of the speaker's name or of the words naming the speaker (case-insensitive).")
@click.option("--text", help="Words the quote must contain, in any order; a trailing * matches word starts.")
@click.option("--kind", type=click.Choice(["direct", "partial", "indirect"]), multiple=True,
              help="Kind of quote (repeat for several).")
@click.option("--country", help="Country code(s) of the resolved speaker, comma-separated.")
@click.option("--since", help="Only quotes of articles published on or after this date (YYYY-MM-DD, YYYY-MM, YYYY).")
@click.option("--until", help="Only quotes of articles published on or before this date (YYYY-MM-DD, YYYY-MM, YYYY).")
@limit_option("quotes")
@format_option
def command(db_path: Path, speaker: str | None, text: str | None, kind: tuple[str, ...], country: str | None,
            since: str | None, until: str | None, limit: int | None, fmt: str) -> None:
    """Stored quotes matching the words and speaker given, best matches first.

    Words are searched as words, never as search syntax: quotes, AND/OR/NOT and brackets in
    them are just text.
    """
    dates = check_dates(since=since, until=until)
    conn = open_db(db_path, create=False)
    try:
        if country:
            try:
                country = ",".join(query.check_event_filters(conn, country=country)["country"])
            except query.InvalidFilter as exc:
                raise click.BadParameter(str(exc).split(": ", 1)[-1], param_hint="--country") from None
        filters = dict(speaker=speaker, text=text, kind=list(kind) or None, country=country, **dates)
        n = row_limit(limit, fmt)
        rows = query.quotes(conn, **filters, limit=n)  # type: ignore[arg-type]
        total = query.quote_total(conn, **filters) if n and len(rows) == n else None
    finally:
        conn.close()
    emit_rows(rows, fmt, total, QUOTE_TABLE, QUOTE_FIELDS, "quotes")
