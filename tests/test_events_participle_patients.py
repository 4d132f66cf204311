"""Failure class found in the articles added to the real-news benchmark's dev split this session:
a past participle that modifies someone ("X appeared in court, charged with murder"; "a man
arrested on Friday") is passive: whom it modifies underwent the act, and the act's doer is
whoever its "by" phrase names, else no one named. The coder took the modified person for the
doer ("Australian" charging someone). Sentences written for these tests, positive and negative,
before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, patient", [
    ("An Ostrian man, Omar Varo, appeared in court on Saturday, charged with one count of murder.", "ACCUSE",
     "Omar Varo"),
    ("Omar Varo, arrested by police on Friday, was released on bail.", "COERCE", "Omar Varo"),
])
def test_events_participle_modifies_its_patient(nlp, text: str, event: str, patient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    found = [e for e in events if e[0] == event]
    assert found, events
    assert not any(patient in a or "Ostrian" in a for e in found for a in e[1]), events
    assert any(patient in r for e in found for r in e[2]), events


@pytest.mark.parametrize("text, event, actor", [
    # an active participle keeps its subject as the doer
    ("Police officers, acting on a tip, arrested Omar Varo on Friday.", "COERCE", "Police"),
    ("Omar Varo, a lawyer representing the families, accused the ministry of negligence.", "ACCUSE", "Omar Varo"),
])
def test_events_active_clauses_keep_their_doer(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events
