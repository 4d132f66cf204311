"""Failure class found in the articles added to the real-news benchmark's dev split this session:
a court ruling that something is unlawful ("the court found the prorogation to be unlawful", "the
judge ruled that the ministry's ban is unconstitutional") was no event. A verb of ruling or
finding whose complement says of its subject something condemning (``judgement``) is a verdict:
by a court or a judge, a REJECT of whoever did the thing judged; by anyone else an accusation;
praise ("ruled the vote lawful", "found it fair") is support. A finding with no judgement ("found
that turnout was low") is no event. Sentences written for these tests, positive and negative,
before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The Supreme Court ruled that the government's suspension of parliament was unlawful.", "REJECT",
     "Supreme Court", "government"),
    ("A federal judge ruled on Tuesday that the ministry's ban on protests is unconstitutional.", "REJECT",
     "judge", "ministry"),
    ("The high court found Governor Ali Bakr's decree to be illegal.", "REJECT", "high court", "Ali Bakr"),
    ("Senator Dara Quell declared that Governor Ali Bakr's decree was illegal and reckless.", "ACCUSE",
     "Dara Quell", "Ali Bakr"),
])
def test_events_ruling_condemns_the_doer(nlp, text: str, event: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    found = events_with(events, event, actor)
    assert found and any(recipient in r for e in found for r in e[2]), events


@pytest.mark.parametrize("text", [
    "The electoral commission found that turnout was low in the north.",
    "The court ruled on the appeal on Tuesday.",
    "Inspectors found the bridge to be unsafe after the flood.",
])
def test_events_finding_that_judges_no_one_is_no_verdict(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[0] in ("REJECT", "ACCUSE", "SUPPORT") and e[2]], events


@pytest.mark.parametrize("text", [
    "The hospital also found him to be positive for the virus.",
    "The police declared the incident terrorist-related on Sunday.",
])
def test_events_finding_of_a_fact_is_no_verdict(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[0] in ("REJECT", "ACCUSE", "SUPPORT")], events
