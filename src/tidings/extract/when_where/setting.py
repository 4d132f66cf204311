"""Where an event happened when its own sentence does not say: the setting the article gives it.

A news article sets its scene and then tells what happened there without naming the place again:
"Thousands protested in Belgrade on Friday. ... Police said at least 71 people were arrested.";
"The government of Samoa declared a measles emergency in Samoa ... the government prohibited
inter-island travel". A reader places the arrests in Belgrade. :mod:`.component` places an event by
its own sentence (and carries a place over for a sentence about the same actor); an event still
without a place takes the *setting* in force where it is told:

1. the **paragraph's setting**: the last place before the event's sentence, in its paragraph, that the
   text puts something *in* or *at* (a place under a locative preposition: "in Belgrade", "at the
   Granja do Torto"), not a place named as a thing or a party ("criticised China");
2. else, for an event after the first paragraph, the **article's setting**: the first such place
   of the lede, where a report says where it happens.

A place of the event's own sentence is never its setting: the sentence's own reading (in
:mod:`.locations`) gave it to another clause ("Troops entered the town, and the rebels seized the
bridge in Rask": the entering is not placed in Rask).

A setting never contradicts the event's parties: when the event's actors or recipients have
countries (states, not the non-state codes IGO, NGO, ...), the setting's country must be one of
theirs ("Trump met Macron" in an article set in Paris: France is the recipient's country, so
Paris; "Kestria recalled its ambassador" in an article set in Norland: no place, since Norland
is neither party's country). A setting without a country is never used. Such a place is a
reader's inference, and its provenance says so (rules ``setting-paragraph``, ``setting-article``,
at a lower score than a place the sentence names).

Pure functions over offsets: :func:`setting_for` takes the article's locative places and
paragraph bounds as plain values.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple, TypeVar

from ...ontology import NONSTATE_CODES, quad_of
from ...schema import Actor, Event, Location, TimeExpression


T = TypeVar("T")
# Material acts (quad classes 2 and 4) are narrated in the scene a report sets; statements are
# dated when they are reported (the article's date), not on the day of what they answer.
SCENE_QUADS = (2, 4)


class Placed(NamedTuple):
    """A place the text puts something in or at: its first character and the resolved place."""

    start: int
    location: Location


def placed_of(places: Iterable[Location], locative: Callable[[Location], bool]) -> list[Placed]:
    """The places (with a span) that ``locative`` says the text puts something in or at."""
    return [Placed(p.span.start, p) for p in places if p.span is not None and locative(p)]


def past_days(times: Iterable[TimeExpression], anchor: dt.date | None) -> list[tuple[int, TimeExpression]]:
    """(offset, expression) of the day-precise dates not after ``anchor`` (the article's date): what a
    scene can be dated by."""
    today = anchor.isoformat() if anchor else "9999"
    return [(t.span.start, t) for t in times if t.value is not None and t.precision == "day" and t.value <= today]


def party_countries(actors: Iterable[Actor], event: Event) -> list[str | None]:
    """The countries of the event's actors and recipients."""
    ids = set(event.actor) | set(event.recipient)
    return [a.country for a in actors if a.id in ids]


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: the lines of the text that hold more than white space (a
    single line break separates paragraphs in many feeds and extractors, a blank line in others)."""
    return [m.span() for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _paragraph_of(bounds: Sequence[tuple[int, int]], offset: int) -> int:
    i = bisect.bisect_right([s for s, _ in bounds], offset) - 1
    return i if i >= 0 and offset < bounds[i][1] else -1


def _fits(location: Location, party_countries: Iterable[str | None]) -> bool:
    states = {c for c in party_countries if c and c not in NONSTATE_CODES}
    return location.country is not None and (not states or location.country in states)


def _in_force(sentence_start: int, items: Sequence[tuple[int, T]], paragraphs: Sequence[tuple[int, int]],
              fits: Callable[[T], bool]) -> tuple[T, str] | None:
    """The item in force for an event whose sentence starts at ``sentence_start``: its paragraph's
    last before that sentence, else, outside the lede, the lede's first; an item that does not fit
    ends the search (the paragraph's own says otherwise). Items of the event's own sentence are
    never a setting: the sentence's own reading gave them to its other clauses."""
    here = _paragraph_of(paragraphs, sentence_start)
    if here >= 0:
        p0 = paragraphs[here][0]
        before = [it for it in items if p0 <= it[0] < sentence_start]
        if before:
            last = max(before, key=lambda it: it[0])[1]
            return (last, "paragraph") if fits(last) else None
    if paragraphs and here != 0:
        l0, l1 = paragraphs[0]
        lede = [it for it in items if l0 <= it[0] < l1]
        if lede:
            first = min(lede, key=lambda it: it[0])[1]
            return (first, "article") if fits(first) else None
    return None


def setting_for(sentence_start: int, party_countries: Iterable[str | None], placed: Sequence[Placed],
                paragraphs: Sequence[tuple[int, int]]) -> tuple[Location, str, str] | None:
    """The setting of an event whose sentence starts at ``sentence_start`` (see the module's rules):
    (place, rule, why), or None. ``placed``: the article's locative places; ``paragraphs``: its
    paragraph bounds."""
    countries = tuple(party_countries)
    found = _in_force(sentence_start, placed, paragraphs, lambda loc: _fits(loc, countries))
    if found is None:
        return None
    loc, where = found
    what = "its paragraph" if where == "paragraph" else "the article's lede"
    return loc, f"setting-{where}", f"the setting of {what}: {loc.name!r}"


def scene_date(sentence_start: int, event_type: str, dated: Sequence[tuple[int, T]],
               paragraphs: Sequence[tuple[int, int]]) -> tuple[T, str] | None:
    """The date in force for a material act whose sentence (starting at ``sentence_start``) gives none
    (``dated``: the article's day-precise dates of the past, by offset), found as a place setting is;
    with the rule ``scene-paragraph`` or ``scene-article``. A statement gets none (see ``SCENE_QUADS``)."""
    if quad_of(event_type) not in SCENE_QUADS:
        return None
    found = _in_force(sentence_start, dated, paragraphs, lambda _: True)
    return None if found is None else (found[0], f"scene-{found[1]}")


__all__ = ["SCENE_QUADS", "Placed", "paragraph_bounds", "party_countries", "past_days", "placed_of", "scene_date",
           "setting_for"]
