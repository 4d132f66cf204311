"""Failure class (session 22): the parser hangs an act noun's "by" phrase on the noun of its target
("the attack on the embassy by Ostrian militants": "by militants" hangs on "embassy"), so the act
had no doer, and the doers were taken for its target ("ASSAULT -> militants"). The "by" phrase of
an act's target belongs to the act when it names someone and the target is no act of its own.
Not: a "by" of place ("the attack on the embassy by the river"), a target that is itself an act
("the condemnation of the attack by militants": the attack's doers, not the condemnation's).
Sentences written for these tests, before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("The attack on the embassy by Ostrian militants killed two guards on Monday.", "ASSAULT", "militants"),
    ("The raid on the village by Kestrian troops left ten people dead.", "ASSAULT", "troops"),
    ("The shelling of the town by Velmar troops destroyed the school.", "ASSAULT", "troops"),
    # (session 54: "The president was outraged at the attack ..." is the president's ACCUSE now, the
    # attack its content, aimed at the militants: tests/test_events_s54.py)
    ("The president spoke after the attack on the embassy by Ostrian militants.", "ASSAULT", "militants"),
])
def test_events_a_by_phrase_hung_on_the_target_is_the_acts(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor=actor), events
    assert not events_with(events, event, recipient=actor), events


@pytest.mark.parametrize("text, event, actor", [
    ("The attack on the embassy by the river killed two guards on Monday.", "ASSAULT", "river"),
    ("The president welcomed the condemnation of the attack by the militants.", "ACCUSE", "militants"),
])
def test_events_a_by_phrase_that_is_not_the_acts(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, event, actor=actor), events
