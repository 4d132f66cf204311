"""Failure class (issue 11, "word triggers without sense"; found in session 25 on a written probe of
Gaza talks): "the military would press ahead with its offensive in Rafah" and "Russia pressed on
with its offensive" were requests (the frame verb "press", as in "pressed Iran to release ..."),
and the offensive was lost. Pressing on or ahead (and pushing ahead) is going on with something:
no demand; the act gone on with is the event (lexicon rows with no event, which the frame verb's
own reading no longer overrides). Negative: pressing someone to act stays a request. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


# an offensive gone on with is an attack; one a past report says will go on is announced, a threat
# (session 31: that "would" is the future told in the past, no condition's modal)
@pytest.mark.parametrize("text, event, actor", [
    ("Russia pressed on with its offensive in the Donbas on Monday.", "ASSAULT", "Russia"),
    ("The Israeli military said it would press ahead with its offensive in Rafah.", "THREATEN", "Israel"),
])
def test_events_pressing_on_is_no_request(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "REQUEST"), events
    assert events_with(events, event, actor), events


def test_events_pressing_someone_to_act_is_a_request(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The European Union pressed Iran to release the prisoners.", gated=True)
    assert events_with(events, "REQUEST", "European Union", "Iran"), events
