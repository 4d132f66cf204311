"""Split and merged actors (issue 10, "pronouns and titles"; issue 11, "no actor"): a person's name
followed by a comma took as its appositive a title one word further on whatever that word was, so
in "The opposition leader, Omar Varo, accused two ministers of corruption" the ministers became
mentions of Omar Varo and the accusation lost its recipient. The one word that may stand between a
name's comma and its appositive is a determiner the office's mention leaves out ("Omar Varo, the
minister"); a verb begins the clause, and what follows it is its object. Sentences written for
these tests, positive and negative, seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import actor_mentions, coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, name, phrase, joined", [
    ("The opposition leader, Omar Varo, accused two ministers of corruption.", "Omar Varo", "two ministers", False),
    ("A Kestrian tourist, Ana Brandt, accused two officers of assault.", "Ana Brandt", "two officers", False),
    ("The opposition leader, Omar Varo, met three ambassadors on Monday.", "Omar Varo", "three ambassadors", False),
    # an appositive after the comma, with or without its determiner, stays the person's
    ("Omar Varo, the opposition leader, accused the government of corruption.", "Omar Varo", "the opposition leader",
     True),
    ("Omar Varo, opposition leader, accused the government of corruption.", "Omar Varo", "opposition leader", True),
])
def test_actors_a_title_after_a_verb_is_no_appositive(nlp, text: str, name: str, phrase: str, joined: bool) -> None:  # type: ignore[no-untyped-def]
    mentions = actor_mentions(nlp, text, name)
    assert mentions, text
    assert any(phrase in m for m in mentions) == joined, mentions


def test_events_the_accused_are_the_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The opposition leader, Omar Varo, accused two Kestrian ministers of corruption.",
                                  gated=True)
    assert events_with(events, "ACCUSE", "Omar Varo", "ministers"), events
