"""Failure class found on the real-news benchmark (dev-work, issue 11: required events coded as
another type, or not at all): a demand or appeal put *before* a body. "Pleaded before Congress to
be given $14 billion" is a REQUEST to Congress (not the giving it asks for); "set three ultimatums
before Fiat", "laid its demands before the council" present the act noun to the one named after
"before", its recipient. "Before" that names a time or an event ("pleaded before the vote", "set
an ultimatum before the summit") names no one. Sentences written for these tests, positive and
negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Halvex Motors pleaded before the Ostrian parliament to be given $4 billion in loans.", "REQUEST", "Halvex",
     "Ostrian parliament"),
    ("The Rask union appealed before the Kestrian parliament to restore the pensions.", "REQUEST", "Rask",
     "Kestrian parliament"),
    ("President Ann Vale has set three ultimatums before Halvex Motors.", "THREATEN", "Ann Vale", "Halvex"),
    ("The Rask union laid its demands before the Kestrian government.", "REQUEST", "Rask", "Kestrian government"),
])
def test_events_put_before_someone(nlp, text: str, event: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.parametrize("text, event", [
    ("Halvex Motors pleaded before the Ostrian parliament to be given $4 billion in loans.", "AID"),
])
def test_events_what_is_pleaded_for_has_not_happened(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in coded_article_events(nlp, text) if e[0] == event], coded_article_events(nlp, text)


@pytest.mark.parametrize("text, not_recipient", [
    ("Ann Vale pleaded before the vote for calm in the streets.", "vote"),
    ("President Ann Vale set an ultimatum before the summit.", "summit"),
    ("Ann Vale set the table before dinner.", "dinner"),
])
def test_events_before_a_time_names_no_one(nlp, text: str, not_recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if any(not_recipient in r for r in e[2])], events
