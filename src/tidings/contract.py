"""Projection of an :class:`ArticleResult` onto the public ``tidings/1`` JSON contract."""

from __future__ import annotations

from typing import Any

from .schema import SCHEMA_VERSION, Actor, ArticleResult, Event, Location, Quote, Span


def _span(s: Span) -> dict[str, Any]:
    return {"start": s.start, "end": s.end, "text": s.text}


def actor_json(a: Actor) -> dict[str, Any]:
    return {
        "id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "sector": a.sector,
        "role": a.role, "wikidata": a.wikidata, "mentions": [_span(m.span) for m in a.mentions],
    }


def quote_json(q: Quote) -> dict[str, Any]:
    return {
        "id": q.id, "speaker": q.speaker, "speaker_text": q.speaker_text, "text": q.text, "kind": q.kind,
        "cue": q.cue, "start": q.span.start, "end": q.span.end,
    }


def location_json(loc: Location | None) -> dict[str, Any] | None:
    if loc is None:
        return None
    return {"name": loc.name, "country": loc.country, "lat": loc.lat, "lon": loc.lon, "geonameid": loc.geonameid}


def event_json(e: Event) -> dict[str, Any]:
    return {
        "id": e.id, "event": e.event, "mode": e.mode, "context": list(e.context), "cameo": e.cameo,
        "quad": e.quad, "intensity": e.intensity, "actor": list(e.actor), "recipient": list(e.recipient),
        "date": e.date.value if e.date else None,
        "date_precision": e.date.precision if e.date else None,
        "location": location_json(e.location), "aux": list(e.aux), "evidence": _span(e.evidence),
        "quote": e.quote, "confidence": round(float(e.confidence), 4), "rule": e.rule,
        # additions beyond the contract's required keys
        "mentions": [_span(m) for m in e.mentions],
        "date_info": None if e.date is None else {"raw": e.date.raw, "reason": e.date.reason},
    }


def to_contract(result: ArticleResult, with_text: bool = False) -> dict[str, Any]:
    art = result.article
    article: dict[str, Any] = {
        "id": art.id, "date": art.date.isoformat() if art.date else None, "title": art.title,
        "source": art.source, "url": art.url, "language": art.language,
    }
    if with_text:
        article["text"] = art.text
    return {
        "schema": SCHEMA_VERSION,
        "article": article,
        "actors": [actor_json(a) for a in result.actors],
        "quotes": [quote_json(q) for q in result.quotes],
        "events": [event_json(e) for e in result.events],
        "problems": [{"code": p.code, "message": p.message, "component": p.component} for p in result.problems],
    }


__all__ = ["actor_json", "event_json", "location_json", "quote_json", "to_contract"]
