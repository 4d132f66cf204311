"""Failure class (issue 11, "no actor"; found in session 25 on a written probe of Gaza talks):
"Egypt's foreign minister, Badr Abdelatty, called on both sides to show flexibility" was a request
by no one: the parser made "minister" the sentence's root and "called" a participle on it, read
as a passive ("a minister called on ..."). A participle set right after a name's appositive, on a
noun that is the sentence's root, is the main verb of a misparsed sentence: the noun is its
subject. Negative: a participle with its own "by" phrase stays passive, and a sentence with a main
verb of its own is read as parsed. Sentences written for these tests (real names, invented events),
seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("Egypt's foreign minister, Badr Abdelatty, called on both sides to show flexibility.", "REQUEST", "Abdelatty"),
    ("Egypt's foreign minister, Badr Abdelatty, urged Israel to allow more aid into Gaza.", "REQUEST", "Abdelatty"),
])
def test_events_a_participle_after_an_appositive_is_the_main_verb(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), event, actor)


def test_events_a_participle_with_its_agent_stays_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The opposition leader, Omar Varo, arrested by police on Monday, was released on Tuesday."
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if e[0] == "COERCE" and any("Varo" in a for a in e[1])], events
