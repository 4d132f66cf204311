"""An article's text cut into segments that carry the spans covering them (actor mentions, quotes,
speakers, cues, event triggers and evidence), and one event with its evidence: what the event and
article pages highlight. Pure functions over the stored record (:func:`tidings.query.load_result`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from ..query_events import MergedEvent
from ..query_stats import actor_key
from ..schema import Actor, ArticleResult, Event, Span, to_dict

MarkKind = Literal["actor", "quote", "speaker", "cue", "trigger", "evidence"]


@dataclass(frozen=True)
class Mark:
    """One highlighted span: what it is, its offsets, a label for people and the record it belongs to."""

    kind: MarkKind
    start: int
    end: int
    label: str
    ref: str  # the actor, quote or event id in the article


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str
    marks: tuple[int, ...]  # indexes into the marks that cover this segment


@dataclass(frozen=True)
class ArticleMeta:
    id: str
    title: str | None
    date: str | None
    source: str | None
    url: str | None
    origin: str | None


@dataclass(frozen=True)
class ActorRef:
    id: str
    key: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    role: str | None
    wikidata: str | None


@dataclass(frozen=True)
class ArticleView:
    article: ArticleMeta
    text: str
    marks: tuple[Mark, ...]
    segments: tuple[Segment, ...]
    actors: tuple[ActorRef, ...]
    events: tuple[dict[str, Any], ...]  # the stored events, as in the tidings/1 record
    quotes: tuple[dict[str, Any], ...]
    problems: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class EventDetail:
    key: str  # article_id/event_id
    article: ArticleMeta
    event: dict[str, Any]  # the stored event, as in the tidings/1 record
    actors: tuple[ActorRef, ...]
    recipients: tuple[ActorRef, ...]
    quote: dict[str, Any] | None
    evidence: Sentence
    mentions: tuple[Sentence, ...]  # every further mention of the event, with its sentence
    candidate: bool  # below the confidence threshold of the default output
    merged: MergedEvent | None = None  # the real-world event it reports, merged across articles (None: not merged)


def _meta(result: ArticleResult) -> ArticleMeta:
    a = result.article
    return ArticleMeta(a.id, a.title, a.date.isoformat() if a.date else None, a.source, a.url, a.origin)


def _ref(a: Actor) -> ActorRef:
    return ActorRef(a.id, actor_key(a.name, a.country, a.sector), a.name, a.kind, a.country, a.sector, a.role,
                    a.wikidata)


def _valid(span: Span | None, size: int) -> bool:
    return span is not None and 0 <= span.start < span.end <= size


def marks(result: ArticleResult, *, event_id: str | None = None) -> tuple[Mark, ...]:
    """The spans to highlight: every one of the article, or (``event_id``) those of one event and its cast."""
    size = len(result.article.text)
    names = {a.id: a.name for a in result.actors}
    events = [e for e in result.events if event_id is None or e.id == event_id]
    cast = {x for e in events for x in (*e.actor, *e.recipient)} if event_id else set(names)
    quote_ids = {e.quote for e in events if e.quote} if event_id else {q.id for q in result.quotes}
    out: list[Mark] = []
    for a in result.actors:
        if a.id in cast:
            out += [Mark("actor", m.span.start, m.span.end, a.name, a.id) for m in a.mentions if _valid(m.span, size)]
    for q in result.quotes:
        if q.id not in quote_ids:
            continue
        speaker = names.get(q.speaker or "", q.speaker_text or "unknown speaker")
        if _valid(q.span, size):
            out.append(Mark("quote", q.span.start, q.span.end, f"{q.kind} quote of {speaker}", q.id))
        if _valid(q.speaker_span, size):
            out.append(Mark("speaker", q.speaker_span.start, q.speaker_span.end, speaker, q.id))  # type: ignore[union-attr]
        if _valid(q.cue_span, size):
            out.append(Mark("cue", q.cue_span.start, q.cue_span.end, q.cue or "cue", q.id))  # type: ignore[union-attr]
    for e in events:
        for span in (e.evidence, *e.mentions):
            if _valid(span, size):
                out.append(Mark("evidence", span.start, span.end, f"{e.event} ({e.id})", e.id))
        if _valid(e.trigger, size):
            out.append(Mark("trigger", e.trigger.start, e.trigger.end, e.event, e.id))  # type: ignore[union-attr]
    return tuple(sorted(out, key=lambda m: (m.start, -m.end, m.kind)))


def segments(text: str, spans: tuple[Mark, ...]) -> tuple[Segment, ...]:
    """``text`` cut at every span boundary; each piece lists the spans that cover it."""
    cuts = sorted({0, len(text), *(m.start for m in spans), *(m.end for m in spans)})
    out = []
    for start, end in zip(cuts, cuts[1:]):
        if start < end:
            covering = tuple(i for i, m in enumerate(spans) if m.start <= start and end <= m.end)
            out.append(Segment(start, end, text[start:end], covering))
    return tuple(out)


def article_view(result: ArticleResult, *, event_id: str | None = None) -> ArticleView:
    spans = marks(result, event_id=event_id)
    return ArticleView(
        article=_meta(result), text=result.article.text, marks=spans, segments=segments(result.article.text, spans),
        actors=tuple(_ref(a) for a in result.actors), events=tuple(to_dict(e) for e in result.events),
        quotes=tuple(to_dict(q) for q in result.quotes), problems=tuple(to_dict(p) for p in result.problems),
    )


def sentence_around(text: str, span: Span) -> Sentence:
    """The sentence holding ``span``: from after the previous full stop, ?, ! or blank line to the next one."""
    start = max(text.rfind(x, 0, span.start) for x in (". ", "? ", "! ", "\n"))
    start = 0 if start < 0 else start + 1
    ends = [i for i in (text.find(x, span.end) for x in (". ", "? ", "! ", "\n")) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    while start < span.start and text[start].isspace():
        start += 1
    return Sentence(start, end, text[start:end].strip())


def find_event(result: ArticleResult, event_id: str) -> Event | None:
    return next((e for e in result.events if e.id == event_id), None)


def event_detail(result: ArticleResult, event: Event, threshold: float) -> EventDetail:
    text = result.article.text
    by_id = {a.id: a for a in result.actors}
    quote = next((q for q in result.quotes if q.id == event.quote), None) if event.quote else None
    evidence = (Sentence(event.evidence.start, event.evidence.end, event.evidence.text)
                if _valid(event.evidence, len(text)) else Sentence(0, 0, event.evidence.text))
    return EventDetail(
        key=f"{result.article.id}/{event.id}", article=_meta(result), event=to_dict(event),
        actors=tuple(_ref(by_id[x]) for x in event.actor if x in by_id),
        recipients=tuple(_ref(by_id[x]) for x in event.recipient if x in by_id),
        quote=to_dict(quote) if quote else None, evidence=evidence,
        mentions=tuple(sentence_around(text, m) for m in event.mentions if _valid(m, len(text))),
        candidate=event.confidence < threshold,
    )


__all__ = sorted(["ActorRef", "ArticleMeta", "ArticleView", "EventDetail", "Mark", "Segment", "Sentence",
                  "article_view", "event_detail", "find_event", "marks", "segments", "sentence_around"])
