"""Failure class found on the real-news benchmark's dev split: an act done by a document ("posted a
message on Twitter blaming Iran", "had written him a letter thanking the people") was given the
document, or a word near it, as its actor ("Twitter"). A participle on a document noun acts for the
document's author: its possessor or "from"/"by" phrase, else the subject of the verb that issued
it. A participle on a noun that is no document keeps its noun ("troops guarding the border").
Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Foreign Minister Dara Quell posted a message on Twitter blaming Iran for the attacks.", "ACCUSE",
     "Dara Quell", "Iran"),
    ("Governor Ali Bakr sent a letter to the ministry thanking France for its help.", "SUPPORT", "Ali Bakr",
     "France"),
    ("A statement from the Russian foreign ministry condemning the strikes was published on Monday.", "ACCUSE",
     "Russian foreign ministry", None),
])
def test_events_document_participle_acts_for_its_author(nlp, text: str, event: str, actor: str,  # type: ignore[no-untyped-def]
                                                        recipient: str | None) -> None:
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events


def test_events_participle_on_a_participant_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Ostrian soldiers guarding the border shot two smugglers on Monday.")
    assert not [e for e in events if e[0] == "ASSAULT" and any("Twitter" in a for a in e[1])], events
    assert [e for e in events if e[0] == "ASSAULT" and any("soldiers" in a for a in e[1])], events
