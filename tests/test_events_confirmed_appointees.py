"""Confirming someone is approving them: "the Senate confirmed Omar Varo as defence minister",
"the House confirmed him on Friday" is SUPPORT of the one confirmed by the confirming body
(failure class from the real-news benchmark's dev-work: a legislature confirming a governor coded
nothing, "confirm" being read as a verb of saying). A verb of approving (word class
``approving_verbs``) whose object is a person. Negatives: confirming a fact or a thing ("police
confirmed the deaths", "confirmed that the talks had ended") approves no one. Sentences written
for these tests before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Kestrian senate confirmed Omar Varo as defence minister on Friday.", "senate", "Omar Varo"),
    ("Omar Varo was named governor of Rask on Monday. The Rask assembly confirmed him on Friday.", "assembly",
     "Omar Varo"),
])
def test_events_confirmed_appointee_is_supported(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "SUPPORT", actor, recipient), events


@pytest.mark.parametrize("text", [
    "Kestrian police confirmed the deaths of four soldiers on Friday.",
    "The Kestrian senate confirmed that the talks had ended.",
])
def test_events_confirming_a_fact_supports_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "SUPPORT"), events
