"""Failure class (issue 10): a city that is only where someone goes ("the delegation headed for
Moscow", "left for Kyiv") stayed an actor (its state's government) because a "for" phrase was not
read as a destination; a city that acts ("Moscow insisted", "Kyiv rejected the offer") stands for
its government and stays. Sentences written for these tests, before the fix.
"""

from __future__ import annotations

import pytest

from tidings.extract.actors.national import place_only

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, city, place", [
    ("The delegation headed for Moscow on Friday.", "Moscow", True),
    ("The minister left for Kyiv after the talks.", "Kyiv", True),
    ("Thousands of refugees set off for Berlin on foot.", "Berlin", True),
    ("The ship, bound for Tripoli, was stopped at sea.", "Tripoli", True),
    ("The talks in Kyiv ended on Friday.", "Kyiv", True),
    # negative: a city that acts or is acted on, or a "for" that is no destination
    ("Moscow insisted on Friday that the talks would continue.", "Moscow", False),
    ("Kyiv rejected the offer on Friday.", "Kyiv", False),
    ("The sanctions were a blow for Moscow, officials said.", "Moscow", False),
    ("Washington asked Beijing for help.", "Beijing", False),
    ("They made a deal for Moscow on Friday.", "Moscow", False),
    ("The envoy left a message for Moscow.", "Moscow", False),
])
def test_actors_city_as_destination_is_a_place(nlp, text: str, city: str, place: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    start = text.index(city)
    span = doc.char_span(start, start + len(city))
    assert place_only(span) is place
