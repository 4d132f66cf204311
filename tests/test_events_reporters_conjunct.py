"""Failure class (issue 11, actor wrong; found on wire-style text written for the purpose in session
23): "Amnesty International said the authorities had failed to protect rural communities and called
on the government to act": the parser joins "called" to the infinitive "protect" inside the report,
and the appeal went to the authorities' account (REQUEST by the authorities). A finite simple past
cannot be coordinated with an infinitive: a simple past conjunct (no auxiliary of its own) hung on
the infinitive of a backshifted reported clause ("had failed to …") is the act of whoever reports
it when it is a reporter's own verbal act (an appeal, a condemnation, a summons: word class
``events.coding.roles.reporters_acts``). A conjunct of the clause's own verb shares its "had" ("said
Ostria had criticised the plan and demanded new talks": Ostria, test_events_doers_from_context), and
so does a material act ("had shelled the town and killed ten people": the army killed).

Not: a conjunct backshifted like its clause ("had crossed the border and had shelled two villages":
the troops shelled), and a conjunct of a clause in the simple past ("said the rebels attacked the
town and seized the police station": the rebels seized it). Sentences written for these tests,
before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, not_actor", [
    ("Amnesty International said the authorities had failed to protect rural communities and called on the "
     "government to act.", "REQUEST", "Amnesty", "authorities"),
    ("Amnesty International said the security forces had tried to cover up the killings and called for an "
     "investigation.", "REQUEST", "Amnesty", "security forces"),
])
def test_events_reporters_own_act_after_a_backshifted_report(nlp, text, event, actor, not_actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events
    assert not events_with(events, event, not_actor), events


@pytest.mark.parametrize("text, event, actor", [
    ("The Ostrian foreign ministry said Velmar troops had crossed the border and had shelled two villages.",
     "ASSAULT", "troops"),
    ("Police said the rebels attacked the town and seized the police station.", "COERCE", "rebels"),
])
def test_events_conjuncts_of_the_report_stay_its_subjects(nlp, text, event, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events
