"""Evaluate event locations against the ``eventLoc`` records of the PLOVER gold standard.

Each gold record is one sentence with a hand-coded event location (a place name, sometimes
an ISO2 country code). The sentence is coded as a one-sentence article by the pipeline and
scored two ways:

* ``event``: the location of ONE coded event - the first event whose type is the gold event
  type, else the first event coded. Its location is scored whether or not it has one, so an
  event without a location is a miss, and so is a sentence where no event was coded (the
  sentence's places never stand in for a missing event). This is the real measure.
* ``sentence``: the first place of the sentence governed by a locative preposition, else
  its first place - a baseline that needs no event coding, reported for comparison only.

A name matches when the normalised names agree (leading "province of"-style words and
trailing "peninsula"-style words dropped), one contains the other, the gold name is a
gazetteer name of the chosen place ("Britain" = "United Kingdom"), or the spellings are
close (difflib ratio >= 0.8: "Algers" / "Algiers").

The gold country is, in order: the record's ISO2 code mapped to ISO3; else the gazetteer's
reading of the gold name with the countries of the sentence (its actors and places) as
context; else, for a gold name the gazetteer lacks (a misspelling such as "Algers"), the
country of the sentence's place whose name matches the gold name. A record whose gold
country cannot be determined this way ("Europe Bridge") counts as a country miss: the
country accuracy is always over all records.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
from pathlib import Path
from typing import Any

from ..gazetteer import Gazetteer, iso3_of, load_gazetteer, normalize
from ..schema import Article, ArticleResult, Event, Location

PLACE_WORDS = ("province of ", "town of ", "city of ", "region of ", "village of ", "state of ")
PLACE_SUFFIXES = (" peninsula", " province", " region", " district", " city", " town", " governorate")


def _key(name: str) -> str:
    key = normalize(name)
    for w in PLACE_WORDS:
        if key.startswith(w):
            key = key[len(w):]
    for w in PLACE_SUFFIXES:
        if key.endswith(w) and len(key) > len(w):
            key = key[:-len(w)]
    return key


def name_matches(gold: str, loc: Location | None, gaz: Gazetteer) -> bool:
    if loc is None:
        return False
    g = _key(gold)
    names = {_key(loc.name), _key(loc.name.split(",")[0])}
    if loc.span is not None:
        names.add(_key(loc.span.text))
    if any(g == n or (len(n) > 3 and (g in n or n in g)) for n in names):
        return True
    for place, _ in gaz.candidates(gold):  # an alternate name of the same place ("Britain")
        if (place.geonameid is not None and place.geonameid == loc.geonameid) or place.label == loc.name:
            return True
    return any(difflib.SequenceMatcher(None, g, n).ratio() >= 0.8 for n in names)


def gold_country(record: dict[str, Any], gaz: Gazetteer, context: set[str],
                 places: tuple[Location, ...] = ()) -> str | None:
    """The gold country: the ISO2 code, else the gold name read in context, else a matching place's."""
    loc = record["eventLoc"]
    code = iso3_of(gaz, loc.get("country code"))
    if code:
        return code
    res = gaz.resolve(loc["name"], context, context) or gaz.resolve(_key(loc["name"]), context, context)
    if res is not None:
        return res.place.country
    for place in places:
        if place.country and name_matches(loc["name"], place, gaz):
            return place.country
    return None


def load_records(path: str | Path) -> list[dict[str, Any]]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                if isinstance(rec.get("eventLoc"), dict) and rec["eventLoc"].get("name"):
                    out.append(rec)
    return out


def scored_event(result: ArticleResult, gold_event: str) -> Event | None:
    """The event whose location is scored: the first of the gold type, else the first coded."""
    same = [e for e in result.events if e.event == gold_event]
    pick = same or list(result.events)
    return pick[0] if pick else None


def _event_location(result: ArticleResult, gold_event: str) -> Location | None:
    event = scored_event(result, gold_event)
    return event.location if event is not None else None


def _sentence_location(result: ArticleResult) -> Location | None:
    for p in result.places:
        if p.provenance is not None and p.provenance.rule in ("capital-description",):
            return p
    return result.places[0] if result.places else None


def evaluate_places(path: str | Path, pipeline: Any) -> dict[str, Any]:
    """Score event and sentence locations on the gold ``eventLoc`` records of ``path``."""
    gaz = load_gazetteer()
    records = load_records(path)
    articles = [Article(id=str(r.get("id", i)), text=r["text"], date=dt.date.fromisoformat(r["date"])
                        if r.get("date") else None) for i, r in enumerate(records)]
    rows = []
    for rec, result in zip(records, pipeline.code_many(articles)):
        context = {a.country for a in result.actors if a.country} | {p.country for p in result.places if p.country}
        country = gold_country(rec, gaz, context, result.places)
        event = scored_event(result, rec.get("event", ""))
        row: dict[str, Any] = {"id": rec.get("id"), "gold": rec["eventLoc"]["name"], "gold_country": country,
                               "events_coded": len(result.events), "scored_event": event.event if event else None}
        for mode, loc in (("event", _event_location(result, rec.get("event", ""))),
                          ("sentence", _sentence_location(result))):
            row[mode] = None if loc is None else {"name": loc.name, "country": loc.country}
            row[f"{mode}_name_ok"] = name_matches(rec["eventLoc"]["name"], loc, gaz)
            row[f"{mode}_country_ok"] = loc is not None and country is not None and loc.country == country
        rows.append(row)
    n = len(rows) or 1
    report: dict[str, Any] = {"records": len(rows), "rows": rows, "gazetteer_load_seconds": round(gaz.load_seconds, 3)}
    for mode in ("event", "sentence"):
        report[mode] = {
            "name_accuracy": round(sum(r[f"{mode}_name_ok"] for r in rows) / n, 4),
            "country_accuracy": round(sum(r[f"{mode}_country_ok"] for r in rows) / n, 4),
            "with_location": sum(r[mode] is not None for r in rows),
        }
    report["no_event"] = sum(r["events_coded"] == 0 for r in rows)
    report["gold_country_known"] = sum(r["gold_country"] is not None for r in rows)
    return report


def format_report(report: dict[str, Any]) -> str:
    lines = [f"event locations against {report['records']} gold eventLoc records "
             f"(gazetteer loaded in {report['gazetteer_load_seconds']} s)"]
    for mode, label in (("event", "event location (full pipeline)"), ("sentence", "sentence place (baseline)")):
        m = report[mode]
        lines.append(f"  {label:32} name {m['name_accuracy']:.1%}  country {m['country_accuracy']:.1%}  "
                     f"located {m['with_location']}/{report['records']}")
    lines.append(f"  records with no event coded: {report['no_event']}; gold country known for "
                 f"{report['gold_country_known']}/{report['records']}")
    misses = [r for r in report["rows"] if not (r["event_name_ok"] and r["event_country_ok"])]
    if misses:
        lines.append("  misses (event mode; N = name miss, C = country miss):")
        for r in misses:
            flags = ("N" if not r["event_name_ok"] else "-") + ("C" if not r["event_country_ok"] else "-")
            got = f"{r['event']['name']!r} ({r['event']['country'] or '?'})" if r["event"] else "no location"
            why = "no event coded" if not r["events_coded"] else f"scored {r['scored_event']}"
            lines.append(f"    {flags} {r['id']}: gold {r['gold']!r} ({r['gold_country'] or '?'}), got {got}; {why}")
    return "\n".join(lines)


__all__ = ["evaluate_places", "format_report", "gold_country", "load_records", "name_matches", "scored_event"]
