"""Failure class found on the real-news benchmark's dev split: an event whose actor or recipient is
named by a definite description of a body met before ("the commission refused", "accused the
agency of bias") had no participant, or a new nameless one. The description refers to the one
earlier actor it describes (every word of it said of that actor: "the commission" after "the
National Telecommunications Commission"), the resolver the quote speakers use; with no such actor,
or two, it stays what it was. Sentences written for these tests, positive and negative, before the
fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The National Broadcasting Commission fined the Rask Daily on Tuesday. The commission refused to renew "
     "its licence on Friday.", "REJECT", "National Broadcasting Commission", None),
    ("Senator Dara Quell criticised the Federal Election Agency on Monday. On Tuesday she accused the agency "
     "of bias.", "ACCUSE", "Dara Quell", "Federal Election Agency"),
])
def test_events_definite_description_refers_back(nlp, text: str, event: str, actor: str, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.parametrize("text, event, not_actor", [
    # two commissions met before: "the commission" is neither
    ("The Election Commission and the Broadcasting Commission met on Monday. The commission refused to "
     "renew the licence.", "REJECT", "Commission"),
    # a description that names nothing met before stays unresolved
    ("Senator Dara Quell spoke on Monday. The commission refused to renew the licence.", "REJECT", "Dara Quell"),
])
def test_events_definite_description_unresolved_when_unclear(nlp, text: str, event: str, not_actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, event, not_actor), events
