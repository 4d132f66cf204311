"""Failure class (issue 11, "no actor" and "wrong actor"): an agentless deportation or expulsion
"from" a state ("two Chinese diplomats were deported from Mongolia") is that state's act; the coder
left it without an actor, or gave it the body named nearest (the diplomats' own government), and
took the state for a second recipient. The state a person is removed from removes them (its
government acts); a place that is no state ("from the airport") names no one, and the destination
("to Veldonia") never does. Sentences written for these tests (real states, invented events),
positive and negative, seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Two Chinese diplomats were deported from Mongolia last month.", "COERCE", "Mongolia", "diplomats"),
    ("Three French journalists were expelled from Burundi on Monday.", "SANCTION", "Burundi", "journalists"),
    ("Two Afghan migrants were deported from Iran to Turkey on Monday.", "COERCE", "Iran", "migrants"),
])
def test_events_the_state_one_is_removed_from_removes(nlp, text: str, event: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.parametrize("text, event, not_recipient, not_actor", [
    ("Three French journalists were expelled from Burundi on Monday.", "SANCTION", "Burundi", None),
    ("Two Afghan migrants were deported from Iran to Turkey on Monday.", "COERCE", "Iran", "Turkey"),
    ("Two Chinese diplomats were deported from the airport on Monday.", "COERCE", "airport", "airport"),
])
def test_events_the_place_removed_from_is_no_recipient_and_the_destination_no_actor(
        nlp, text: str, event: str, not_recipient: str, not_actor: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if e[0] == event and any(not_recipient in r for r in e[2])], events
    assert not_actor is None or not events_with(events, event, not_actor), events
