"""The ``when_where`` component: each event's date and location, in order of evidence.

1. its own sentence (:mod:`.clause` for the date, :mod:`.locations` for the place);
2. else a carry-over: a sentence that refers back to its actor ("The Russian leader made the
   comments", or a quote of that actor) takes the date and place of the nearest earlier
   sentence about the same actor that has them ("Putin told journalists in Sochi on
   Wednesday"), within ``CARRY_WINDOW`` sentences;
3. else, for a place, the sentence's only place used as a modifier (:func:`.locations.only_place`);
4. else the setting of its paragraph or article (:mod:`.setting`), and for a material act the
   scene's day date;
5. else, for a date, the article's date at day precision, with a reason saying so.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Sequence

from ...registry import Resources
from ...schema import ArticleResult, Event, EventDate, Location, Provenance
from ..common import is_infinitive, token_at
from ..events.hosts import hosted
from .clause import choose_date, date_from, dated, sentence_bounds, trigger_token
from .locations import choose_location, locative_prep, only_place
from .setting import Placed, paragraph_bounds, party_countries, past_days, placed_of, scene_date, setting_for

COMPONENT = "tidings.when_where.v1"
ANAPHORIC_KINDS = {"pronoun", "title", "nominal", "appositive"}
CARRY_WINDOW = 6  # sentences back that a date or place may be carried from


def carry_actors(draft: ArticleResult, event: Event, sent: tuple[int, int]) -> set[str]:
    """The event's actors that this sentence refers back to (a pronoun or title, or a quote's speaker)."""
    ids = set(event.actor)
    out = {a.id for a in draft.actors if a.id in ids and any(
        m.kind in ANAPHORIC_KINDS and sent[0] <= m.span.start < sent[1] for m in a.mentions)}
    for q in draft.quotes:
        if q.speaker in ids and q.span.start <= event.evidence.start < q.span.end + 2:
            out.add(q.speaker)
    return out


def carry(doc: Any, draft: ArticleResult, event: Event, need_date: bool, need_place: bool,
           sents: Sequence[tuple[int, int]]) -> tuple[EventDate | None, Location | None]:
    """Date and place of the nearest earlier sentences about the same actor, for an anaphoric
    sentence; ``sents`` are the article's sentence bounds."""
    trig = trigger_token(doc, event)
    if trig is None:
        return None, None
    here = next((i for i, (s0, s1) in enumerate(sents) if s0 <= trig.idx < s1), -1)
    actors = carry_actors(draft, event, sents[here]) if here >= 0 else set()
    if not actors:
        return None, None
    starts = [m.span.start for a in draft.actors if a.id in actors for m in a.mentions]
    date: EventDate | None = None
    place: Location | None = None
    anchor = draft.article.date
    for i in range(here - 1, max(-1, here - 1 - CARRY_WINDOW), -1):
        s0, s1 = sents[i]
        if not any(s0 <= x < s1 for x in starts):
            continue
        if need_date and date is None:
            here_dated = [t for t in dated(draft.times) if s0 <= t.span.start < s1]
            if here_dated:
                t = here_dated[0]
                date = date_from(t, anchor, f"carried from an earlier sentence about the same actor: {t.span.text!r}")
        if need_place and place is None:
            for loc in draft.places:
                tok = token_at(doc, loc.span) if loc.span and s0 <= loc.span.start < s1 else None
                if tok is not None and locative_prep(tok, None) is not None:
                    place = dataclasses.replace(loc, provenance=Provenance(
                        COMPONENT, "carried", 0.5, f"carried from an earlier sentence about the same actor: "
                        f"{loc.span.text if loc.span else loc.name!r}"))
                    break
        if (date is not None or not need_date) and (place is not None or not need_place):
            break
    return date, place


def _is_setting(doc: Any) -> Any:
    """Whether the text puts something in or at a place, outside an infinitive ("plans to deploy in X")."""
    def test(loc: Any) -> bool:
        tok = token_at(doc, loc.span)
        if tok is None or locative_prep(tok, None) is None:
            return False
        return not any(t.pos_ in ("VERB", "AUX") and is_infinitive(t) for t in tok.ancestors)
    return test


def _setting(doc: Any, draft: ArticleResult) -> tuple[list[Placed], list[tuple[int, int]], list[Any]]:
    """The article's settings (:mod:`.setting`): its locative places, paragraphs and past day dates."""
    return (placed_of(draft.places, _is_setting(doc)), paragraph_bounds(draft.article.text),
            past_days(draft.times, draft.article.date))


def attach(doc: Any, draft: ArticleResult) -> tuple[Event, ...]:
    anchor = draft.article.date
    out: list[Event] = []
    sents: list[tuple[int, int]] = []  # built once, when an event first needs to carry
    setting: Any = None  # (placed, paragraphs, dated): built once, when first needed
    for event in draft.events:
        date = choose_date(doc, event, draft.times, anchor)
        loc = choose_location(doc, event, draft.places, draft.actors)
        location = None
        if loc is not None:
            place, rule, why = loc
            score = {"locative": 0.8, "destination": 0.75, "acted-on": 0.7, "most-specific": 0.65,
                     "subject-phrase": 0.6}.get(rule, 0.5)
            location = dataclasses.replace(place, provenance=Provenance(COMPONENT, rule, score, why))
        if date is None or location is None:
            sents = sents or [(s.start_char, s.end_char) for s in doc.sents]
            carried_date, carried_place = carry(doc, draft, event, date is None, location is None, sents)
            date = date or carried_date
            location = location or carried_place
        if location is None:
            only = only_place(doc, event, draft.places, draft.actors)
            if only is not None:
                place, why = only
                location = dataclasses.replace(place, provenance=Provenance(COMPONENT, "only-place", 0.4, why))
        if location is None or date is None:
            setting = setting or _setting(doc, draft)
            s0 = sentence_bounds(trig)[0] if (trig := trigger_token(doc, event)) is not None else event.evidence.start
            if location is None and (found := setting_for(s0, party_countries(draft.actors, event), *setting[:2])):
                place, rule, why = found
                location = dataclasses.replace(place, span=None, provenance=Provenance(COMPONENT, rule, 0.3, why))
            if date is None and (scene := scene_date(s0, event.event, setting[2], setting[1])) is not None:
                t, rule = scene
                date = date_from(t, anchor, f"the date in force where it is told ({rule}): {t.span.text!r}")
        if date is None:
            date = EventDate(anchor.isoformat() if anchor else None, "day" if anchor else None, None, None, anchor,
                             "article date: no temporal expression in the sentence" if anchor else
                             "no temporal expression in the sentence and no article date")
        out.append(dataclasses.replace(event, date=date, location=location))
    return tuple(out)


def run(doc: Any, draft: ArticleResult, resources: Resources) -> ArticleResult:
    """Set each event's ``date`` (EventDate) and ``location`` (Location)."""
    return dataclasses.replace(draft, events=tuple(hosted(attach(doc, draft), draft.actors)))
