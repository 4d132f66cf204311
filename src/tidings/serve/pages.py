"""The dashboard: server-rendered pages sharing one filter bar; every count links to the list behind it.

Pages read through the same query functions as the API and draw their charts as SVG on the
server (:mod:`tidings.serve.charts`); the little JavaScript there is (``static/app.js``) only
adds conveniences, so every page works without it.
"""

from __future__ import annotations

from typing import Any, Literal
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from .. import query, query_stats as qs
from ..extract.events.confidence import default_threshold
from ..ontology import AUX_MODES, CONTEXTS, EVENT_TYPES, QUAD_NAMES, SECTORS
from .api import UNIT, event_of, merged_of, quote_filters
from .state import HERE, Store, store_of
from .charts import WORLD_URL, network_svg, period_end, series_colour, series_label, timeline_svg, world_base_svg, world_svg
from .params import Filters, event_filters
from .spans import article_view

PAGE = 50
templates = Jinja2Templates(directory=str(HERE / "templates"))
# counts read as 1,234,567; every other value prints as it is
templates.env.finalize = lambda v: f"{v:,}" if isinstance(v, int) and not isinstance(v, bool) else v
templates.env.globals.update(EVENT_TYPES=list(EVENT_TYPES), QUAD_NAMES=QUAD_NAMES, SECTORS=SECTORS,
                             period_end=period_end,
                             CONTEXTS=CONTEXTS, AUX_MODES=AUX_MODES, quote=lambda s: quote(str(s), safe=""),
                             series_colour=series_colour, series_label=series_label)
router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def _page(request: Request, template: str, status: int = 200, **context: Any) -> Response:
    context.setdefault("filters", None)
    context.setdefault("threshold", default_threshold())
    return templates.TemplateResponse(request, template, context, status_code=status)


def render_error(request: Request, status: int, code: str, message: str, param: str | None) -> Response:
    return _page(request, "error.html", status, error={"status": status, "code": code, "message": message,
                                                       "param": param})


def actor_href(key: str) -> str:
    return "/actors/" + quote(key, safe="")


templates.env.globals["actor_href"] = actor_href


def warm(store: Store) -> None:
    """Compute the unfiltered views once, in the background at start, so the first visitor does not wait.

    It reads through a connection of its own: stopping the server never closes it under a running query.
    """
    views = ((qs.event_count, {}), (qs.event_total, {"unit": "events"}), (query.summary, {}), (qs.type_counts, {}),
             (qs.actors, {"limit": 10}),
             (qs.timeline, {"interval": "month", "by": "quad"}), (qs.timeline, {"interval": "week", "by": "quad"}),
             (qs.timeline, {"interval": "month", "by": "event"}), (qs.timeline, {"interval": "week", "by": "event"}),
             (qs.network, {"edges": 40}), (qs.places, {"limit": 200}), (qs.actor_countries, {}),
             (qs.actors, {"name": None, "limit": PAGE + 1, "offset": 0}))
    try:
        conn = qs.open_readonly(store.path)
    except Exception:  # noqa: BLE001 - the store went away: requests will say so
        return
    try:
        for fn, kwargs in views:
            if store.closed:
                return
            store.cached(fn, conn=conn, **kwargs)  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - a store being rewritten: the request itself will try again
        return
    finally:
        conn.close()


@router.get("/")
def home(request: Request, filters: Filters = Depends(event_filters)) -> Response:
    store = store_of(request)
    return _page(request, "home.html", filters=filters, summary=store.cached(query.summary),
                 total=store.cached(qs.event_count, **filters.values),
                 events=store.cached(qs.event_total, unit="events", **filters.values),
                 chart=timeline_svg(store.cached(qs.timeline, interval="month", by="quad", **filters.values),
                                    lambda **c: "/events?" + filters.mentions(**c)),
                 types=store.cached(qs.type_counts, **filters.values),
                 actors=store.cached(qs.actors, limit=10, **filters.values))


@router.get("/events")
def events_page(request: Request, filters: Filters = Depends(event_filters),
                sort: Literal["newest", "oldest"] = Query("newest"), cursor: str | None = Query(None),
                unit: Literal["events", "mentions"] = UNIT) -> Response:
    store = store_of(request)
    page = qs.event_page(store.conn(), sort=sort, cursor=cursor, limit=PAGE, unit=unit, **filters.values)
    total = store.cached(qs.event_total, unit=unit, **filters.values)
    kept = {"unit": None if unit == "events" else unit}  # the default unit stays out of links
    more = f"/events?{filters.query(sort=sort, cursor=page.next_cursor, **kept)}" if page.next_cursor else None
    return _page(request, "events.html", filters=filters, page=page, total=total, sort=sort, more=more,
                 first=cursor is None, unit=unit, kept=kept)


@router.get("/merged/{merged_id}")
def merged_page(request: Request, merged_id: int = Path(..., ge=0, le=2**62)) -> Response:
    return _page(request, "merged.html", m=merged_of(request, merged_id))


@router.get("/events/{article_id}/{event_id}")
def event_page(request: Request, article_id: str = Path(...), event_id: str = Path(...)) -> Response:
    detail = event_of(request, article_id, event_id)
    view = article_view(query.load_result(store_of(request).conn(), article_id), event_id=event_id)
    return _page(request, "event.html", detail=detail, view=view)


@router.get("/articles")
def articles_page(request: Request, since: str | None = Query(None), until: str | None = Query(None),
                  offset: int = Query(0, ge=0, le=10**9)) -> Response:
    given = {"since": query.parse_when(since, "since"), "until": query.parse_when(until, "until")}
    rows = query.articles(store_of(request).conn(), limit=PAGE + 1, offset=offset, **given)
    raw = {k: v for k, v in given.items() if v}
    more = f"/articles?{urlencode({**raw, 'offset': offset + PAGE})}" if len(rows) > PAGE else None
    return _page(request, "articles.html", rows=rows[:PAGE], q=raw, more=more)


@router.get("/articles/{article_id}")
def article_page(request: Request, article_id: str = Path(...)) -> Response:
    view = article_view(query.load_result(store_of(request).conn(), article_id))
    return _page(request, "article.html", view=view)


@router.get("/actors")
def actors_page(request: Request, filters: Filters = Depends(event_filters), name: str | None = Query(None),
                offset: int = Query(0, ge=0, le=10**9)) -> Response:
    rows = store_of(request).cached(qs.actors, name=name, limit=PAGE + 1, offset=offset, **filters.values)
    more = f"/actors?{filters.query(name=name, offset=offset + PAGE)}" if len(rows) > PAGE else None
    return _page(request, "actors.html", filters=filters, rows=rows[:PAGE], name=name or "", more=more,
                 offset=offset)


@router.get("/actors/{key}")
def actor_page(request: Request, key: str = Path(...), filters: Filters = Depends(event_filters)) -> Response:
    values = {k: v for k, v in filters.values.items() if k != "involving"}
    profile = store_of(request).cached(qs.actor_profile, key=key, **values)
    return _page(request, "actor.html", filters=filters, p=profile)


@router.get("/quotes")
def quotes_page(request: Request, given: dict[str, Any] = Depends(quote_filters),
                offset: int = Query(0, ge=0, le=10**9)) -> Response:
    f = {k: v for k, v in given.items() if v is not None}
    rows = store_of(request).cached(query.quotes, limit=PAGE + 1, offset=offset, **f)
    raw = {k: str(v) for k, v in f.items()}
    more = f"/quotes?{urlencode({**raw, 'offset': offset + PAGE})}" if len(rows) > PAGE else None
    total = store_of(request).cached(query.quote_total, **f)
    return _page(request, "quotes.html", rows=rows[:PAGE], q=raw, total=total, more=more,
                 export=urlencode(raw))


@router.get("/timeline")
def timeline_page(request: Request, filters: Filters = Depends(event_filters),
                  interval: Literal["day", "week", "month", "year"] = Query("week"),
                  by: Literal["quad", "event"] = Query("quad")) -> Response:
    t = store_of(request).cached(qs.timeline, interval=interval, by=by, **filters.values)
    chart = timeline_svg(t, lambda **c: "/events?" + filters.mentions(**c))
    return _page(request, "timeline.html", filters=filters, t=t, chart=chart, interval=interval, by=by,
                 extra={"interval": interval, "by": by})


@router.get("/network")
def network_page(request: Request, filters: Filters = Depends(event_filters),
                 edges: int = Query(40, ge=1, le=200)) -> Response:
    net = store_of(request).cached(qs.network, edges=edges, **filters.values)
    chart = network_svg(net, actor_href,
                        lambda s, t: "/events?" + filters.mentions(actor_key=s, recipient_key=t))
    return _page(request, "network.html", filters=filters, net=net, chart=chart, extra={"edges": edges})


@router.get("/map")
def map_page(request: Request, filters: Filters = Depends(event_filters)) -> Response:
    store = store_of(request)
    stats = store.cached(qs.places, limit=200, **filters.values)
    chart = world_svg(stats.countries, lambda iso3: "/events?" + filters.mentions(place=iso3))
    return _page(request, "map.html", filters=filters, stats=stats, chart=chart,
                 actor_countries=store.cached(qs.actor_countries, **filters.values)[:30])


@router.get(WORLD_URL)
def world_outlines() -> Response:
    return Response(world_base_svg(), media_type="image/svg+xml", headers={"Cache-Control": "public, max-age=86400"})


@router.get("/activity")
def activity_page(request: Request) -> Response:
    return _page(request, "activity.html", a=qs.activity(store_of(request).conn()))


__all__ = ["render_error", "router"]
