"""A verb that praises or condemns by itself keeps its sense when its "as" predicate weighs too
little to judge: "officials hailed the vote as fair" is praise (SUPPORT), whatever "fair" weighs
(failure class from the real-news benchmark's dev-work: "the outcome has been hailed as fair by
officials" coded nothing, the weak predicate vetoing the verb). A neutral verdict verb ("called",
"described") still needs a predicate that judges. Sentences written for these tests before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("Officials in Norland hailed the vote as fair.", "SUPPORT", "Officials"),
    ("The Kestrian vote was hailed as fair by the Norland foreign minister Mira Tal.", "SUPPORT", "Mira Tal"),
    ("The Kestrian president Aldo Brenn hailed the agreement as a historic step.", "SUPPORT", "Aldo Brenn"),
])
def test_events_praising_verbs_keep_their_sense(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events


@pytest.mark.parametrize("text", [
    "The Norland foreign minister Mira Tal described the talks as long.",
    "The Norland foreign minister Mira Tal called the meeting short.",
])
def test_events_neutral_verdict_verbs_need_a_judging_predicate(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "SUPPORT") and not events_with(events, "ACCUSE"), events
