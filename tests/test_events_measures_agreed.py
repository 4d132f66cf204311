"""Failure class (issue 11, acts mistyped; found on wire-style text written for the purpose in
session 23): a body that agrees or adopts a punitive measure decides it ("The EU agreed a new package
of sanctions against Russia", "The Security Council adopted sanctions against North Korea"): the
first was an AGREE with Russia as the partner, the second a SANCTION with no actor. As "approved new
sanctions" already was, the measure is the event, the body its actor: "adopt" is a light verb, and
agreeing a sanction, an embargo or tariffs is an idiom of the measure.

Not: agreeing to talks or a ceasefire (an agreement), adopting a resolution of no measure.
Sentences written for these tests, before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("The EU agreed a new package of sanctions against Russia.", "European Union", "Russia"),
    ("The Security Council adopted sanctions against North Korea on Monday.", "Security Council", "North Korea"),
    ("EU ministers agreed an arms embargo on Belarus.", "ministers", "Belarus"),
])
def test_events_a_measure_agreed_is_the_measure(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "SANCTION", actor, recipient), events
    assert not events_with(events, "AGREE", actor, recipient), events


@pytest.mark.parametrize("text, event, actor", [
    ("Ostria and Velmar agreed a ceasefire on Monday.", "SANCTION", "Ostria"),
    ("The Velmar parliament adopted a resolution on climate change.", "SANCTION", "parliament"),
])
def test_events_agreements_of_no_measure(nlp, text, event, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, event, actor), events
