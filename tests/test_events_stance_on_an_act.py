"""Failure class (issue 11, "no event"): a stance taken on an act already told ("The United States
imposed sanctions on Chinese firms. China's foreign ministry said it firmly opposed the sanctions")
was no event: a stance verb needs someone or someone's act for object, and "the sanctions" named no
one. An act noun the lexicon knows ("the sanctions", "the strikes", "the decision") points back at
the act and so at its doer, as a verdict on "the attack" already did; opposing a thing no one did
("opposed the weather changes") stays no event. Sentences written for these tests (real names,
invented events), positive and negative, seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The United States imposed sanctions on Chinese firms. China's foreign ministry said it firmly opposed the "
     "sanctions.", "REJECT", "foreign ministry", "United States"),
    ("The United States imposed sanctions on Chinese firms. China firmly opposed the sanctions.", "REJECT", "China",
     "United States"),
])
def test_events_a_stance_on_an_act_told_is_on_its_doer(nlp, text: str, event: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), event, actor, recipient)


def test_events_a_stance_on_a_thing_no_one_did_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The farmers opposed the weather changes.", gated=True)
    assert not [e for e in events if e[0] == "REJECT" and e[2]], events
