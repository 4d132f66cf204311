"""``tidings places``: print the places of a text as JSON lines, for checking the gazetteer."""

from __future__ import annotations

import json

import click

from ..extract.places import extract_places
from ..gazetteer import load_gazetteer
from .code import parse_date


@click.command("places")
@click.argument("text")
@click.option("--date", "date_", help="Article date (YYYY-MM-DD); accepted for symmetry with `code`.")
@click.option("--timing", is_flag=True, help="Also report the gazetteer's load time on stderr.")
def command(text: str, date_: str | None, timing: bool) -> None:
    """Resolve the toponyms of TEXT offline and print one JSON line per place."""
    from .. import nlp

    parse_date(date_)
    gaz = load_gazetteer()
    doc = nlp.load()(text)
    for loc in extract_places(doc, gaz):
        click.echo(json.dumps({
            "name": loc.name, "country": loc.country, "lat": loc.lat, "lon": loc.lon, "geonameid": loc.geonameid,
            "feature": loc.feature, "admin1": loc.admin1, "start": loc.span.start if loc.span else None,
            "end": loc.span.end if loc.span else None, "text": loc.span.text if loc.span else None,
            "reason": loc.provenance.reason if loc.provenance else None,
        }, ensure_ascii=False))
    if timing:
        click.echo(f"gazetteer loaded in {gaz.load_seconds:.3f} s ({len(gaz.places):,} places)", err=True)
