"""Failure class (issue 11, "duplicates" and "statements coded backwards"): a verb that frames an act
("threaten", "decline", "refuse", "promise", "agree") whose infinitive comes after an adverbial
("threatened in a televised speech on Monday to expel the ambassador", "declined in an interview
with local media to meet X") was parsed with the infinitive as an adverbial clause; the frame was
lost, so the threatened expulsion was coded as done (SANCTION) and the declined meeting as held
(CONSULT). The infinitive after the frame verb's own phrases, with no subject or object between,
is its complement; one with an object before it is a purpose ("promised new aid in Geneva to help
the refugees": the aid is promised). Sentences written for these tests, positive and negative,
seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient, not_event", [
    ("President Omar Varo threatened in a televised speech on Monday to expel the Ostrian ambassador.", "THREATEN",
     "Omar Varo", "ambassador", "SANCTION"),
    ("The Kestrian envoy Ana Brandt declined in an interview with local media to meet with Vice President Omar Varo.",
     "REJECT", "Ana Brandt", "Omar Varo", "CONSULT"),
    ("President Omar Varo refused on Monday to release the Ostrian prisoners.", "REJECT", "Omar Varo", "prisoners",
     "RETREAT"),
])
def test_events_a_frame_verb_keeps_its_displaced_infinitive(nlp, text: str, event: str, actor: str, recipient: str,
                                                            not_event: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events
    assert not events_with(events, not_event, actor), events


def test_events_an_infinitive_after_an_object_is_a_purpose(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "President Omar Varo promised new aid in Geneva on Monday to help the Ostrian "
                                       "refugees.", gated=True)
    assert events_with(events, "AGREE", "Omar Varo"), events


def test_events_whom_a_displaced_demand_is_asked_of(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The Kestrian government demanded from Interpol to publish a red notice for "
                                       "Omar Varo.", gated=True)
    assert events_with(events, "REQUEST", "Kestrian government", "Interpol"), events
