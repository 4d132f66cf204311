"""A quote that judges someone named only by a demonstrative ("this individual is a terrorist",
"this man is a criminal") judges whom the demonstrative points back to: the subject just before
it in the quote, else the doer of the act the article reports first (failure class from the
real-news benchmark's dev-work: a minister's "this individual is a terrorist" about the gunman of
the article's shooting coded nothing, the noun resolving to no actor). A judgement of one's own
side, or a demonstrative with nothing told before it, judges no one. Sentences written for these
tests before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model

_SHOOTING = ("A Kestrian gunman, Piet Varo, opened fire on shoppers in a market in Rask on Saturday, killing "
             "twenty people. ")


@pytest.mark.parametrize("text, actor, recipient", [
    (_SHOOTING + 'Norland foreign minister Mira Tal said: "For Norland, this individual is a terrorist."',
     "Mira Tal", "Piet Varo"),
    (_SHOOTING + '"This man is a cowardly murderer," said Norland foreign minister Mira Tal.', "Mira Tal", "Piet Varo"),
])
def test_events_demonstrative_judged_is_the_one_pointed_to(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ACCUSE", actor, recipient), events


@pytest.mark.parametrize("text", [
    'Norland foreign minister Mira Tal said: "This individual is a terrorist."',
    _SHOOTING + '"This man is a hero," said Norland foreign minister Mira Tal.',
])
def test_events_demonstrative_without_antecedent_or_praise_accuses_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "ACCUSE", "Mira Tal"), events
