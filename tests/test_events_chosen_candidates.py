"""Failure class found on the real-news benchmark (dev-work, issue 11: required events with nothing
coded at their evidence): choosing someone as one's candidate ("announced X as his choice for
running mate", "named X as her running mate", "picked X as the party's nominee", "chose X as his
successor") endorses that person: SUPPORT of the one chosen, as confirming someone is. Naming a
thing, or a person for a role that is no candidacy ("named X as chief executive" of a firm, "picked
X up at the airport"), endorses no one. Sentences written for these tests, positive and negative,
before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Governor Tom Baker announced Senator Ann Vale as his choice for running mate.", "Tom Baker", "Ann Vale"),
    ("Governor Tom Baker named Senator Ann Vale as his running mate on Tuesday.", "Tom Baker", "Ann Vale"),
    ("The Kestrian Labour Party picked Ivo Marsh as its nominee for president.", "Labour", "Ivo Marsh"),
    ("President Ann Vale chose Ivo Marsh as her successor.", "Ann Vale", "Ivo Marsh"),
])
def test_events_choosing_a_candidate_is_support(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "SUPPORT", actor, recipient), events


@pytest.mark.parametrize("text", [
    "Halvex Motors named Ann Vale as chief executive on Monday.",
    "Tom Baker picked Ann Vale up at the airport.",
    "The city named the new bridge after Ivo Marsh.",
    "Ann Vale announced the results as final.",
])
def test_events_no_candidate_chosen(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in coded_article_events(nlp, text) if e[0] == "SUPPORT"], coded_article_events(nlp, text)
