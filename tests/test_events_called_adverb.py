"""Failure class: "called the attack cowardly" was coded an ASSAULT by the speaker (the light verb
"call" with the act noun "attack"), because the parse hung the judging word on the verb as an
adverb, where the verdict reading did not look. A judging word right after the object is the
verdict's predicate; a word that judges nothing ("called the minister immediately") is no
predicate, and "called a strike" stays a strike. Sentences written for these tests, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor", [
    ("Ostrian President Ana Gral called the attack cowardly.", "Ana Gral"),
    ("The Velmar president called the attack cowardly and barbaric.", "Velmar"),
])
def test_events_attack_called_cowardly_is_a_condemnation(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ACCUSE", actor), events
    assert not events_with(events, "ASSAULT", actor), events


@pytest.mark.parametrize("text, event", [
    ("Velmar dock workers called a strike yesterday.", "PROTEST"),
])
def test_events_called_without_a_verdict_keeps_its_light_reading(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text), event)


def test_events_called_someone_at_a_time_is_no_verdict(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The Velmar president called the minister immediately.")
    assert not events_with(events, "ACCUSE") and not events_with(events, "SUPPORT"), events
