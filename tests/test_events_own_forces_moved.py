"""Failure class (session 22): a state that withdraws, deploys or pulls out its own forces ("Russia
withdrew its troops from Syria", "agreed to withdraw its troops from the border") had its own troops
as recipient beside the place it left. One's own forces moved are the means of the act, not whom it
is aimed at: the recipient is the place or side left or faced. Not: someone else's forces ("Kestria
expelled Ostria's troops", "attacked its rival's troops"). Sentences written for these tests, before
the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("Russia withdrew its troops from Syria on Monday.", "RETREAT", "Russia"),
    ("Russia agreed to withdraw its troops from the border region by March.", "CONCEDE", "Russia"),
    ("Ostria deployed its troops to the border with Velmar on Monday.", "MOBILIZE", "Ostria"),
])
def test_events_own_forces_moved_are_no_recipient(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events
    assert not events_with(events, event, recipient="troops"), events


def test_events_anothers_forces_stay_the_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The Kestrian army attacked the rebels' troops near the border.", gated=True)
    assert events_with(events, "ASSAULT", recipient="troops"), events


# The same class for envoys: a state recalling its own ambassador "to X" or "in X" aims the recall
# at X, the state the envoy was posted to; an envoy recalled with no post named leaves no recipient.
@pytest.mark.parametrize("text, recipient", [
    ("Kenya recalled its ambassador to Uganda on Monday.", "Uganda"),
    ("Peru recalled its envoy in Chile after the border clash.", "Chile"),
])
def test_events_an_envoy_recalled_aims_at_the_post(nlp, text: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "SANCTION", recipient=recipient), events


def test_events_an_envoy_recalled_for_consultations(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Kenya recalled its ambassador for consultations on Monday.", gated=True)
    assert not [e for e in events if e[0] == "SANCTION" and e[2]], events
