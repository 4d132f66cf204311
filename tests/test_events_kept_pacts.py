"""Failure class (issue 11, speech acts; found on wire-style text written for the purpose in session
23): a party's word that it will keep a pact ("Hamas said it would respect the truce", "Russia said
it would abide by the ceasefire", "the rebels will honour the peace deal") was no event: the verbs
of keeping a pact were in no lexicon row. Keeping, respecting, honouring, observing or upholding a
pact (a truce, a ceasefire, an agreement, a deal, a treaty: word class
``events.coding.detect.pacts``) is AGREE; said of the future, flagged so.

Not: a pact refused ("would not respect the agreement"), what is kept that is no pact ("respect
human rights", "observed a minute's silence", "abide by the rules of the game").
Sentences written for these tests, before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor", [
    ("Hamas said it would respect the truce.", "Hamas"),
    ("Russia said on Monday it would abide by the ceasefire.", "Russia"),
    ("The Ostrian rebels said they would honour the peace deal signed in Velt.", "rebels"),
    ("Velmar vowed to uphold the border treaty with Ostria.", "Velmar"),
    ("Both armies observed the truce on Tuesday, the United Nations said.", "armies"),
])
def test_events_keeping_a_pact_is_agree(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "AGREE", actor), events


@pytest.mark.parametrize("text, actor", [
    ("Ostria said it would not respect the agreement.", "Ostria"),
    ("Ostria said it would respect human rights in the region.", "Ostria"),
    ("The Velmar parliament observed a minute's silence for the victims.", "parliament"),
    ("The Ostrian players said they would abide by the rules of the game.", "players"),
])
def test_events_keeping_no_pact_is_no_agreement(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "AGREE", actor), events
