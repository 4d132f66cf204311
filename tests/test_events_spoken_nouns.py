"""Failure class found on the real-news benchmark (dev-work, issue 11: required events with nothing
coded, or only a doer-less noun, at their evidence): an act named by a noun that someone says,
writes or arranges. "Wrote, 'Congratulations to X'", "tweeted her praise for X": the words are the
act of who says them (SUPPORT by the writer). "Arranged for reinforcements", "arranged for talks
with X": arranging for an act noun does it (MOBILIZE, CONSULT by who arranged). An act noun said or
arranged by no one named stays without doer; arranging for a thing that is no act (a car, a room)
makes no event. Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ('Senator Ann Vale wrote, "Congratulations to Tom Baker on running a campaign of ideas."', "SUPPORT", "Ann Vale"),
    ('Governor Tom Baker tweeted his praise for the Ostrian firefighters.', "SUPPORT", "Tom Baker"),
    ("The Rask County sheriff's office arranged for reinforcements from across the state.", "MOBILIZE", "sheriff"),
    ("The Kestrian government arranged for talks with Ostria.", "CONSULT", "Kestrian"),
])
def test_events_noun_said_or_arranged_is_the_act_of_its_subject(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events


@pytest.mark.parametrize("text", [
    "Tom Baker arranged for a car to take the guests home.",
    "The hotel arranged for a room with a view.",
    "Ann Vale wrote a letter to her sister.",
])
def test_events_no_act_noun_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[1]], events


def test_events_an_inquiry_maintained_is_not_said(nlp) -> None:  # type: ignore[no-untyped-def]
    """"Maintained an inquiry" keeps one up: the noun's act is not the subject's by a verb of saying."""
    events = coded_article_events(nlp, "Senator Ann Vale has repeatedly maintained an inquiry into the Halvex deal.")
    assert not events_with(events, "ACCUSE", "Ann Vale"), events
