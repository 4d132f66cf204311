"""Failure class (issue 11, recipients; found in session 25 on a written probe of Gaza talks):
"Israel and Hamas blamed each other for the collapse of the talks" was one accusation by both with
no recipient. Sides that say something of "each other" or "one another" each say it of the others:
one statement per side (``reciprocal.each_other``). Negative: a joint act ("met each other") and a
fight ("fought each other", one clash: test_events_distributive) stay one, and an act on someone
named is not split. Sentences written for these tests (real
names, invented events), seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, first, second", [
    ("Israel and Hamas blamed each other on Tuesday for the collapse of the talks.", "ACCUSE", "Israel", "Hamas"),
    ("Israel and Hamas accused each other of violating the truce.", "ACCUSE", "Israel", "Hamas"),
    ("Armenia and Azerbaijan accused one another of shelling border villages.", "ACCUSE", "Armenia", "Azerbaijan"),
])
def test_events_sides_acting_on_each_other_each_act(nlp, text: str, event: str, first: str, second: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, first, second) and events_with(events, event, second, first), events


@pytest.mark.parametrize("text, event", [
    ("Israeli and Egyptian officials met each other in Cairo on Tuesday.", "CONSULT"),
    ("Israel and Hamas accused the mediators of bias on Tuesday.", "ACCUSE"),
])
def test_events_joint_acts_and_named_targets_stay_one(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in coded_article_events(nlp, text, gated=True) if e[0] == event]
    assert len(events) <= 1, events
