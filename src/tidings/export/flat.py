"""One event as a flat row of scalars: the shape of the CSV export and of ``tidings query --format csv``.

Lists stay lined up: ``actors``, ``actor_ids``, ``actor_countries``, ``actor_sectors`` and
``actor_wikidata`` hold one ``|``-separated entry per actor, in the same order, with an empty
entry where a value is unknown, so the third country belongs to the third actor. Dates come
in three forms: ``day`` as stored (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) with its precision,
and ``day_start``/``day_end``, the first and last calendar day it covers, always full dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any, Iterable, Sequence

from ..query import EventRow, Participant

SEP = "|"

# (name, type): the declared columns of a flat event; the type is what Parquet stores
EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "string"), ("event_id", "string"), ("event", "string"), ("mode", "string"),
    ("context", "string"), ("aux", "string"), ("quad", "int"), ("cameo", "string"), ("intensity", "float"),
    ("confidence", "float"), ("day", "string"), ("date_precision", "string"), ("day_start", "date"),
    ("day_end", "date"), ("date_raw", "string"),
    ("actors", "string"), ("actor_ids", "string"), ("actor_countries", "string"), ("actor_sectors", "string"),
    ("actor_wikidata", "string"),
    ("recipients", "string"), ("recipient_ids", "string"), ("recipient_countries", "string"),
    ("recipient_sectors", "string"), ("recipient_wikidata", "string"),
    ("location", "string"), ("location_country", "string"), ("lat", "float"), ("lon", "float"),
    ("geonameid", "int"), ("evidence", "string"), ("evidence_start", "int"), ("evidence_end", "int"),
    ("quote_id", "string"), ("rule", "string"), ("title", "string"), ("article_date", "string"),
    ("source", "string"), ("url", "string"),
)
EVENT_FIELDS = tuple(name for name, _ in EVENT_COLUMNS)


def date_range(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day a stored date covers: ``2025`` is the year, ``2025-09`` the month."""
    if not value:
        return None, None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], calendar.monthrange(*parts)[1])
        day = dt.date(*parts[:3])
        return day, day
    except (ValueError, TypeError):  # a value no calendar holds is left out rather than guessed
        return None, None


def precision_of(value: str | None, stored: str | None) -> str | None:
    """The precision of ``day``: the event's own where it has a date, else that of the article's day."""
    if stored:
        return stored
    if not value:
        return None
    return {1: "year", 2: "month", 3: "day"}.get(len(value.split("-")))


def joined(values: Iterable[str | None]) -> str:
    return SEP.join("" if v is None else str(v).replace(SEP, "/") for v in values)


def side(people: Sequence[Participant], which: str) -> list[Participant]:
    return [p for p in people if p.side == which]


def flat_event(row: EventRow) -> dict[str, Any]:
    """The flat record of one event (keys :data:`EVENT_FIELDS`, values str/int/float/date/None)."""
    acts, recs = side(row.participants, "actor"), side(row.participants, "recipient")
    start, end = date_range(row.day)
    out: dict[str, Any] = {
        "article_id": row.article_id, "event_id": row.event_id, "event": row.event, "mode": row.mode,
        "context": ",".join(row.context), "aux": ",".join(row.aux), "quad": row.quad, "cameo": row.cameo,
        "intensity": row.intensity, "confidence": row.confidence, "day": row.day,
        "date_precision": precision_of(row.day, row.date_precision if row.date else None),
        "day_start": start, "day_end": end, "date_raw": row.date_raw,
        "location": row.location, "location_country": row.location_country, "lat": row.lat, "lon": row.lon,
        "geonameid": row.geonameid, "evidence": row.evidence, "evidence_start": row.evidence_start,
        "evidence_end": row.evidence_end, "quote_id": row.quote_id, "rule": row.rule, "title": row.title,
        "article_date": row.article_date, "source": row.source, "url": row.url,
    }
    for prefix, people in (("actor", acts), ("recipient", recs)):
        out[f"{prefix}s"] = joined(p.name for p in people)
        out[f"{prefix}_ids"] = joined(p.actor_id for p in people)
        out[f"{prefix}_countries"] = joined(p.country for p in people)
        out[f"{prefix}_sectors"] = joined(p.sector for p in people)
        out[f"{prefix}_wikidata"] = joined(p.wikidata for p in people)
    return {name: out[name] for name in EVENT_FIELDS}


def row_dict(row: Any) -> dict[str, Any]:
    """A row of :mod:`tidings.query` (and its participants) as a JSON-ready dict, without deep copies."""
    out = dict(row.__dict__)
    if "participants" in out:
        out["participants"] = [dict(p.__dict__) for p in out["participants"]]
    return out


def text_value(value: Any) -> str:
    """A flat value as CSV/TSV text: empty for None, ISO for dates, repr-free numbers."""
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)  # the shortest text that reads back as the same float
    return value.isoformat() if isinstance(value, dt.date) else str(value)


__all__ = ["EVENT_COLUMNS", "EVENT_FIELDS", "SEP", "date_range", "flat_event", "joined", "precision_of", "row_dict", "side",
           "text_value"]
