"""Failure class (stories dev-work; plain in diplomatic news): concern voiced about another actor's
conduct ("expressed concern over Ostria's treatment of journalists", "a resolution that expressed
concern regarding Ostria's human rights record", "voiced serious concern about the arrests by the
Ostrian police") is verbal disapproval: ACCUSE (disapprove) by whoever voices it, the one whose
conduct it is as recipient. Concern for someone ("concern for the safety of the sailors"), about a
state of things no one is named for ("concern over the situation"), or denied, accuses no one.
Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Brennian foreign ministry expressed serious concern over Valmora's treatment of journalists.",
     "Brennian foreign ministry", "Valmora"),
    ("On Tuesday the Brennian senate passed a resolution that expressed concern regarding Valmora's human "
     "rights record.", "Brennian senate", "Valmora"),
    ("Civic Watch voiced deep concern about the arrests of students by the Valmoran police.", "Civic Watch",
     "Valmoran police"),
])
def test_events_concern_over_conduct_accuses_its_doer(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ACCUSE", actor, recipient), events


@pytest.mark.parametrize("text", [
    "Prime Minister Tomas Orlo expressed concern for the safety of the missing Valmoran sailors.",
    "The Brennian foreign ministry expressed concern over the situation in the region.",
    "The Brennian foreign ministry did not express any concern over Valmora's treatment of journalists.",
])
def test_events_concern_for_someone_accuses_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "ACCUSE"), events
