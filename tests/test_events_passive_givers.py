"""Failure class of issue 11 (the event at the evidence coded without its actor), found on the
real-news benchmark (dev-work): a transfer told in the passive from the receiving side names its
giver by "from" as well as by "by" ("were given loans from the government", "was sent aid from
X"), as "received aid from X" does. A "from" phrase that names a place or a time names no giver.
Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Last month, Halvex Motors and Torvan Cars were given loans worth 17 billion dollars from the Kestrian government.",
     "Kestrian government", "Halvex"),
    ("Omar Varo's hospital was given aid from the Ostrian government on Monday.", "Ostrian government", None),
])
def test_events_passive_giver_from(nlp, text: str, actor: str, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "AID", actor, recipient), events


@pytest.mark.parametrize("text, not_actor", [
    ("Halvex Motors was given loans from 2019 onwards by the Kestrian government.", "2019"),
    ("The refugees were given aid from the capital's warehouses by the Ostrian Red Cross.", "warehouses"),
])
def test_events_passive_giver_not_a_thing(nlp, text: str, not_actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "AID", not_actor), events
