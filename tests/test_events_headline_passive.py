"""Failure class (issue 11, "passives reverse roles"; found in session 25 on a written probe of EU
regulation): the headline "Apple fined €500 million by EU over App Store rules" was Apple's
sanction (of no one): headlines drop a passive's auxiliary, and the parser read "fined" as a past
tense with "by EU" a preposition. A headline's root verb in the past with no auxiliary and a "by"
phrase naming someone is a passive (``candidate.headline_agents``): the "by" phrase did it to the
subject. Negative: a sentence with a full stop is no headline ("marched by the parliament."), and
a "by" phrase naming no one changes nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Apple fined €500 million by EU over App Store rules\n\nThe fine was the largest this year.", "SANCTION",
     "European Union", "Apple"),
    ("Kenyan opposition leader arrested by police in Nairobi\n\nHe was taken to a police station.", "COERCE",
     "police", "opposition leader"),
])
def test_events_a_headline_passive_without_its_auxiliary(nlp, text: str, event: str, actor: str,
                                                         recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), event, actor, recipient)


@pytest.mark.parametrize("text", [
    "Kenyan protesters marched by the parliament on Monday.",
    "Kenyan protesters marched by night through Nairobi\n\nThey carried banners.",
])
def test_events_no_headline_passive_without_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = events_with(coded_article_events(nlp, text, gated=True), "PROTEST")
    assert events and all(any("protesters" in a for a in e[1]) for e in events), events
