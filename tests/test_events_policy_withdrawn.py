"""Failure class found on the real-news benchmark (dev-work, issue 11: required events coded as
another type): withdrawing, scrapping or repealing a bill, law, tax or proposal is a change of
policy, CONCEDE, not the military withdrawal (RETREAT) the verb "withdraw" alone signals; and
standing (holding) firm is a refusal to yield, REJECT. Withdrawing troops stays a RETREAT; taking
money out of a bank, or drafting a bill, concedes nothing; a price or a wall holding firm refuses
nothing. Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("The Ostrian government withdrew the extradition bill on Wednesday.", "CONCEDE", "Ostrian"),
    ("The Kestrian parliament repealed the fuel tax in March.", "CONCEDE", "Kestrian"),
    ("Premier Ann Vale scrapped the controversial amendment after the protests.", "CONCEDE", "Ann Vale"),
    ("The Rask union withdrew its proposal on Friday.", "CONCEDE", "Rask"),
    ("The senior Arnorian diplomat, James Cole, is standing firm by the decision.", "REJECT", "James Cole"),
    ("Kestria stood firm against the demands of Ostria.", "REJECT", "Kestria"),
])
def test_events_policy_withdrawn_and_firm_stands(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events


@pytest.mark.parametrize("text, event", [
    ("Ostria withdrew its troops from the border.", "CONCEDE"),
    ("Tom Baker withdrew money from the bank.", "CONCEDE"),
    ("The Kestrian parliament drafted a bill on fuel taxes.", "CONCEDE"),
    ("The old river wall stood firm against the flood.", "REJECT"),
])
def test_events_no_policy_withdrawn(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in coded_article_events(nlp, text) if e[0] == event], coded_article_events(nlp, text)


def test_events_troops_withdrawn_stay_a_retreat(nlp) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, "Ostria withdrew its troops from the border."), "RETREAT", "Ostria")


@pytest.mark.parametrize("text", [
    "The Ostrian government will repeal the fuel tax next month.",
    "Premier Ann Vale announced that her government will withdraw the proposed bill.",
])
def test_events_policy_withdrawal_announced_is_a_concession(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """A withdrawal announced, not yet done, is a concession, as a promised military withdrawal is
    (the guide); not the promise of help (AGREE) other cooperative acts announced are."""
    types = [e[0] for e in coded_article_events(nlp, text)]
    assert "CONCEDE" in types and "AGREE" not in types, coded_article_events(nlp, text)
