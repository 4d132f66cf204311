"""Failure class (issue 11, recipients and actors lost; found on wire-style text written for the
purpose in session 23): "both sides", "the two sides", "the warring parties" counted out only
states. In a war between an army and a militia ("Sudan's army and the Rapid Support Forces agreed
to a truce ... The United Nations urged both sides to respect it") the appeal had no recipient.

A definite counted phrase of sides (word class ``events.coding.args.pair_side_heads``: side,
party, faction) stands for the last pair the text set side by side as the parties of a clause:
coordinated subjects ("X and Y agreed"), or the two of a "between" phrase ("fighting between X
and Y"); the nearest such pair in its sentence or the two before. Not: a pair named only as an
agent or an object ("a truce brokered by Qatar and Egypt": the brokers are no sides), a text that
set no pair side by side, and "both parties" of a contract or a court case with no pair named.
Sentences written for these tests, before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events

pytestmark = pytest.mark.model


def _participants(events, event: str, role: int) -> set[str]:  # type: ignore[no-untyped-def]
    return {n for e in events if e[0] == event for n in e[role]}


@pytest.mark.parametrize("text, event, role, expected", [
    ("Sudan's army and the Rapid Support Forces agreed to a truce on Saturday. The United Nations urged both "
     "sides to respect it.", "REQUEST", 2, {"army", "Rapid Support Forces"}),
    ("Fighting between the Ostrian army and the Freedom Front rebels resumed on Monday. The African Union "
     "called on the two sides to return to talks.", "REQUEST", 2, {"army", "rebels"}),
    ("The Velt government and the Harbor Workers Union met for six hours on Monday. Both sides agreed to "
     "meet again on Friday.", "AGREE", 1, {"government", "Union"}),
])
def test_events_counted_sides_are_the_pair_just_named(nlp, text, event, role, expected) -> None:  # type: ignore[no-untyped-def]
    found = _participants(coded_article_events(nlp, text, gated=True), event, role)
    assert all(any(x in f for f in found) for x in expected), found


@pytest.mark.parametrize("text, event, role, absent", [
    # the brokers of a truce are no sides of it
    ("A truce brokered by Qatar and Egypt took effect on Monday. The United Nations urged both sides to "
     "respect it.", "REQUEST", 2, {"Qatar", "Egypt"}),
    # no pair named side by side: no one
    ("Rebels attacked the town of Velt on Monday. The United Nations urged both sides to show restraint.",
     "REQUEST", 2, {"Rebels", "rebels", "Velt"}),
])
def test_events_counted_sides_without_a_pair_stand_for_no_one(nlp, text, event, role, absent) -> None:  # type: ignore[no-untyped-def]
    found = _participants(coded_article_events(nlp, text, gated=True), event, role)
    assert not found & absent, found
