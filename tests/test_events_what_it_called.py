"""Failure class (session 22): a condemnation of what the speaker calls something ("The White House
condemned what it called Russia's brutal attack on Ukraine", "condemned what it described as
Velmar's aggression") had no recipient: the thing judged is named inside the free relative, as
what "it called" or "described as". The thing such a clause names is the verb's object.
Not: a free relative that names nothing ("condemned what happened in the town"). Sentences
written for these tests, before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("The White House condemned what it called Russia's brutal and unprovoked attack on Ukraine.", "White House", "Russia"),
    ("Ostria condemned what it described as Velmar's aggression against its people.", "Ostria", "Velmar"),
])
def test_events_what_the_speaker_calls_it_is_judged(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ACCUSE", actor, recipient), events


def test_events_a_free_relative_naming_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Ostria condemned what happened in the Velmar town of Rask.", gated=True)
    assert not [e for e in events if e[0] == "ACCUSE" and e[2]], events
