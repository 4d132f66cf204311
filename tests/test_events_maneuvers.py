"""Failure class (issue 11, "no event"; found in session 25 on machine-written stories no rule was
written for): military maneuvers were no event ("Troops from Niger and China held joint military
maneuvers"), while exercises and drills were: maneuvers held, staged or conducted are a show of
force (MOBILIZE; lexicon idioms), held jointly cooperation (COOPERATE, as "joint drills" already
were: ``nominals.held_jointly``), as the guide codes exercises. Negative: a political maneuver is no
troop movement. Sentences written for these tests."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("Troops from Niger and China held joint military maneuvers on Friday east of Niamey.", "COOPERATE", "Niger"),
    ("Russian troops held military manoeuvres near the Ukrainian border on Monday.", "MOBILIZE", "Russian"),
    ("The Chinese army staged large-scale maneuvers around Taiwan on Monday.", "MOBILIZE", "Chinese"),
])
def test_events_maneuvers_are_exercises(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), event, actor)


def test_events_a_political_maneuver_moves_no_troops(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The senator's procedural maneuver delayed the vote on the budget bill.", gated=True)
    assert not events_with(events, "MOBILIZE"), events
