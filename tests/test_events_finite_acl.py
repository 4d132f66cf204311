"""Failure class found on the real-news benchmark's dev split (a judgement with the wrong doer): in
"X speaking to the Y think tank called the deal 'null and void'" the parser hangs the finite verb
"called" on "think tank" as a reduced relative and makes the bare gerund "speaking" the root; a
sentence whose root is a gerund with no auxiliary has no finite verb of its own, so the finite
verb parsed as a relative is its main verb and its subject is the gerund's (X). Where the root is
finite, a reduced relative keeps its noun ("The think tank called the Forum criticised ...").
Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, not_actor", [
    ('On Tuesday, Ostrian prime minister Piet Varga speaking to the Kestrian Policy Institute think tank called '
     'the border agreement between Dolmen and Rask "null and void".', "ACCUSE", "Varga", "Institute"),
])
def test_events_finite_verb_parsed_as_relative(nlp, text: str, event: str, actor: str, not_actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor) and not events_with(events, event, not_actor), events


@pytest.mark.parametrize("text, event, actor", [
    # a finite root: the relative keeps its own noun
    ("The Kestrian Policy Institute, a think tank founded by Piet Varga, condemned the Ostrian government's "
     "decision to close the border.", "ACCUSE", "Institute"),
])
def test_events_finite_root_keeps_its_subject(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor) and not events_with(events, event, "Varga"), events
