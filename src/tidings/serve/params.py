"""The event filters every list, count and chart takes, as query parameters shared by the API and the pages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from fastapi import Query, Request

from ..query_stats import check_filters
from .state import store_of

NAMES = ("actor", "country", "actor_country", "recipient_country", "sector", "event", "mode", "context", "aux", "quad",
         "place", "bbox", "text", "since", "until", "min_confidence", "max_confidence", "article_id", "involving",
         "actor_key", "recipient_key")


@dataclass(frozen=True)
class Filters:
    """Checked filters (for the query layer) and the raw parameters (for links that keep them)."""

    values: dict[str, Any]
    raw: dict[str, str]

    def query(self, **changes: Any) -> str:
        """The filters as a query string, with ``changes`` applied (a None value removes that parameter)."""
        params = {**self.raw, **{k: v for k, v in changes.items()}}
        return urlencode({k: v for k, v in params.items() if v not in (None, "")})

    def mentions(self, **changes: Any) -> str:
        """:meth:`query` for the list of every stored event: what the charts and tables of counts count."""
        return self.query(unit="mentions", **changes)


def event_filters(
    request: Request,
    actor: str | None = Query(None, description="Part of an actor's or recipient's name (case-insensitive)."),
    country: str | None = Query(None, description="ISO3 code(s) of an actor or recipient, comma-separated."),
    actor_country: str | None = Query(None, description="ISO3 code(s) of an actor (the side that acts)."),
    recipient_country: str | None = Query(None, description="ISO3 code(s) of a recipient."),
    sector: str | None = Query(None, description="PLOVER sector(s) of a participant, e.g. GOV,MIL."),
    event: str | None = Query(None, description="PLOVER event type(s), e.g. PROTEST,ASSAULT."),
    mode: str | None = Query(None, description="PLOVER mode(s), e.g. demo."),
    context: str | None = Query(None, description="PLOVER context(s), e.g. military."),
    aux: str | None = Query(None, description="Flags: negation, hypothetical, future, historical; none = asserted."),
    quad: str | None = Query(None, description="Quad class(es) 1-4 (verbal/material cooperation/conflict)."),
    place: str | None = Query(None, description="Part of the place's name, or its ISO3 country."),
    bbox: str | None = Query(None, description="min_lon,min_lat,max_lon,max_lat of the event's place."),
    text: str | None = Query(None, description="Words in the evidence (full-text search)."),
    since: str | None = Query(None, description="On or after YYYY[-MM[-DD]] (the event's day)."),
    until: str | None = Query(None, description="On or before YYYY[-MM[-DD]]."),
    min_confidence: float | None = Query(None, ge=0, le=1, description="Leave out less likely events."),
    max_confidence: float | None = Query(None, ge=0, le=1, description="Only events at most this likely."),
    article_id: str | None = Query(None, description="Events of one article."),
    involving: str | None = Query(None, description="Actor key (name|country|sector) on either side."),
    actor_key: str | None = Query(None, description="Actor key on the actor side."),
    recipient_key: str | None = Query(None, description="Actor key on the recipient side."),
) -> Filters:
    given = {k: v for k, v in locals().items() if k in NAMES and v not in (None, "")}
    values = check_filters(store_of(request).conn(), **given)
    return Filters(values, {k: str(v) for k, v in given.items()})


__all__ = ["Filters", "NAMES", "event_filters"]
