"""Failure class found on the stories' work set (and seen on the real-news benchmark's dev split):
an act noun whose doer is named by a common-noun modifier ("rebel attacks", "a police raid",
"opposition protests", "the army offensive") was coded with no actor, so the gate made it a
candidate ("no participant") or the model scored it as doer-less. A modifier that can name a
participant (a group, an office, a body: the test the possessive and "by" phrase already pass) is
the doer, as a named modifier is ("Ostrian protests"); of an act done to someone ("a hostage
release", "journalist arrests": word class ``patient_possessor``) it is not the doer, and a
modifier that names no one ("a gas attack", "a border raid") is none. Sentences written for these
tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, doer", [
    ("Rebel attacks on the Ostrian town of Vella continued on Sunday, the Ostrian army said.", "ASSAULT", "ebel"),
    ("Opposition protests against the Ostrian government spread to Vella on Monday.", "PROTEST", "pposition"),
    ("Student protests against the new fees spread across Ostria on Tuesday.", "PROTEST", "tudent"),
])
def test_events_a_modifier_that_names_someone_is_the_doer(nlp, text: str, event: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, doer), events


@pytest.mark.parametrize("text, event, not_doer", [
    # an act done to someone: the modifier is whom it is done to
    ("A hostage release by Kestrian rebels was welcomed by Ostria on Monday.", "RETREAT", "hostage"),
    ("Journalist arrests in Ostria drew criticism from Kestria on Monday.", "COERCE", "ournalist"),
    # a modifier that names no one
    ("A gas attack on the Ostrian town of Vella killed twelve people on Sunday.", "ASSAULT", "gas"),
    ("A border raid by Kestrian troops killed two Ostrian soldiers near Vella.", "ASSAULT", "border"),
])
def test_events_a_modifier_that_is_no_doer(nlp, text: str, event: str, not_doer: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, event, not_doer), events


@pytest.mark.parametrize("text, event, not_doer", [
    # a kind of act, an instrument, a beneficiary: no doer
    ("The Ostrian minister spoke at a press conference in Vella on Monday.", "CONSULT", "press"),
    ("Drone strikes on the Ostrian town of Vella killed four people on Monday.", "ASSAULT", "rone"),
    ("The Ostrian government announced new student loans on Monday.", "AID", "tudent"),
])
def test_events_a_modifier_of_kind_instrument_or_beneficiary(nlp, text: str, event: str, not_doer: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, event, not_doer), events
