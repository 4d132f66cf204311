"""Failure class (issue 11, "wrong actor"): the hidden authority of an agentless arrest was the body
named nearest, even inside the phrase of those arrested: "At least 30 people were arrested,
including two foreigners and three police officers" made the police officers the arresters. Whoever
the passive's subject or its "including" phrase names underwent the act and is never its hidden
doer. Sentences written for these tests, positive and negative, seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("At least 30 people were arrested in Manila, including two foreigners and three police officers, state TV "
     "reported.", "COERCE", "police officers"),
    ("Two police officers and a soldier were detained in Rask on Monday.", "COERCE", "police officers"),
])
def test_events_those_held_are_not_the_hidden_arrester(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    assert not events_with(coded_article_events(nlp, text, gated=True), event, actor)


def test_events_the_police_named_elsewhere_still_arrest(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("At least 30 people were arrested in Rask, including two foreigners. The Kestrian police said the "
            "protest had been illegal.")
    assert events_with(coded_article_events(nlp, text, gated=True), "COERCE", "police")
