"""Failure class found in the articles added to the real-news benchmark's dev split this session:
extending a restriction ("extended the city lockdown to May 1", "voted to extend the state of
emergency") was no event, because a lockdown named no event and "extend" took only event nouns.
A lockdown or quarantine is a restriction like a curfew: imposing, extending or declaring one
restricts (COERCE), lifting one is a retreat; extending what is no restriction ("extended its
contract", "extended the deadline") stays no coercion. Sentences written for these tests,
positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "The mayor of Rask, Ali Bakr, extended the city lockdown to May 1.",
    "The parliament of Portugal voted to extend the national state of emergency by 15 days.",
    "The government of Ostria imposed a nationwide lockdown on Monday.",
])
def test_events_extending_a_restriction_coerces(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "COERCE" in coded_types(nlp, text)


@pytest.mark.parametrize("text", [
    "The company extended its contract with the airline.",
    "The ministry extended the deadline for applications to May 1.",
    "Shops reopened after the lockdown ended.",
])
def test_events_extending_no_restriction_is_no_coercion(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "COERCE" not in coded_types(nlp, text)


def test_events_lifting_a_lockdown_is_no_coercion(nlp) -> None:  # type: ignore[no-untyped-def]
    types = coded_types(nlp, "The government of Ostria lifted the lockdown on Monday.")
    assert "COERCE" not in types and ("RETREAT" in types or "CONCEDE" in types)


@pytest.mark.parametrize("text", [
    "The government of Ostria declared a state of emergency on Monday.",
    "The parliament of Portugal voted to extend the national state of emergency by 15 days.",
])
def test_events_state_of_emergency_is_no_participant(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    from builders import coded_article_events
    events = coded_article_events(nlp, text)
    assert [e for e in events if e[0] == "COERCE"], events
    assert not [e for e in events if any("state" in r for r in e[2])], events
