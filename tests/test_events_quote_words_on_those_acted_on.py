"""Failure class (issue 11, "statements coded backwards"): a quote's clause was taken to condemn its
subject when its judging words described the people the subject acts on through a preposition:
'"Police will deal with the violators severely," the president said' made the president accuse the
police. Words that name those acted on ("the violators", "criminals and looters") describe them,
as they already did as direct objects; words about the subject's own conduct still judge it.
Sentences written for these tests, positive and negative, seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ('"Police will deal with the violators severely," President Omar Varo said.', "Omar Varo", "Police"),
    ('"The army acted firmly against the criminals and looters," the Kestrian interior minister said.', "minister",
     "army"),
])
def test_events_words_on_those_acted_on_judge_no_one(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "ACCUSE", actor, recipient), events


@pytest.mark.parametrize("text, actor, recipient", [
    ('"The Kestrian government has abused its power," opposition leader Omar Varo said.', "Omar Varo", "government"),
    ('"The Kestrian government has betrayed the people and lied to the voters," opposition leader Omar Varo said.',
     "Omar Varo", "government"),
])
def test_events_words_on_the_subjects_own_conduct_still_judge_it(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ACCUSE", actor, recipient), events
