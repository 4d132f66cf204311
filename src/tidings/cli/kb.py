"""``tidings kb``: search, show and validate knowledge-base entries; update from Wikidata on request."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import click

_KB_OPTION = click.option("--kb", "kb_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
                          help="extra KB directory (repeatable; also $TIDINGS_KB)")


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise click.BadParameter(f"not a YYYY-MM-DD date: {text!r}", param_hint="--date") from None


@click.group("kb")
def command() -> None:
    """The actor knowledge base: search, show, validate a folder, update from Wikidata."""


@command.command("search")
@click.argument("text")
@click.option("--date", "date", help="give people the role they held on this date (YYYY-MM-DD)")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000))
@_KB_OPTION
def search_command(text: str, date: str | None, limit: int, kb_dirs: tuple[str, ...]) -> None:
    """Entries named like TEXT (a name, an alias, part of one, or a Wikidata id), one JSON line each."""
    from ..kb import load_kb
    from ..kb.browse import describe, search

    on = _date(date)
    kb = load_kb(kb_dirs)
    hits = search(kb, text, limit)
    if not hits:
        raise click.ClickException(f"nothing in the knowledge base is named like {text!r}")
    for hit in hits:
        rec = {"match": hit.alias, **describe(kb, hit.named, on)}
        rec.pop("roles", None)
        click.echo(json.dumps(rec, ensure_ascii=False))


@command.command("show")
@click.argument("entry")
@click.option("--date", "date", help="also give a person's role on this date (YYYY-MM-DD)")
@_KB_OPTION
def show_command(entry: str, date: str | None, kb_dirs: tuple[str, ...]) -> None:
    """One entry by id ("org:hamas", "country:TUR", "person:Q7747") with every alias and role, as JSON."""
    from ..kb import load_kb
    from ..kb.browse import describe, find

    on = _date(date)
    kb = load_kb(kb_dirs)
    found = find(kb, entry)
    if not found:
        raise click.ClickException(f"no entry {entry!r} (ids are printed by `tidings kb search`)")
    for named in found:
        click.echo(json.dumps(describe(kb, named, on, full=True), ensure_ascii=False, indent=2))


@command.command("validate")
@click.argument("folder", required=False, type=click.Path(file_okay=False))
@click.option("--strict", is_flag=True, help="fail on warnings too")
@click.option("--json", "as_json", is_flag=True, help='one JSON object a finding: {"level", "where", "message"}')
def validate_command(folder: str | None, strict: bool, as_json: bool) -> None:
    """Check a KB FOLDER (default: the packaged KB): columns, codes, sectors, dates, ids and aliases.

    Exits 1 when there are errors (or warnings, with --strict); prints one finding a line.
    """
    from ..kb import PACKAGE_DIR
    from ..kb.validate import errors, validate_dir

    findings = validate_dir(folder or PACKAGE_DIR)
    for f in findings:
        click.echo(json.dumps(dataclasses.asdict(f), ensure_ascii=False) if as_json else str(f))
    bad = errors(findings)
    click.echo(f"{len(bad)} errors, {len(findings) - len(bad)} warnings", err=True)
    if bad or (strict and findings):
        raise SystemExit(1)


@command.command("update")
@click.option("--out", type=click.Path(file_okay=False), help="KB folder to write into (required)")
@click.option("--endpoint", default=None, help="SPARQL endpoint (default: Wikidata's query service)")
@click.option("--only", "only", multiple=True, help="run only these queries (repeatable; see --list)")
@click.option("--since", default=None, help="roles ending before this date are left out (default: 2000-01-01)")
@click.option("--country", "countries", multiple=True, help="only offices of this ISO3 country (repeatable)")
@click.option("--timeout", default=120.0, show_default=True, type=float, help="seconds per query")
@click.option("--list", "list_", is_flag=True, help="list the queries and exit")
def update_command(out: str | None, endpoint: str | None, only: tuple[str, ...], since: str | None,
                   countries: tuple[str, ...], timeout: float, list_: bool) -> None:
    """Fetch office-holders and group leaders from Wikidata (needs network access) into OUT.

    Writes people_wikidata_sparql.csv and organizations_wikidata_sparql.csv; use the folder with
    --kb OUT or $TIDINGS_KB. Nothing else in tidings ever goes to the network.
    """
    from ..kb import sparql

    if list_:
        for name, q in sparql.QUERIES.items():
            click.echo(f"{name}\t{q.describe}")
        return
    if not out:
        raise click.UsageError("missing option '--out'")
    unknown = [o for o in only if o not in sparql.QUERIES]
    if unknown:
        raise click.BadParameter(f"unknown query {unknown[0]!r}; one of {', '.join(sparql.QUERIES)}",
                                 param_hint="--only")
    _date(since)
    bad = [c for c in countries if not (len(c) == 3 and c.isalpha() and c.isupper())]
    if bad:
        raise click.BadParameter(f"not an ISO3 code: {bad[0]!r}", param_hint="--country")
    result = sparql.update(out, endpoint=endpoint or sparql.ENDPOINT, only=only or None,
                           since=since or sparql.DEFAULT_SINCE, countries=countries, timeout=timeout)
    click.echo(json.dumps(result, ensure_ascii=False))
    if result["errors"]:
        raise click.ClickException(f"{len(result['errors'])} of {len(only or sparql.QUERIES)} queries failed; "
                                   "their files were left as they were")


__all__ = ["command"]
