"""Failure class found on the real-news benchmark (dev): a request whose clause names who is to act
("has requested that President X declare a state of emergency", "requested X declare ...") kept
no recipient, though "demanded that X ..." and "urged that X ..." take the clause's subject: the
verb "request" was read as a plain verb, not as a demand with its complement. Who is asked is the
subject of the requested clause; a thing asked for ("that the meeting be postponed") is no one.
Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Governor Ed Vale has requested that President Tom Ross declare a state of emergency in Rask.", "Vale", "Ross"),
    ("Governor Ed Vale has requested President Tom Ross declare a state of emergency in Rask.", "Vale", "Ross"),
    ("The Kestrian government requested that Ostria withdraw its troops from the border.", "Kestria", "Ostria"),
])
def test_events_request_asks_the_subject_of_its_clause(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "REQUEST", actor, recipient), events


@pytest.mark.parametrize("text, actor, not_recipient", [
    ("The mayor of Rask requested that the meeting be postponed until May.", "mayor", "meeting"),
    ("The Kestrian government requested a recount of the votes on Monday.", "Kestria", "recount"),
])
def test_events_request_of_a_thing_asks_no_one(nlp, text: str, actor: str, not_recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "REQUEST", actor), events
    assert not events_with(events, "REQUEST", None, not_recipient), events
