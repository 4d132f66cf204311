"""Failure class found on the real-news benchmark (dev-work, issue 11: required events with nothing
coded at their evidence): a restriction imposed without a verb of restriction. A rule that makes
something obligatory ("announced that wearing a mask would become compulsory", "made masks
mandatory") or a body kept shut by someone ("the government kept the stock markets closed") is
COERCE (restrict) by whoever announced, made or kept it. A state with no one imposing it ("voting
is compulsory in Arnor", "the rain kept the roads closed"), a past fact reported ("said voting was
compulsory") and a thing kept open are no restriction. Sentences written for these tests, positive
and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor", [
    ("Minister Ann Vale announced that from June 15, wearing a face covering would become compulsory on buses.",
     "Ann Vale"),
    ("The Ostrian government announced that vaccination will be mandatory for all teachers.", "Ostrian"),
    ("The Kestrian parliament made voter registration compulsory last year.", "Kestrian"),
    ("Governor Tom Baker declared that masks would be obligatory in shops.", "Tom Baker"),
])
def test_events_rule_made_obligatory_is_coercion(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "COERCE", actor), events


@pytest.mark.parametrize("text, actor", [
    ("The Ostrian government has continued to keep all stock markets closed until Friday.", "Ostrian"),
    ("Kestrian authorities kept the border crossings shut for a week.", "Kestrian"),
])
def test_events_kept_shut_is_coercion(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "COERCE", actor), events


@pytest.mark.parametrize("text", [
    "Voting is compulsory in Arnor.",
    "The heavy rain kept the mountain roads closed for a week.",
    "Ann Vale said that voting was compulsory in her country.",
    "The Ostrian government kept the border crossings open all night.",
    "Ann Vale asked whether masks would become compulsory in schools.",
])
def test_events_no_one_imposing_no_coercion(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[0] == "COERCE" and e[1]], events
