"""Choosing someone as one's pick is backing them: "announced Mira Tal as his choice for running
mate", "named Omar Varo as her nominee" is SUPPORT (an endorsement) of the one chosen by the chooser
(failure class from the real-news benchmark's dev-work: a candidate announcing a running mate
coded nothing). A verb of choosing or announcing (word class ``choosing_verbs``) whose object is
someone and whose "as" phrase is a word of choice (word class ``choice_nouns``). Negatives: an
"as" phrase that is an office held ("named him as spokesman" is an appointment, not an
endorsement), and a thing announced. Sentences written for these tests before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Senator Omar Varo announced Mira Tal as his choice for running mate on Tuesday.", "Omar Varo", "Mira Tal"),
    ("Governor Mira Tal named Omar Varo as her nominee for the Kestrian supreme court.", "Mira Tal", "Omar Varo"),
])
def test_events_chosen_as_is_support(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "SUPPORT", actor, recipient), events


@pytest.mark.parametrize("text", [
    "Governor Mira Tal named Omar Varo as her spokesman on Tuesday.",
    "Senator Omar Varo announced a new tax plan as his choice for the budget.",
])
def test_events_chosen_as_needs_someone_and_a_choice(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "SUPPORT"), events
