"""Failure class found on the real-news benchmark's dev split: "X was killed in a Turkish drone
strike", "X was killed in a United States counterterrorism operation", "the depot was hit by Russian
missile strikes": the act that did the harm, named by a noun in the passive's "in" or "by" phrase,
was taken for a participant (an actor "Turkish drone strike", a recipient "United States") and the
event had no actor. The act noun is no participant: whoever owns it (a nationality or a name
before it, its possessor, its own "by" phrase) did the act; an act with no owner ("a suicide
bombing", "a car accident") leaves the actor unknown. Sentences written for these tests, positive
and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Rebel commander Omar Varo was killed in a Turkish drone strike on Monday.", "Turkey", "Omar Varo"),
    ("Rebel commander Omar Varo was killed in an operation by Turkish forces.", "Turkish forces", "Omar Varo"),
    ("Rebel commander Omar Varo was killed in a United States counterterrorism operation.", "United States",
     "Omar Varo"),
    ("The fuel depot in Kharkiv was hit by Russian missile strikes on Monday.", "Russia", "Kharkiv"),
])
def test_events_act_noun_owner_is_the_actor(nlp, text: str, actor: str, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    found = [e for e in events if e[0] == "ASSAULT" and actor in e[1]]
    assert found, events
    assert not any(actor in r for e in found for r in e[2]), events
    if recipient:
        assert any(recipient in r for e in found for r in e[2]), events


@pytest.mark.parametrize("text", [
    "Two people were killed in a suicide bombing in Tunis on Monday.",
    "Rebel commander Omar Varo was killed in a car accident.",
])
def test_events_act_noun_without_owner_is_no_participant(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    names = [n for e in events for n in e[1] + e[2]]
    assert not [n for n in names if "bombing" in n or "accident" in n], events
