"""Failure class: an ultimatum told as giving someone time to do something was coded as AID (a
gift): "Velmar gave the rebels 48 hours to lay down their arms or face an assault", "the army
gave protesters until Friday to leave the square", "Ostria gave the Velmar diplomats 72 hours to
leave the country". A verb of giving (word class ``events.coding.deadlines.giving_verbs``) with a
span of time (a time or date, or "until" one) and an infinitive of a demanded act (word class
``events.coding.deadlines.demanded_acts``: leave, surrender, disarm, lay down, withdraw, release,
disperse; or "or face ...") is a THREATEN (an ultimatum) to whom it is given; giving diplomats
time to leave the country expels them (SANCTION). Not ultimatums: "gave his players two days off",
"gave the pupils an hour to finish the test". Sentences written for these tests, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Ostria gave the rebels 48 hours to lay down their arms or face an all-out assault.", "THREATEN", "Ostria", "rebels"),
    ("The Ostrian army gave protesters until Friday to leave the square.", "THREATEN", "army", "protesters"),
    ("Ostria gave the Kestrian diplomats 72 hours to leave the country.", "SANCTION", "Ostria", "diplomats"),
])
def test_events_time_given_to_comply_is_an_ultimatum(nlp, text: str, event: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events
    assert not events_with(events, "AID"), events


@pytest.mark.parametrize("text", [
    "The Ostrian coach gave his players two days off after the final.",
    "The Ostrian teacher gave the pupils an hour to finish the test.",
])
def test_events_time_given_for_no_demand_is_no_ultimatum(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not any(e[0] in ("THREATEN", "SANCTION") for e in events), events
