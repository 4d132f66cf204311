"""Tables with one row per actor -> recipient pair: ICEWS-style and dyads.

PLOVER keeps the actors and recipients of an event as lists; ICEWS and most analyses in pandas
or R want one source and one target per row. An event with two actors and one recipient gives
two rows; an event without a recipient gives one row per actor with the target left empty (and
one without actors one row per recipient), so no event is lost. Every row of the same event
carries the same event id.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from .. import query
from ..ontology import SECTORS
from ..store.db import Database
from .flat import date_range, precision_of, side
from .gdelt import gdelt_day, global_event_id
from .tables import Written, write_delimited

ICEWS_COLUMNS = ("Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
                 "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
                 "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude")

_SIDE = ("id", "name", "text", "country", "sector", "wikidata", "role", "kind")
DYAD_COLUMNS = ("article_id", "event_id", "pair", "event", "mode", "context", "aux", "quad", "cameo", "intensity",
                "confidence", "day", "date_precision", "day_start", "day_end",
                *(f"actor_{c}" for c in _SIDE), *(f"recipient_{c}" for c in _SIDE),
                "location", "location_country", "lat", "lon", "geonameid", "evidence", "title", "article_date",
                "source", "url")


def pairs(row: query.EventRow) -> Iterator[tuple[query.Participant | None, query.Participant | None]]:
    """Each actor with each recipient; a missing side is None (an event always yields a row)."""
    acts: list[query.Participant | None] = list(side(row.participants, "actor")) or [None]
    recs: list[query.Participant | None] = list(side(row.participants, "recipient")) or [None]
    for a in acts:
        for r in recs:
            yield a, r


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    from ..kb import load_kb

    return {code: e.name for code, e in load_kb().countries.items()}


def country_name(code: str | None) -> str | None:
    """ICEWS names countries; codes the knowledge base has no name for (PLOVER's UNO, IGO...) stay codes."""
    return _country_names().get(code, code) if code else None


def _sector_text(p: query.Participant | None) -> str | None:
    if p is None or not p.sector:
        return None
    return SECTORS.get(p.sector, p.sector).capitalize()


def icews_rows(row: query.EventRow) -> Iterator[dict[str, Any]]:
    day = gdelt_day(row)
    city = row.location if row.location and row.location != country_name(row.location_country) else None
    for a, r in pairs(row):
        yield {
            "Event ID": global_event_id(row.article_id, row.event_id), "Event Date": day,
            "Source Name": a.name if a else None, "Source Sectors": _sector_text(a),
            "Source Country": country_name(a.country) if a else None,
            "Event Text": row.event + (f" ({row.mode})" if row.mode else ""), "CAMEO Code": row.cameo,
            "Intensity": row.intensity, "Target Name": r.name if r else None, "Target Sectors": _sector_text(r),
            "Target Country": country_name(r.country) if r else None, "Story ID": row.article_id,
            "Publisher": row.source, "City": city, "Country": country_name(row.location_country),
            "Latitude": row.lat, "Longitude": row.lon,
        }


def _side(prefix: str, p: query.Participant | None) -> dict[str, Any]:
    if p is None:
        return {}
    return {f"{prefix}_id": p.actor_id, f"{prefix}_name": p.name, f"{prefix}_text": p.text,
            f"{prefix}_country": p.country, f"{prefix}_sector": p.sector, f"{prefix}_wikidata": p.wikidata,
            f"{prefix}_role": p.role, f"{prefix}_kind": p.kind}


def dyad_rows(row: query.EventRow) -> Iterator[dict[str, Any]]:
    start, end = date_range(row.day)
    base = {
        "article_id": row.article_id, "event_id": row.event_id, "event": row.event, "mode": row.mode,
        "context": ",".join(row.context), "aux": ",".join(row.aux), "quad": row.quad, "cameo": row.cameo,
        "intensity": row.intensity, "confidence": row.confidence, "day": row.day,
        "date_precision": precision_of(row.day, row.date_precision if row.date else None),
        "day_start": start, "day_end": end, "location": row.location, "location_country": row.location_country,
        "lat": row.lat, "lon": row.lon, "geonameid": row.geonameid, "evidence": row.evidence, "title": row.title,
        "article_date": row.article_date, "source": row.source, "url": row.url,
    }
    for i, (a, r) in enumerate(pairs(row)):
        yield base | {"pair": i + 1} | _side("actor", a) | _side("recipient", r)


def _dates(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in record.items()}


def write_icews(db: Database, out: str | Path, **filters: Any) -> list[Written]:
    rows = (_dates(x) for r in query.iter_events(db, **filters) for x in icews_rows(r))
    return [write_delimited(out, ICEWS_COLUMNS, rows, delimiter="\t")]


def write_dyads(db: Database, out: str | Path, **filters: Any) -> list[Written]:
    rows = (x for r in query.iter_events(db, **filters) for x in dyad_rows(r))
    return [write_delimited(out, DYAD_COLUMNS, rows)]


__all__ = ["DYAD_COLUMNS", "ICEWS_COLUMNS", "country_name", "dyad_rows", "icews_rows", "pairs", "write_dyads",
           "write_icews"]
