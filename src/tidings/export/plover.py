"""PLOVER JSON lines: one event record per line, with the field names of PLOVER's event records.

Required fields ``id``, ``date``, ``actor``, ``event``; usual ones ``recipient``, ``mode``,
``context``, ``event_loc``, ``event_text``, ``quad_code``, ``text_info``, ``cite_info``,
``coder``, ``coded_date``. Actors and recipients are lists (PLOVER codes "Israel and the
Palestinians agreed" as one record with two actors), each entity with the text it was found
as, its ISO3 (or PLOVER non-state) country code, sector, Wikidata id and role. tidings adds
``date_precision``, ``aux``, ``confidence``, ``cameo`` and ``intensity``; the size fields
(``dead``, ``injured``, ``arrested``) are not coded and left out.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from .. import query
from ..store.db import Database
from .flat import precision_of, side
from .tables import Written, write_json_lines


@lru_cache(maxsize=1)
def coder_name() -> str:
    try:
        return f"tidings {metadata.version('tidings')}"
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        return "tidings"


def entity(p: query.Participant) -> dict[str, Any]:
    return {"text": p.text, "name": p.name, "country": p.country, "sector": p.sector, "wikidata": p.wikidata,
            "role": p.role, "kind": p.kind, "id": p.actor_id}


def plover_record(row: query.EventRow) -> dict[str, Any]:
    """One event as a PLOVER record (dates as stored: ``YYYY-MM-DD``, or coarser with ``date_precision``)."""
    loc = None
    if row.location is not None:
        loc = {"name": row.location, "country": row.location_country, "geonameid": row.geonameid,
               "lat": row.lat, "lon": row.lon}
    return {
        "id": f"{row.article_id}-{row.event_id}",
        "date": row.day,
        "date_precision": precision_of(row.day, row.date_precision if row.date else None),
        "event": row.event,
        "mode": row.mode,
        "context": list(row.context),
        "actor": [entity(p) for p in side(row.participants, "actor")],
        "recipient": [entity(p) for p in side(row.participants, "recipient")],
        "event_loc": loc,
        "event_text": row.evidence,
        "quad_code": row.quad,
        "text_info": {"article_id": row.article_id, "event_id": row.event_id, "start": row.evidence_start,
                      "end": row.evidence_end, "quote_id": row.quote_id, "date_text": row.date_raw},
        "cite_info": {"source": row.source, "url": row.url, "title": row.title, "language": row.language,
                      "date": row.article_date},
        "coder": coder_name() + (f" ({row.rule})" if row.rule else ""),
        "coded_date": row.coded_at[:10] if row.coded_at else None,
        "aux": list(row.aux),
        "confidence": row.confidence,
        "cameo": row.cameo,
        "intensity": row.intensity,
    }


def write_plover(db: Database, out: str | Path, **filters: Any) -> list[Written]:
    return [write_json_lines(out, (plover_record(r) for r in query.iter_events(db, **filters)))]


__all__ = ["coder_name", "entity", "plover_record", "write_plover"]
