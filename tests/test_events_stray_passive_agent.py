"""Failure class: a passive whose "by" phrase the parser hangs from the gerund of its "from" phrase
("X was banned from returning to Velmar by the High Court", "was prevented from leaving by border
guards") had no actor. An active gerund takes no agent: a "by" phrase under it that names someone
is the passive's agent; one that names a thing is a means ("barred from travelling by plane").
Sentences written for these tests, before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Earlier this month, Mr Tann was banned from returning to Velmar by the High Court.", "COERCE", "High Court", "Tann"),
    ("The opposition leader Ivo Mart was prevented from leaving the country by border guards.", "COERCE", "border guards", "Ivo Mart"),
])
def test_events_a_stray_by_phrase_is_the_passive_agent(nlp, text: str, event: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.parametrize("text", [
    "The minister Ivo Mart was banned from travelling by plane.",
    "Ivo Mart was banned from entering by the main gate.",
])
def test_events_a_means_is_no_agent(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if any(w in a for a in e[1] for w in ("plane", "gate"))], events
