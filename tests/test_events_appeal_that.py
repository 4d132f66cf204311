"""Failure class found on the real-news benchmark (dev-work): an appeal verb ("ask", "urge",
"plead", "beg", "implore") whose that-clause names a thing to be done, not someone to do it ("has
asked that a decision be made before the end of the month", "urged that the talks be resumed"),
coded no event at all, though "demanded that the election be annulled" is a REQUEST. What an
appeal asks that is done is the speaker's REQUEST, with no recipient (no one is named to act).
A question is no appeal ("asked whether the vote would be held", "asked when ..."); hoping or
wanting that something happens asks no one. Sentences written for these tests, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor", [
    ("The Velmar government has asked that a decision on the pipeline be made before the end of the month.", "Velmar"),
    ("Senator Jane Roe urged that the talks with Ostria be resumed without delay.", "Jane Roe"),
    ("The families of the miners pleaded that the search be continued.", "families"),
])
def test_events_appeal_that_a_thing_be_done_is_a_request(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "REQUEST", actor), events


@pytest.mark.parametrize("text", [
    "The Velmar government asked whether the vote would be held in May.",
    "Senator Jane Roe asked when the talks with Ostria would be resumed.",
    "The Velmar government hopes that the talks will be resumed soon.",
    "Senator Jane Roe wants the talks with Ostria to be resumed.",
])
def test_events_question_or_wish_is_no_request(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "REQUEST"), events
