"""Failure class (session 22): a phone call told with "speak to" or "talk to" ("Museveni spoke to Ruto by
phone", "said he had talked to his counterpart over the telephone") was no event, while "spoke by
phone with X" is CONSULT (phone). Speaking or talking to someone by, over or on the phone (or a
video link) is CONSULT (phone) with the one spoken to as recipient. Not: speaking to reporters or
to the press with no phone ("spoke to reporters in Nairobi": a statement), a phone bought or used
for something else. Sentences written for these tests, before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Museveni spoke to Ruto by phone on Monday.", "Museveni", "Ruto"),
    ("Ugandan President Yoweri Museveni said he had talked to William Ruto over the telephone.", "Museveni", "Ruto"),
    # a counterpart is a title since session 58 (kb sectors.csv), and a title after a name the knowledge base does
    # not know ("his Velmar envoy") leaves that name as the one spoken to: a known state's adjective here
    ("The Ostrian foreign minister spoke to his Kenyan counterpart on the phone on Friday.", "minister", "counterpart"),
])
def test_events_spoke_to_someone_by_phone_is_consult(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "CONSULT", actor, recipient), events


@pytest.mark.parametrize("text", [
    "Museveni spoke to reporters in Kampala on Monday.",
    "Museveni spoke to Ruto's phone company about the contract on Monday.",
])
def test_events_speaking_to_someone_without_a_call(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "CONSULT"), events
