"""A plural of an organisation noun names a group of organisations, a participant ("recommended
that local airlines should not buy aircraft": a request to the airlines; "the government ordered
banks to close"), found on the real-news benchmark's dev split, where "airlines" was no one and
the request was lost (and "should not purchase" denied the request itself: the appeal's own verb
carries its flags, not the act it asks for). A singular one in a compound ("airline tickets") or a thing stays no one.
Sentences written for these tests before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, recipient", [
    ("Transport minister Ana Tell has recommended that local airlines should not purchase aircraft from "
     "Ostrian manufacturers.", "REQUEST", "airlines"),
    ("The Kestrian government ordered foreign banks to close their branches in Rask.", "COERCE", "banks"),
    # what is asked may be a "not": the appeal itself is no denial
    ("Spokesman Omar Varo asked the governments of the region not to turn away boats of refugees.", "REQUEST",
     "governments"),
])
def test_events_plural_organisations_are_participants(nlp, text: str, event: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, recipient=recipient), events


def test_events_organisation_word_in_a_compound_is_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Ana Tell criticised airline ticket prices on Monday.")
    assert not any("airline" in r for e in events for r in e[2]), events
