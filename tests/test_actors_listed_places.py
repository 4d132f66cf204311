"""Failure class (issue 10): a capital named as a place where the parser loses the place phrase
stayed an actor (its government, coded as nobody's "other"): the second and later members of a
list after "in" ("exchanges in Oslo, Lisbon and Vienna", "the museum in Seattle, Washington"), and
a city after its place noun ("Hungarian capital Budapest"), which the parser often makes the
subject. A city that acts ("In Oslo, Moscow protested", "Moscow and Kyiv agreed") stays.
Sentences written for these tests, before the fix.
"""

from __future__ import annotations

import pytest

from tidings.extract.actors.national import place_only

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, city, place", [
    ("Stock exchanges in Oslo, Lisbon and Vienna were closed for the holiday.", "Lisbon", True),
    ("Stock exchanges in Oslo, Lisbon and Vienna were closed for the holiday.", "Vienna", True),
    ("The museum in Seattle, Washington was chosen as the new home of the aircraft.", "Washington", True),
    ("The roof of a church in Hungarian capital Budapest collapsed on Monday.", "Budapest", True),
    ("The old bridge of the capital Lisbon was closed.", "Lisbon", True),
    # negative: a city that acts, or a fronted place phrase before the actor
    ("In Oslo, Moscow protested against the new sanctions.", "Moscow", False),
    ("Moscow and Kyiv agreed to exchange prisoners on Friday.", "Kyiv", False),
    ("Washington imposed new sanctions on Caracas.", "Washington", False),
    ("After talks in Oslo, Lisbon said it would sign the treaty.", "Lisbon", False),
])
def test_actors_listed_capital_is_a_place(nlp, text: str, city: str, place: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    start = text.index(city)
    span = doc.char_span(start, start + len(city))
    assert place_only(span) is place
