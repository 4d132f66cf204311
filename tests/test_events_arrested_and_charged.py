"""Failure class (issue 11, "no event"): "X was arrested and charged with Y" coded the arrest and lost
the charge: the coordinated passive participle has no subject of its own, so the check that a
charge is brought against someone found no one. A passive participle joined to another shares its
subject: what it is done to. A thing so charged ("the battery was charged") is still no one.
Sentences written for these tests, positive and negative, seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, recipient", [
    ("Omar Varo was arrested and charged with sexual abuse on Monday.", "ACCUSE", "Omar Varo"),
    ("Two Kestrian activists were detained and charged with sedition, the Kestrian police said.", "ACCUSE",
     "activists"),
])
def test_events_a_joined_passive_charge_is_brought_against_the_subject(nlp, text: str, event: str,
                                                                        recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), event, recipient=recipient)


def test_events_a_thing_charged_is_no_accusation(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The new battery was tested and charged on Monday.", gated=True)
    assert not [e for e in events if e[0] == "ACCUSE"], events
