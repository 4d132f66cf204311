"""Lexicon gaps found on the real-news benchmark's third batch (dev): contacting a counterpart is
a consultation ("Kerry contacted Thailand's foreign minister"), and voting a proposal down rejects
it ("the Senate voted the proposition down"). Negatives: contact with something that is no one
("contact with the virus") and voting for something ("voted the bill through") are no such events.
Sentences written for these tests before the lexicon rows.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("Foreign Minister Ana Tell contacted her Ostrian counterpart on Monday over the border dispute.", "CONSULT",
     "Ana Tell"),
    ("The Kestrian Senate voted the proposal down on Tuesday by 52 votes to 35.", "REJECT", "Senate"),
])
def test_events_contact_and_vote_down(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text), event, actor), coded_article_events(nlp, text)


@pytest.mark.parametrize("text, event", [
    ("Nurses who had contact with the patient were tested on Monday.", "CONSULT"),
    ("The Kestrian Senate voted the budget through on Tuesday.", "REJECT"),
])
def test_events_no_contact_or_rejection_without_them(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    assert not events_with(coded_article_events(nlp, text), event), coded_article_events(nlp, text)
