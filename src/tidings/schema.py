"""The records every stage of tidings speaks.

All records are frozen dataclasses. Optional values are ``None``; sequences are tuples.
``to_dict`` / ``from_dict`` give a lossless JSON round trip of any record (the *full* form,
used by the store); :mod:`tidings.contract` projects an :class:`ArticleResult` onto the
public ``tidings/1`` output contract.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import types
import typing
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

SCHEMA_VERSION = "tidings/1"

ActorKind = Literal["person", "organization", "country", "group", "other"]
QuoteKind = Literal["direct", "partial", "indirect"]
Precision = Literal["year", "month", "day"]
Aux = Literal["negation", "hypothetical", "future", "historical"]
MentionKind = Literal["name", "title", "honorific", "pronoun", "metonym", "nominal", "appositive", "demonym"]


@dataclass(frozen=True)
class Span:
    """Character offsets ``[start, end)`` into ``Article.text`` and the text they cover."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Provenance:
    """Which component and rule made a value, how sure it is, and why."""

    component: str
    rule: str
    score: float = 1.0
    reason: str | None = None


@dataclass(frozen=True)
class Article:
    """One news article as ingested. ``text`` is what all offsets count in."""

    id: str
    text: str
    date: _dt.date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = "en"
    origin: str | None = None  # file path (and line) it was read from

    def __post_init__(self) -> None:
        # checked here because every later stage trusts these types: a date string would pass
        # through the store and break date resolution far from where it came in
        for name in ("id", "text"):
            if not isinstance(getattr(self, name), str):
                raise TypeError(f"Article.{name} must be a str, not {type(getattr(self, name)).__name__}")
        for name in ("title", "source", "url", "language", "origin"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise TypeError(f"Article.{name} must be a str or None, not {type(value).__name__}")
        d = self.date
        if isinstance(d, _dt.datetime):  # a timestamp: its calendar day
            object.__setattr__(self, "date", d.date())
        elif isinstance(d, str):  # an ISO day is parsed; anything else is refused, never kept as text
            try:
                object.__setattr__(self, "date", _dt.date.fromisoformat(d.strip()) if len(d.strip()) == 10 else None)
            except ValueError:
                object.__setattr__(self, "date", None)
            if self.date is None:
                raise ValueError(f"Article.date {d!r} is not a date in the form YYYY-MM-DD")
        elif d is not None and not isinstance(d, _dt.date):
            raise TypeError(f"Article.date must be a datetime.date, an ISO date string or None, not {type(d).__name__}")


@dataclass(frozen=True)
class Mention:
    """One place in the text where an actor is referred to."""

    span: Span
    kind: MentionKind = "name"
    provenance: Provenance | None = None


@dataclass(frozen=True)
class Actor:
    """A resolved participant: a person, organisation, country or group of the article."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    wikidata: str | None = None
    mentions: tuple[Mention, ...] = ()
    score: float = 1.0
    provenance: Provenance | None = None


@dataclass(frozen=True)
class Quote:
    """Reported speech with its speaker (an actor id) where the text says who spoke."""

    id: str
    text: str
    kind: QuoteKind
    span: Span  # the quoted content (for direct quotes, inside the marks)
    speaker: str | None = None
    speaker_text: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    provenance: Provenance | None = None


@dataclass(frozen=True)
class TimeExpression:
    """A temporal expression of the text, resolved against the article's date."""

    span: Span
    value: str | None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    precision: Precision | None
    end_value: str | None = None  # for ranges
    provenance: Provenance | None = None


@dataclass(frozen=True)
class EventDate:
    """When an event happened, with the raw text it came from and the anchor it was resolved to."""

    value: str | None
    precision: Precision | None
    raw: str | None = None
    span: Span | None = None
    anchor: _dt.date | None = None
    reason: str | None = None


@dataclass(frozen=True)
class Location:
    """A resolved place (a toponym of the text or the place of an event)."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    admin1: str | None = None
    feature: str | None = None  # city, region, country, place
    span: Span | None = None
    provenance: Provenance | None = None


@dataclass(frozen=True)
class Event:
    """A PLOVER event: who did what to whom, when and where, with its evidence."""

    id: str
    event: str
    evidence: Span
    actor: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    mode: str | None = None
    context: tuple[str, ...] = ()
    cameo: str | None = None
    quad: int = 1
    intensity: float = 0.0
    date: EventDate | None = None
    location: Location | None = None
    aux: tuple[Aux, ...] = ()
    quote: str | None = None
    confidence: float = 0.5
    rule: str = ""
    trigger: Span | None = None  # the verb or noun that signals the event
    mentions: tuple[Span, ...] = ()  # further evidence spans of the same event in the article
    provenance: Provenance | None = None


@dataclass(frozen=True)
class Problem:
    """Something that went wrong with one article or record; the batch goes on."""

    code: str
    message: str
    component: str | None = None
    origin: str | None = None


@dataclass(frozen=True)
class ArticleResult:
    """Everything tidings knows about one article."""

    article: Article
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    places: tuple[Location, ...] = ()
    problems: tuple[Problem, ...] = ()
    components: tuple[str, ...] = ()  # versioned names of the components that ran
    schema: str = SCHEMA_VERSION
    # draft only: the actors the finding stages propose (names, titles, speakers, participants),
    # which the linker turns into ``actors``; empty in a finished result
    proposals: tuple[Actor, ...] = ()


# --- lossless JSON round trip -------------------------------------------------------------

R = TypeVar("R")


def to_dict(record: Any) -> Any:
    """Turn a record (or a tuple/list of them) into JSON-ready Python values."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (tuple, list)):
        return [to_dict(x) for x in record]
    if isinstance(record, _dt.date):
        return record.isoformat()
    return record


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _build(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(tp):
            if arg is type(None):
                continue
            return _build(arg, value)
    if origin is tuple:
        (item, *_rest) = typing.get_args(tp)
        return tuple(_build(item, v) for v in value)
    if origin is Literal:
        return value
    if tp is _dt.date:
        return _dt.date.fromisoformat(value)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return from_dict(tp, value)
    if tp is float and isinstance(value, int):
        return float(value)
    return value


def from_dict(cls: type[R], data: dict[str, Any]) -> R:
    """Rebuild a record of type ``cls`` from :func:`to_dict` output (unknown keys are ignored)."""
    hints = _hints(cls)
    kwargs = {f.name: _build(hints[f.name], data[f.name]) for f in dataclasses.fields(cls) if f.name in data}
    return cls(**kwargs)  # type: ignore[call-arg]


__all__ = sorted(
    [
        "SCHEMA_VERSION", "Span", "Provenance", "Article", "Mention", "Actor", "Quote", "TimeExpression",
        "EventDate", "Location", "Event", "Problem", "ArticleResult", "to_dict", "from_dict",
        "ActorKind", "QuoteKind", "Precision", "Aux", "MentionKind",
    ]
)
