"""Failure class found on the real-news benchmark (dev): things thrown at someone ("protesters threw
rocks at the police", "hurled bottles at officers") were no event: the lexicon knew "throw out"
(REJECT) but not throwing at a person, a common attack in reports of clashes. A throw at someone
is ASSAULT by the thrower on whom it is aimed at; a throw at a place or an occasion ("threw a party
at the embassy"), "throw out" and "throw support behind" are not. Sentences written for these
tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient, kind", [
    # a crowd of protest throwing what is no weapon riots (session 48, tests/test_events_s48.py 3)
    ("Protesters in Rask threw rocks and bottles at the police on Sunday.", "Protesters", "police", "PROTEST"),
    ("Some protesters responded by throwing stones and petrol bombs at riot police.", "protesters", "police", "ASSAULT"),
    ("Supporters of the Kestrian party hurled eggs at the Ostrian ambassador on Monday.", "Supporters", "ambassador",
     "ASSAULT"),
])
def test_events_throwing_at_someone_is_an_assault(nlp, text, actor, recipient, kind) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, kind, actor, recipient), events


@pytest.mark.parametrize("text", [
    "The Ostrian ambassador threw a party at the embassy in Rask on Friday.",
    "The Kestrian president threw his support behind the reform bill on Monday.",
    "The pitcher threw the ball at the stadium in Rask on Sunday.",
])
def test_events_throwing_that_is_no_attack(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "ASSAULT"), events
