"""Failure class (issue 11, "statements coded backwards"): a state body's quote that speaks of
another body of the same state ("The Afghan justice ministry said: 'The Afghan authorities are
taking steps to eliminate the perception of human rights violations'") was coded as the ministry
accusing the authorities. What a state's organ says of its own state's organs is its own side,
as what a speaker says of itself already was; an opposition party or a foreign state speaking
of them still judges them. Sentences written for these tests, positive and negative, seen failing
before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


def test_events_a_state_organ_does_not_accuse_its_own_state(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ('The Afghan justice ministry said: "The Afghan authorities are taking steps that will help to eliminate '
            'the perception of human rights violations."')
    assert not events_with(coded_article_events(nlp, text, gated=True), "ACCUSE", "justice ministry"), text


@pytest.mark.parametrize("text, actor, recipient", [
    ('Afghan opposition leader Omar Varo said: "The Afghan authorities have committed grave human rights '
     'violations and abused their power."', "Omar Varo", "authorities"),
    ('The Pakistani foreign ministry said: "The Afghan authorities have committed grave human rights violations '
     'and abused their power."', "ministry", "authorities"),
])
def test_events_others_still_accuse_a_states_organs(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), "ACCUSE", actor, recipient)


def test_events_a_named_office_holder_of_the_same_state_is_another_side(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ('California Attorney General Xavier Becerra said: "President Donald Trump has abused his power and '
            'betrayed the people."')
    assert events_with(coded_article_events(nlp, text, gated=True), "ACCUSE", "Becerra", "Trump")
