"""Failure class (issue 11, acts lost; found on wire-style text written for the purpose in session
23): a court or a council that overturns, quashes, annuls or invalidates another's decision, law or
result ("Senegal's Constitutional Council overturned President Macky Sall's decision to postpone the
election", "a court quashed the government's decision") was no event: only "struck down" was read.
Undoing a decision, an instrument of state, a ruling or a result (word classes
``events.coding.instruments`` and ``events.coding.detect.undone``) is a rejection (REJECT, legal),
aimed at whose it was.

Not: "protesters overturned cars" (no decision undone). Sentences written for these tests, before
the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Senegal's Constitutional Council overturned President Macky Sall's decision to postpone the election.",
     "Constitutional Council", "Macky Sall"),
    ("A court in Nairobi quashed the government's decision to deploy police officers.", "court", None),
    ("The Velmar Supreme Court annulled the result of the presidential election.", "Supreme Court", None),
    ("The Ostrian High Court invalidated the new law on Tuesday.", "High Court", None),
])
def test_events_undoing_a_decision_is_a_rejection(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "REJECT", actor, recipient), events


def test_events_overturned_cars_are_no_rejection(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Protesters overturned cars in the centre of Varo on Monday.", gated=True)
    assert not events_with(events, "REJECT"), events
