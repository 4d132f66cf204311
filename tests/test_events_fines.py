"""Failure class (issue 11, acts lost; found on wire-style text written for the purpose in session
23): a penalty imposed by a regulator or a court ("The European Commission fined Apple 1.8 billion
euros", "a Moscow court fined Google") was no event: "fine" was in no lexicon row, and spaCy's
lemmatizer cut "fined" to "fin". A fine, like a sentence, is SANCTION (convict, legal); so is
penalising someone.

Not: "fine" as an adjective ("the fine weather"), and the fine talked about by its payer ("Apple
said the fine was unfair": no fine of Apple's). Sentences written for these tests, before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("The European Commission fined Apple 1.8 billion euros on Monday.", "European Commission", "Apple"),
    ("A Moscow court fined Google 10 million roubles for failing to delete banned content.", "court", "Google"),
    ("The Ostrian media regulator penalised two broadcasters for airing the speech.", "regulator", "broadcasters"),
])
def test_events_a_fine_is_a_sanction(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "SANCTION", actor, recipient), events


@pytest.mark.parametrize("text, actor", [
    ("The fine weather helped rescuers reach the village on Monday.", None),
    ("Apple said the fine was unfair and would appeal.", "Apple"),
])
def test_events_no_fine_imposed(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "SANCTION", actor), events


def test_lemma_of_fined(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The regulator fined the bank.")
    assert doc[2].lemma_ == "fine"
