"""Where a motion happens ("marched through X", "drove along X") and places named as "the city
of X" that a verb acts on."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tidings.extract import attach, dates, places
from tidings.registry import Resources
from tidings.schema import Article, ArticleResult, Event, Span

pytestmark = pytest.mark.model


def _locate(nlp, text: str, trigger: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    res = Resources()
    draft = ArticleResult(article=Article(id="t", text=text, date=dt.date(2025, 9, 5)))
    draft = places.run(doc, dates.run(doc, draft, res), res)
    start = text.index(trigger)
    event = Event(id="e1", event="PROTEST", evidence=Span(0, len(text), text),
                  trigger=Span(start, start + len(trigger), trigger))
    (coded,) = attach.run(doc, dataclasses.replace(draft, events=(event,)), res).events
    return coded.location


@pytest.mark.parametrize(("text", "trigger", "name", "country", "rule"), [
    ("Thousands of students marched through Nairobi on Friday.", "marched", "Nairobi", "KEN", "locative"),
    ("Farmers in Veldoria marched through the capital, Augsburg, to demand subsidies.", "marched", "Augsburg",
     None, "locative"),
    ("Army units shelled the southern town of Kherson overnight.", "shelled", "Kherson", "UKR", "acted-on"),
    ("Rebels captured the northern city of Goma on Tuesday.", "captured", "Goma", "COD", "acted-on"),
])
def test_path_and_city_of(nlp, text, trigger, name, country, rule) -> None:  # type: ignore[no-untyped-def]
    loc = _locate(nlp, text, trigger)
    assert loc is not None
    assert (loc.name, loc.country, loc.provenance.rule) == (name, country, rule)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The minister said the talks went through Geneva's mediators.", "said"),  # not a verb of motion
    ("He criticised the mayor of Lima for the delay.", "criticised"),  # a person's title, not a place acted on
])
def test_no_path_location(nlp, text, trigger) -> None:  # type: ignore[no-untyped-def]
    assert _locate(nlp, text, trigger) is None
