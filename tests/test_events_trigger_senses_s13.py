"""Failure class found on the real-news benchmark (dev-work, issue 11: required events with nothing
coded at their evidence): trigger senses the lexicon lacked. Defecting from one's side is REJECT;
sending reinforcements is MOBILIZE; taking a swipe (a potshot, a parting shot) at someone is
ACCUSE; tendering
one's resignation is RETREAT. Their look-alikes are no such event: a shot fired is no accusation
here by the idiom, a tender offer no resignation, reinforcing a wall no mobilisation. Sentences
written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("Altogether, fifteen Kestrian senators defected.", "REJECT", "senators"),
    ("Two Ostrian generals defected to the rebels on Monday.", "REJECT", "generals"),
    ("The Ostrian army sent reinforcements to the border town.", "MOBILIZE", "Ostrian"),
    ("Governor Tom Baker took a swipe at Senator Ann Vale on Twitter.", "ACCUSE", "Tom Baker"),
    ("Governor Tom Baker took a potshot at Senator Ann Vale.", "ACCUSE", "Tom Baker"),
    ("Minister Ann Vale tendered her resignation on Friday.", "RETREAT", "Ann Vale"),
])
def test_events_trigger_senses(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events


@pytest.mark.parametrize("text, event", [
    ("Halvex Motors made a tender offer for Rask Foods.", "RETREAT"),
    ("Workers reinforced the river wall with sandbags.", "MOBILIZE"),
    ("Tom Baker took a shot of whisky at the bar.", "ACCUSE"),
])
def test_events_trigger_look_alikes(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in coded_article_events(nlp, text) if e[0] == event], coded_article_events(nlp, text)
