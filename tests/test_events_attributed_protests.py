"""Failure class found on the real-news benchmark (dev-work): protests told by a noun with no one
named ("anti-government protests continue in the capital", "his announcement followed two weeks of
protests") were dropped, though the article names who protests elsewhere. A protest noun with no
actor of its own is held by the article's protesters: the actors of its other protests, else the
group it names by a protester noun ("protesters", "demonstrators"). With no protesters named in the
article, such a noun stays no event. Sentences written for these
tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor", [
    ("Protesters in Rask called for the governor's resignation on Monday. Large protests continued in the capital "
     "on Tuesday.", "rotesters"),
    ("Demonstrators in Rask said on Monday they would not leave the square. Anti-government protests continue in "
     "the capital.", "emonstrators"),
])
def test_events_protest_noun_held_by_the_articles_protesters(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "PROTEST", actor), events


@pytest.mark.parametrize("text", [
    "Protests continue in the capital.",
    "The governor resigned on Friday after two weeks of protests in the capital.",
])
def test_events_protest_noun_without_protesters_is_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "PROTEST"), events
