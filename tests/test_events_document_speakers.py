"""Failure class (stories dev-work, and plain in news): a document told of before acts again as the
subject of a later clause ("The assembly passed a resolution on Tuesday. The resolution calls on
Ostria to free the prisoners"; "Civic Watch released a report on Monday. The report accuses the
police of torture"). The act is its author's: whoever passed, adopted, issued or released it (or
its possessor or "by" phrase) where it was first told, in the same sentence or just before. A
document whose author was never named stays without an actor (the event is gated), and a noun that
is no document ("The army ... The army attacked") keeps its own actor.
A document's own possessor or "by" phrase names its author where it is the subject ("Civic
Watch's report condemned the police").
Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The Valmoran parliament passed a resolution on Tuesday. The resolution calls on Ostria to release "
     "the detained journalists.", "REQUEST", "Valmoran parliament", "Ostria"),
    ("On Monday the Brennian senate adopted a resolution on the border dispute. The resolution also "
     "urged Ostria to withdraw its troops from the border.", "REQUEST", "Brennian senate", "Ostria"),
    ("Rights group Civic Watch released a report on Monday. The report accuses the Ostrian police of "
     "torturing detainees.", "ACCUSE", "Civic Watch", "Ostrian police"),
    ("On Tuesday the Valmoran assembly passed a resolution on Ostria. The resolution called on Ostria to "
     "immediately release the prisoners.", "REQUEST", "Valmoran assembly", "Ostria"),
    ("An email from Civic Watch to the minister urged Ostria to free the prisoners.", "REQUEST", "Civic Watch",
     "Ostria"),
    ("A statement by the Brennian foreign ministry condemned the Ostrian army for the shelling.", "ACCUSE",
     "Brennian foreign ministry", "Ostrian army"),
    ("The Brennian foreign ministry met on Monday. Its statement later condemned the Ostrian army for the "
     "shelling.", "ACCUSE", "Brennian foreign ministry", "Ostrian army"),
    ("Civic Watch's report condemned the Ostrian police for the killings.", "ACCUSE", "Civic Watch",
     "Ostrian police"),
])
def test_events_an_earlier_document_acts_for_its_author(nlp, text: str, event: str, actor: str,  # type: ignore[no-untyped-def]
                                                        recipient: str) -> None:
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events


def test_events_a_document_with_no_author_names_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "A resolution was circulated on Tuesday. The resolution calls on Ostria "
                                       "to release the detained journalists.")
    assert not [e for e in events if e[0] == "REQUEST" and e[1]], events


def test_events_a_letter_to_someone_is_not_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "A letter to the Valmoran interior minister urged Ostria to free the prisoners.")
    assert not events_with(events, "REQUEST", "minister"), events


def test_events_a_noun_that_is_no_document_keeps_its_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The Valmoran parliament passed a law on Tuesday. The Ostrian army "
                                       "then urged Valmora to withdraw its troops.")
    assert events_with(events, "REQUEST", "Ostrian army", "Valmora"), events
    assert not events_with(events, "REQUEST", "Valmoran parliament"), events
