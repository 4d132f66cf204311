"""Failure class found on the real-news benchmark's dev split: a meeting told as the time of
another act ("said after a meeting with police chiefs", "spoke to reporters after talks with his
counterpart", "during a phone call with X") was no event: the meeting noun named no one who met.
Whoever's act a meeting "with" someone is the time of (after, following, during, at) took part in
it: the clause's subject met the one the "with" phrase names. Only meeting nouns: an attack the
act comes after is not its subject's ("spoke after an attack on the embassy"); a meeting still
to come ("before talks with X") is not told as held; a meeting "between" others is theirs.
Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Mayor Anna Varo said after a meeting with police chiefs that the restrictions would be lifted.",
     "Anna Varo", "police chiefs"),
    ("The Ostrian foreign minister spoke to reporters after talks with his Kestrian counterpart on Monday.",
     "foreign minister", "counterpart"),
    ("During a phone call with Omar Velk, the Kestrian president raised the border dispute.",
     "president", "Omar Velk"),
])
def test_events_a_meeting_as_the_time_of_an_act(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "CONSULT", actor=actor, recipient=recipient), events


@pytest.mark.parametrize("text, event, actor", [
    ("The Ostrian president spoke to reporters after an attack on the embassy in Rask.", "ASSAULT", "president"),
    ("The Ostrian foreign minister spoke to reporters before talks with his Kestrian counterpart.", "CONSULT",
     "foreign minister"),
    ("The Ostrian foreign minister spoke to reporters after talks between Kestria and Velmar.", "CONSULT",
     "foreign minister"),
])
def test_events_acts_a_meeting_is_not(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, event, actor=actor), events
