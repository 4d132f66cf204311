"""Failure class found on the real-news benchmark's dev split: a threat made conditional on
someone's act ("will use military force if the opposition try to disrupt the vote", "threatened
to cut ties if Kestria recognised the region") was aimed at no one, or was no event at all when its
act names no target ("use force"). Whoever's act a threat is made conditional on ("if"/"unless"
clause of the threatened act) is the one it is aimed at. A target the act names itself stays its
target, a condition with no one in it ("if necessary", "if attacked") gives no one, and a condition
on a friendly act or a forecast is no threat. Sentences written for these tests, positive and
negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, recipient", [
    ("Varo told the Ostrian parliament that he will use military force if the opposition try to disrupt the "
     "referendum.", "opposition"),
    ("Ostria threatened to cut diplomatic ties if Kestria recognised the breakaway region.", "Kestria"),
    ("Kestria warned on Monday that it would use force if the rebels entered the capital.", "rebels"),
    ("The European Union said it will impose sanctions unless Ostria withdraws its troops.", "Ostria"),
])
def test_events_threat_aimed_at_whom_its_condition_names(nlp, text: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "THREATEN", recipient=recipient), events


@pytest.mark.parametrize("text, event, word", [
    # the act names its own target: the condition's subject is not another target
    ("Kestria warned that it would attack the rebels if the United Nations failed to act.", "THREATEN",
     "United Nations"),
    # a friendly act on a condition is no threat to the one the condition names
    ("Ostria said it will visit Kestria if the weather allows.", "THREATEN", "weather"),
    # a forecast on a condition threatens no one
    ("The bank said the economy will shrink if the government raises taxes.", "THREATEN", "government"),
])
def test_events_conditions_that_aim_no_threat(nlp, text: str, event: str, word: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not any(e[0] == event and any(word in r for r in e[2]) for e in events), events


def test_events_condition_with_no_one_in_it(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Kestria warned it would use force if attacked.")
    assert not any(e[0] == "ASSAULT" for e in events), events


@pytest.mark.parametrize("text, event, actor", [
    # the condition of a threat is no act told, nor a promise of the one it names
    ("The European Union said it will impose sanctions unless Ostria withdraws its troops.", "CONCEDE", "Ostria"),
    ("The European Union said it will impose sanctions unless Ostria withdraws its troops.", "RETREAT", "Ostria"),
    ("Kestria will lift the blockade if the rebels release the hostages.", "RETREAT", "rebels"),
])
def test_events_the_condition_is_no_act_told(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    assert not events_with(coded_article_events(nlp, text), event, actor=actor)


@pytest.mark.parametrize("text, event, actor", [
    # the same acts told, not set as a condition
    ("Ostria withdrew its troops from the border after the European Union imposed sanctions.", "RETREAT", "Ostria"),
    ("The rebels released the hostages on Monday, the Kestrian government said.", "RETREAT", "rebels"),
    # a clause of time or reason is told
    ("Kestria lifted the blockade because the rebels released the hostages.", "RETREAT", "rebels"),
])
def test_events_acts_told_beside_no_condition(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text), event, actor=actor)
