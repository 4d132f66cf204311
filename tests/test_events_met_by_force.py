"""Failure class (issue 11, "word triggers without sense"): "Protesters ... were met by two dozen
riot police" was a CONSULT of the police with the protesters. Being met by a security force (police,
troops, riot police) is a confrontation, no meeting, as being "met with protests" already was; being
met by an official at the airport is still a reception. Sentences written for these tests,
positive and negative, seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Protesters who had taken to the streets of Mexico City on Saturday were met by two dozen riot police.",
    "The marchers were met by hundreds of soldiers at the bridge.",
])
def test_events_met_by_a_force_is_no_meeting(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in coded_article_events(nlp, text, gated=True) if e[0] == "CONSULT"]


def test_events_met_by_an_official_is_a_reception(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Ostrian president was met by the Kestrian foreign minister at the airport."
    assert events_with(coded_article_events(nlp, text, gated=True), "CONSULT", "foreign minister")
