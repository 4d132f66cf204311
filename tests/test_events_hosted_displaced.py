"""Failure class (issue 11, word triggers without sense; found on wire-style text written for the
purpose in session 23): hosting or receiving people who fled ("Egypt has received more than 100,000
refugees", "Turkey hosts 3.5 million Syrian refugees") or the wounded was a visit: CONSULT with the
refugees as the visiting actor and the host state as the recipient.

A verb of hosting (word class ``events.coding.detect.hosting``) is a meeting only when those it
receives may be guests: not people displaced, wounded or otherwise in need (word class
``events.coding.detect.not_guests``). Not: a delegation, a leader or an envoy received.
Sentences written for these tests, before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Egypt has received more than 100,000 refugees since the fighting began.",
    "Turkey hosts 3.5 million Syrian refugees, the government said.",
    "The Velt district hospital received dozens of wounded on Tuesday.",
    "Ostria received 2,000 asylum seekers from Velmar last month.",
])
def test_events_hosting_the_displaced_is_no_meeting(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "CONSULT"), events


@pytest.mark.parametrize("text, host", [
    ("Egypt received a Sudanese army delegation in Cairo on Monday.", "Egypt"),
    ("Erdogan hosted Putin in Ankara on Tuesday.", "Recep"),
    ("The Ostrian president received the Velmar foreign minister on Friday.", "president"),
])
def test_events_hosting_guests_stays_a_meeting(nlp, text: str, host: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "CONSULT", recipient=host), events
