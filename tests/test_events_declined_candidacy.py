"""Declining to run is leaving the race: "announced she will not seek re-election", "said he would
not run for a second term", "will not stand in the next election" report a candidate's exit,
RETREAT (withdraw), as "ended her campaign" does (failure class from the real-news benchmark's
dev-work: "X announced he will not seek the party's leadership position" was coded as nothing, the
negated verb making no event). A verb of seeking office (word class ``office_seeking_verbs``),
negated, with an office or a contest as its object or its "for"/"in" phrase. Negatives: seeking
office (not negated) is no exit, and not seeking something else is no candidacy. Sentences written
for these tests before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor", [
    ("Senator Mira Tal announced she will not seek re-election next year.", "Mira Tal"),
    ("Kestrian party leader Omar Varo said he would not run for a second term.", "Omar Varo"),
    ("Kestrian party leader Omar Varo will not stand in the next general election.", "Omar Varo"),
    ("Labour leader Omar Varo announced he will not seek the party's leadership position in the next election.",
     "Omar Varo"),
])
def test_events_declined_candidacy_is_an_exit(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "RETREAT", actor), events


@pytest.mark.parametrize("text", [
    "Senator Mira Tal announced she will seek re-election next year.",
    "Senator Mira Tal said she will not seek a pay rise this year.",
    "Former president Omar Varo served one term but did not seek reelection in 2012.",
])
def test_events_seeking_office_or_other_things_is_no_exit(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "RETREAT"), events
