"""Default recipients of pledges, support and aid from the sentence, paragraph or article."""

from __future__ import annotations

import pytest
from builders import code_events

from tidings.schema import Actor, Mention, Span

pytestmark = pytest.mark.model


def _code(nlp, text: str, actors=()):  # type: ignore[no-untyped-def]
    return code_events(nlp, text, actors)


def _group(text: str, name: str) -> Actor:
    start = text.index(name)
    return Actor("a1", name, "group", mentions=(Mention(Span(start, start + len(name), name)),))


ARTICLE = ("Donors pledge more help for Moldova as winter nears\n"
           "The finance ministers met in Vienna on Monday to discuss the power cuts in Moldova.\n"
           "Fuel prices in Moldova have doubled since the summer.\n"
           "The Harbour Group promised to send engineers and generators within a month.")
# Moldova leads, but not clearly: no main target
LOOSE = ("Donors pledge more help for Moldova as winter nears\n"
         "The finance ministers met in Vienna and in Austria's other cities on Monday.\n"
         "The Harbour Group promised to send engineers and generators within a month.")


@pytest.mark.parametrize("text,event,name,expected", [
    # the goal is in the event's own sentence
    ("The Harbour Group promised to send generators, a boost for Moldova's grid.", "AGREE", "Harbour Group", "MDA"),
    # the article's main target, named as a goal in the headline
    (ARTICLE, "AGREE", "Harbour Group", "MDA"),
    (LOOSE, "AGREE", "Harbour Group", None),
    # one sentence naming no goal country: nothing to default to
    ("The Harbour Group promised to send engineers within a month.", "AGREE", "Harbour Group", None),
])
def test_default_recipient(nlp, text: str, event: str, name: str, expected: str | None) -> None:
    result = _code(nlp, text, actors=[_group(text, name)])
    ev = next(e for e in result.events if e.event == event and "a1" in e.actor)
    by_id = {a.id: a for a in result.actors}
    assert [by_id[r].country for r in ev.recipient] == ([expected] if expected else [])


def test_no_default_for_conflict_events(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Aid convoys head for Moldova\nThe Harbour Group attacked the depot on Monday."
    result = _code(nlp, text, actors=[_group(text, "Harbour Group")])
    ev = next(e for e in result.events if e.event == "ASSAULT")
    assert not ev.recipient or "MDA" not in {a.country for a in result.actors if a.id in ev.recipient}


def test_actor_country_is_never_its_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Moldovan ministers promised to send engineers to help rebuild the grid in Moldova."
    result = _code(nlp, text)
    ev = next(e for e in result.events if e.event == "AGREE")
    by_id = {a.id: a for a in result.actors}
    assert "MDA" not in {by_id[r].country for r in ev.recipient}


@pytest.mark.parametrize("text,expected", [
    ("Hundreds of Peruvian farmers began a hunger strike to protest against Chile's decision.", "CHL"),
    ("Thousands of Peruvian students demonstrated on Tuesday in Bolivia.", "BOL"),
    ("Thousands of Peruvian students demonstrated on Tuesday.", None),  # no target, and Tuesday is none
    # whom the protesters make demands of
    ("Thousands of Peruvian students rioted on Tuesday, demanding the resignation of Chile's president.", "CHL"),
    ("Thousands of Peruvian students marched on Tuesday calling for independence from Bolivia.", "BOL"),
])
def test_protest_targets(nlp, text: str, expected: str | None) -> None:
    result = _code(nlp, text)
    ev = next(e for e in result.events if e.event == "PROTEST")
    by_id = {a.id: a for a in result.actors}
    assert [by_id[r].country for r in ev.recipient] == ([expected] if expected else [])


@pytest.mark.parametrize("text,event,expected", [
    # an act of force or its easing lands on the place it is done in
    ("Peru imposed a curfew in the city of Santiago on Friday.", "COERCE", "CHL"),
    ("Peru eased the restrictions in Bolivia province on Friday.", "CONCEDE", "BOL"),
    ("Peru lifted the curfew in Bolivia on Friday.", "RETREAT", "BOL"),
    ("Peru lifted the state of emergency in Bolivia on Friday.", "RETREAT", "BOL"),  # material, like a curfew
    ("Peru launched an invasion of Ecuador last night.", "ASSAULT", "ECU"),
    # a place not named as a country's: nothing
    ("Peru imposed a curfew in the northern valleys on Friday.", "COERCE", None),
])
def test_place_targets(nlp, text: str, event: str, expected: str | None) -> None:
    result = _code(nlp, text)
    ev = next(e for e in result.events if e.event == event)
    by_id = {a.id: a for a in result.actors}
    assert [by_id[r].country for r in ev.recipient] == ([expected] if expected else [])


@pytest.mark.parametrize("text,event,expected", [
    # a hostile act's other side in a "with"/"against" phrase on what it is about
    ("Peru mobilized army reservists for a possible war against Chile on Tuesday.", "MOBILIZE", "CHL"),
    ("Peru threatened to break off diplomatic relations with Bolivia over the dispute.", "THREATEN", "BOL"),
    # "with" naming no country: nothing
    ("Peru threatened to break off diplomatic relations with its neighbours over the dispute.", "THREATEN", None),
])
def test_counterpart_targets(nlp, text: str, event: str, expected: str | None) -> None:
    result = _code(nlp, text)
    ev = next(e for e in result.events if e.event == event)
    by_id = {a.id: a for a in result.actors}
    assert [by_id[r].country for r in ev.recipient if by_id[r].country] == ([expected] if expected else [])
