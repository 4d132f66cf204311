"""``tidings resolve``: one actor string (or a JSONL batch) to its canonical actor, as JSON."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

import click


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@click.command("resolve")
@click.argument("name", required=False)
@click.option("--date", "date", help="the date the role is wanted for (YYYY-MM-DD); default: the KB's date")
@click.option("--context", help="the sentence the name comes from (helps unknown names)")
@click.option("--batch", type=click.File("r", encoding="utf-8"),
              help='JSONL file of {"text", "date"?, "context"?}; "-" for standard input')
@click.option("--kb", "kb_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="extra KB directory (repeatable; also $TIDINGS_KB)")
def command(name: str | None, date: str | None, context: str | None, batch: Any, kb_dirs: tuple[str, ...]) -> None:
    """Resolve NAME to {name, kind, country, sector, role, wikidata, score, reason}."""
    from ..kb import load_kb
    from ..resolve import Resolver

    if (name is None) == (batch is None):
        raise click.UsageError("give either NAME or --batch FILE")
    resolver = Resolver(load_kb(kb_dirs))
    if name is not None:
        try:
            when = _date(date)
        except ValueError:
            raise click.BadParameter(f"not a YYYY-MM-DD date: {date!r}", param_hint="--date") from None
        click.echo(json.dumps(resolver.resolve(name, when, context).to_json(), ensure_ascii=False))
        return
    for lineno, line in enumerate(batch, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                raise ValueError('each line needs a "text" string')
            out: dict[str, Any] = resolver.resolve(rec["text"], _date(rec.get("date")), rec.get("context")).to_json()
        except (ValueError, TypeError) as exc:
            out = {"error": f"line {lineno}: {exc}"}
        click.echo(json.dumps(out, ensure_ascii=False))
    sys.stdout.flush()


__all__ = ["command"]
