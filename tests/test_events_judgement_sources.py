"""Failure class found on the real-news benchmark's dev split: a judgement or appeal reported as a
noun with its source in a "from" phrase ("condemnation from France", "criticism came from the
opposition", "a request from Ostria") was no event: an event noun took its doer only from a
possessive or a "by" phrase. The "from" phrase of a noun of judgement, appeal, offer or aid is
its source; whoever "drew" or "received" it is its target. A "from" phrase of a withdrawal or an
expulsion is where one leaves, not who acts. Sentences written for these tests, positive and
negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Russia drew condemnation from France and Germany on Monday.", "ACCUSE", "France", "Russia"),
    ("The government of Ostria received praise from the United Nations for the ceasefire.", "SUPPORT",
     "United Nations", "Ostria"),
    ("Criticism of the decree came from the opposition leader, Dara Quell.", "ACCUSE", "Dara Quell", None),
    ("Statements of condemnation have come from Pope Francis and the European Union.", "ACCUSE",
     "Pope Francis", None),
    ("A request from Japan for more aid reached the ministry on Monday.", "REQUEST", "Japan", None),
])
def test_events_noun_source_in_from_phrase(nlp, text: str, event: str, actor: str, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.parametrize("text, event, not_actor", [
    ("Ostria announced its withdrawal from the treaty on Monday.", "RETREAT", "treaty"),
    ("The expulsion of two diplomats from Kestria angered Ostria.", "SANCTION", "Kestria"),
    ("Criticism from the north of the country grew on Monday.", "ACCUSE", "north"),
])
def test_events_from_phrase_that_is_no_source(nlp, text: str, event: str, not_actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, event, not_actor), events
