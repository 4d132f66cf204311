"""A request told only as the thing another answers: "the Queen will comply with the request of
Prime Minister X to suspend Parliament" reports X's request to the Queen as well as her
acceptance (failure class from the real-news benchmark's dev-work: the request noun was dropped as
the mere content of the acceptance). A request noun with its own asker (possessor, "of" phrase)
that an acceptance, refusal or concession answers is kept as a REQUEST of the asker to the one
who answers. Negatives: a request with no asker named, and one that is only talked about.
Sentences written for these tests before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("President Ana Lind of Rask will comply with the request of Prime Minister Omar Varo to hold a referendum.",
     "Omar Varo", "Ana Lind"),
    ("The Kestrian government rejected the demands of the Rask teachers' union on Monday.", "union", "Kestrian"),
    ("President Aldo Brenn granted Norland's request for military aid on Friday.", "Norland", "Aldo Brenn"),
])
def test_events_answered_request_is_a_request(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "REQUEST", actor, recipient), events


@pytest.mark.parametrize("text", [
    "The Kestrian government rejected the demands on Monday.",
    "Aldo Brenn discussed the request of Norland with his ministers on Friday.",
])
def test_events_unanswered_or_unowned_request_is_no_request(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[0] == "REQUEST" and e[2]], events
