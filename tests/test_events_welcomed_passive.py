"""Failure class: "welcome" is a visit hosted (CONSULT) when a person or a delegation is welcomed
and praise (SUPPORT) when a thing is ("welcomed the decision"). The thing was read from the object
only, so a passive ("Velmar's plan was welcomed by Ostria") was a hosted visit of no one. What is
welcomed is the object, or the subject of a passive. Sentences written for these tests, before the
fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor", [
    ("Velmar's plan to withdraw its troops from Rask was welcomed by Ostria.", "Ostria"),
    ("The ceasefire agreement was warmly welcomed by the Kestrian foreign ministry.", "Kestria"),
])
def test_events_thing_welcomed_in_passive_is_support(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "SUPPORT", actor), events
    assert not events_with(events, "CONSULT"), events


@pytest.mark.parametrize("text, actor", [
    ("The Velmar prime minister was welcomed by President Ana Gral at the airport in Rask.", "Ana Gral"),
    ("President Ana Gral welcomed the Velmar prime minister to Rask on Monday.", "Ana Gral"),
])
def test_events_person_welcomed_is_a_hosted_visit(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "CONSULT", actor), events
    assert not events_with(events, "SUPPORT"), events
