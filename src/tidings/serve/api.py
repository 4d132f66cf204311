"""The REST API under ``/api``: thin handlers over :mod:`tidings.query` and :mod:`tidings.query_stats`.

Lists page with a cursor (events) or an offset (actors, quotes) and cap a page at 500 rows;
the export endpoints stream every matching row as CSV or JSON lines, with no cap.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import sqlite3
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response, StreamingResponse

from .. import query, query_events, query_stats as qs
from ..extract.events.confidence import default_threshold
from ..query import NotFound, QuoteRow, StoreSummary
from ..query_events import EventMentionRow, MergedEvent, NotMerged
from ..query_pages import EventUnit
from .state import store_of
from .params import Filters, event_filters
from .spans import ArticleView, EventDetail, article_view, event_detail, find_event

MAX_PAGE = 500
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "A parameter that cannot mean anything: `{error: {status, code, message, param}}`"},
    404: {"description": "Not in the store: `{error: {status, code, message, param}}`"},
}
router = APIRouter(prefix="/api", responses=ERRORS)


@dataclass(frozen=True)
class EventList:
    events: tuple[EventUnit, ...]
    next_cursor: str | None  # pass as ?cursor= for the next page; null on the last page
    total: int | None  # how many events match (with ?total=true), in the list's unit
    unit: str  # events: one row per real-world event; mentions: every stored event


@dataclass(frozen=True)
class MergedDetail:
    event: MergedEvent
    mentions: tuple[EventMentionRow, ...]  # every mention: its article, evidence, confidence, flags, why it joined


@dataclass(frozen=True)
class ActorList:
    actors: tuple[qs.ActorSummary, ...]
    next_offset: int | None


@dataclass(frozen=True)
class QuoteList:
    quotes: tuple[QuoteRow, ...]
    next_offset: int | None
    total: int | None


@dataclass(frozen=True)
class CountryCount:
    country: str
    events: int


@dataclass(frozen=True)
class MapStats:
    places: qs.PlaceStats
    actor_countries: tuple[CountryCount, ...]  # events by the countries of their participants


@dataclass(frozen=True)
class Summary:
    store: StoreSummary
    confidence_threshold: float  # events below it are candidates, left out of the CLI's default output
    real_world_events: int  # the stored events with those merged across articles counted once


def _json(value: Any) -> Response:
    """A dataclass as JSON, written directly: the documented response_model is the same shape, and skipping
    its validation saves ~20 ms per 1,000 rows (a daily timeline by type has ~12,000 buckets)."""
    body = json.dumps(dataclasses.asdict(value), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return Response(body, media_type="application/json")


UNIT = Query("events", description="events: one row per real-world event (merged across articles: its mention, "
                                    "article and source counts); mentions: every stored event.")


@router.get("/events", response_model=EventList, summary="Events matching filters, a page at a time")
def list_events(request: Request, filters: Filters = Depends(event_filters),
                sort: Literal["newest", "oldest"] = Query("newest", description="By the event's day."),
                cursor: str | None = Query(None, description="next_cursor of the previous page."),
                limit: int = Query(50, ge=1, le=MAX_PAGE), total: bool = Query(False, description="Count all matches."),
                unit: Literal["events", "mentions"] = UNIT) -> Response:
    store = store_of(request)
    page = qs.event_page(store.conn(), sort=sort, cursor=cursor, limit=limit, unit=unit, **filters.values)
    return _json(EventList(page.events, page.next_cursor,
                           store.cached(qs.event_total, unit=unit, **filters.values) if total else None, unit))


def merged_of(request: Request, merged_id: int) -> MergedDetail:
    conn = store_of(request).conn()
    try:
        event = query_events.merged_event(conn, merged_id)
    except NotMerged as exc:
        raise NotFound(str(exc)) from None
    return MergedDetail(event, tuple(query_events.event_mentions(conn, merged_id)))


@router.get("/merged/{merged_id}", response_model=MergedDetail,
            summary="One real-world event merged across articles, with every mention")
def get_merged(request: Request, merged_id: int = Path(..., ge=0, le=2**62)) -> Response:
    return _json(merged_of(request, merged_id))


def event_of(request: Request, article_id: str, event_id: str) -> Response:
    conn = store_of(request).conn()
    result = query.load_result(conn, article_id)
    event = find_event(result, event_id)
    if event is None:
        raise NotFound(f"no event {event_id!r} in article {article_id!r}")
    detail = event_detail(result, event, default_threshold())
    return dataclasses.replace(detail, merged=query_events.merged_of(conn, article_id, event_id))


@router.get("/events/{article_id}/{event_id}", response_model=EventDetail,
            summary="One event with its participants, quote, evidence sentence and further mentions")
def get_event(request: Request, article_id: str = Path(...), event_id: str = Path(...)) -> Response:
    return _json(event_of(request, article_id, event_id))


@router.get("/actors", response_model=ActorList, summary="Actors of the matching events, most active first")
def list_actors(request: Request, filters: Filters = Depends(event_filters),
                name: str | None = Query(None, description="Part of the actor's name."),
                limit: int = Query(50, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0, le=10**9)) -> Response:
    rows = store_of(request).cached(qs.actors, name=name, limit=limit + 1, offset=offset, **filters.values)
    return _json(ActorList(tuple(rows[:limit]), offset + limit if len(rows) > limit else None))


@router.get("/actors/{key}", response_model=qs.ActorProfile,
            summary="One actor (key name|country|sector): roles over time, events by type, top counterparts")
def get_actor(request: Request, key: str = Path(..., description="name|country|sector, e.g. Ludo Brannick||GOV"),
              filters: Filters = Depends(event_filters)) -> Response:
    values = {k: v for k, v in filters.values.items() if k != "involving"}
    return _json(store_of(request).cached(qs.actor_profile, key=key, **values))


def quote_filters(text: str | None = Query(None, description="Words of the quote (full-text search)."),
                  speaker: str | None = Query(None, description="Part of the speaker's name."),
                  kind: Literal["direct", "partial", "indirect"] | None = Query(None),
                  since: str | None = Query(None, description="Article on or after YYYY[-MM[-DD]]."),
                  until: str | None = Query(None, description="Article on or before YYYY[-MM[-DD]]."),
                  article_id: str | None = Query(None)) -> dict[str, Any]:
    return {"text": text, "speaker": speaker, "kind": kind, "since": query.parse_when(since, "since"),
            "until": query.parse_when(until, "until"), "article_id": article_id}


@router.get("/quotes", response_model=QuoteList, summary="Quotes by words (best match first) and speaker")
def list_quotes(request: Request, filters: dict[str, Any] = Depends(quote_filters),
                limit: int = Query(50, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0, le=10**9),
                total: bool = Query(False)) -> Response:
    store = store_of(request)
    given = {k: v for k, v in filters.items() if v is not None}
    # kept like the aggregates: ranking every quote that holds a common word takes ~0.25 s at 200,000 quotes
    rows = store.cached(query.quotes, limit=limit + 1, offset=offset, **given)
    count = store.cached(query.quote_total, **given) if total else None
    return _json(QuoteList(tuple(rows[:limit]), offset + limit if len(rows) > limit else None, count))


@router.get("/articles/{article_id}", response_model=ArticleView,
            summary="An article's text with its actor, quote, speaker, cue, trigger and evidence spans")
def get_article(request: Request, article_id: str = Path(...)) -> Response:
    return _json(article_view(query.load_result(store_of(request).conn(), article_id)))


@router.get("/stats/timeline", response_model=qs.Timeline, summary="Matching events per period by quad class or type")
def stats_timeline(request: Request, filters: Filters = Depends(event_filters),
                   interval: Literal["day", "week", "month", "year"] = Query("month"),
                   by: Literal["quad", "event"] = Query("quad")) -> Response:
    return _json(store_of(request).cached(qs.timeline, interval=interval, by=by, **filters.values))


@router.get("/stats/network", response_model=qs.Network, summary="Weighted actor -> recipient edges")
def stats_network(request: Request, filters: Filters = Depends(event_filters),
                  edges: int = Query(40, ge=1, le=MAX_PAGE)) -> Response:
    return _json(store_of(request).cached(qs.network, edges=edges, **filters.values))


@router.get("/stats/map", response_model=MapStats, summary="Matching events by place and by country")
def stats_map(request: Request, filters: Filters = Depends(event_filters),
              limit: int = Query(200, ge=1, le=MAX_PAGE)) -> Response:
    store = store_of(request)
    places = store.cached(qs.places, limit=limit, **filters.values)
    by_country = store.cached(qs.actor_countries, **filters.values)
    return _json(MapStats(places, tuple(CountryCount(c, n) for c, n in by_country)))


@router.get("/stats/summary", response_model=Summary, summary="Counts of everything stored")
def stats_summary(request: Request) -> Response:
    store = store_of(request)
    return _json(Summary(query.summary(store.conn()), default_threshold(), store.cached(qs.event_total, unit="events")))


@router.get("/activity", response_model=qs.Activity, summary="What an ingest has written lately")
def get_activity(request: Request) -> Response:
    return _json(qs.activity(store_of(request).conn()))


# --- downloads --------------------------------------------------------------------------------

def _flat(value: Any) -> Any:
    if isinstance(value, (tuple, list)):
        return "; ".join(str(_flat(v)) if not dataclasses.is_dataclass(v) else json.dumps(dataclasses.asdict(v))
                         for v in value)
    return "" if value is None else value


def _csv(rows: Iterable[Any]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    header = False
    for r in rows:
        if not header:
            writer.writerow([f.name for f in dataclasses.fields(r)])
            header = True
        writer.writerow([_flat(getattr(r, f.name)) for f in dataclasses.fields(r)])
        if buf.tell() > 65536:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def _jsonl(rows: Iterable[Any]) -> Iterator[str]:
    for r in rows:
        yield json.dumps(dataclasses.asdict(r), ensure_ascii=False) + "\n"


def _closing(conn: sqlite3.Connection, rows: Iterator[Any]) -> Iterator[Any]:
    try:
        yield from rows
    finally:
        conn.close()


def _download(rows: Iterable[Any], fmt: str, name: str) -> StreamingResponse:
    media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson; charset=utf-8"
    body = _csv(rows) if fmt == "csv" else _jsonl(rows)
    return StreamingResponse(body, media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'})


@router.get("/export/events.{fmt}", summary="Every matching event, streamed as CSV or JSON lines",
            response_class=StreamingResponse, responses={200: {"content": {"text/csv": {}, "application/x-ndjson": {}}}})
def export_events(request: Request, fmt: Literal["csv", "jsonl"], filters: Filters = Depends(event_filters),
                  sort: Literal["newest", "oldest"] = Query("newest"),
                  unit: Literal["events", "mentions"] = UNIT) -> StreamingResponse:
    conn = qs.open_readonly(store_of(request).path)  # the stream's own connection, closed when it ends
    rows = qs.iter_event_pages(conn, sort=sort, unit=unit, **filters.values)
    return _download(_closing(conn, rows), fmt, "events")


@router.get("/export/quotes.{fmt}", summary="Every matching quote, streamed as CSV or JSON lines",
            response_class=StreamingResponse, responses={200: {"content": {"text/csv": {}, "application/x-ndjson": {}}}})
def export_quotes(request: Request, fmt: Literal["csv", "jsonl"],
                  filters: dict[str, Any] = Depends(quote_filters)) -> StreamingResponse:
    given = {k: v for k, v in filters.items() if v is not None}
    conn = qs.open_readonly(store_of(request).path)
    return _download(_closing(conn, query.iter_quotes(conn, **given)), fmt, "quotes")


__all__ = ["MAX_PAGE", "router"]
