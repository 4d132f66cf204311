"""Whoever acts "at the request of X" is the one X asked.

"At the request of Prime Minister Ali Reza, the president dissolved parliament" coded Reza's
REQUEST with no recipient (issue 11: events without participants). A request noun in a phrase
of compliance ("at", "per", "upon", "on" the request of X) names whom it asked in the subject of
the clause it hangs from, and it is an act of its own, not what that clause's act is about.
Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("At the request of Prime Minister Ali Reza, President Ana Varo dissolved parliament on Monday.", "Reza", "Varo"),
    ("Upon the request of the Ostrian government, the United Nations sent observers to Tulsa.", "Ostria",
     "United Nations"),
], ids=["at-the-request", "upon-the-request"])
def test_the_one_who_acts_at_a_request_was_asked(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "REQUEST", actor, recipient), events


def test_a_phrase_of_time_is_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "At the end of the talks, President Ana Varo thanked Prime Minister Ali Reza.",
                                  gated=True)
    assert not [e for e in events if e[0] == "REQUEST"], events
