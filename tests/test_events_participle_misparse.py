"""Failure class (session 22): "Hundreds of residents protested on Tuesday, demanding that the government
protect them" is parsed with "Hundreds" as the root and "protested" as a participle on it, read as
a passive participle ("X, arrested by police"): the residents became the protest's target and it had
no actor. A participle of an act done without an object (protest, march, rally, riot: word class
events.coding.args.intransitive_acts) on the root noun of a sentence with no finite verb is that
noun's act. Not: a passive participle of an act done to someone ("residents detained by police",
"three protesters killed in Busia"). Sentences written for these tests, before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("Hundreds of residents protested on Tuesday, demanding that the government protect them.", "PROTEST", "residents"),
    ("Thousands of students marched through the capital on Friday, chanting slogans against the president.",
     "PROTEST", "students"),
])
def test_events_an_intransitive_act_on_a_root_noun_is_its_act(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events
    assert not events_with(events, event, recipient=actor), events


@pytest.mark.parametrize("text, event, patient", [
    ("Hundreds of residents detained by police on Tuesday were released on Friday.", "COERCE", "residents"),
    ("Three protesters killed in Busia on Tuesday were buried on Friday.", "ASSAULT", "protesters"),
])
def test_events_a_headline_passive_participle_stays_passive(nlp, text: str, event: str, patient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, event, actor=patient), events


def test_events_a_reduced_passive_in_a_report_is_not_the_speakers_act(nlp) -> None:  # type: ignore[no-untyped-def]
    """"… were killed and dozens injured when gunmen opened fire …, security sources said": the hidden
    agent of a passive is not the one who reports it."""
    text = ("At least 14 people were killed and dozens injured when gunmen opened fire on worshippers at a church "
            "in the north on Sunday, security sources said.")
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "ASSAULT", "security sources"), events
    assert events_with(events, "ASSAULT", "gunmen"), events
