"""Failure class (session 22): "rallied outside parliament" is parsed with "outside" as an adjective
of "parliament", the object of the verb, so "outside parliament" became an actor and the protest's
target. A body named right after "outside" or "inside" (preposition or misparsed modifier) is
where the act happened, not who undergoes it. Not: the same body as the one asked or acted on
("demanded that parliament reject the bill"). Sentences written for these tests, before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Tens of thousands of Georgians rallied outside parliament in Tbilisi on Sunday.",
    "Hundreds of students protested outside the parliament building on Monday.",
])
def test_a_body_after_outside_is_a_place(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "PROTEST"), events
    assert not any("parliament" in r.lower() for e in events for r in e[2]), events


def test_a_body_asked_stays_someone(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The Georgian opposition urged parliament to reject the bill on Monday.", gated=True)
    assert any("arliament" in r for e in events for r in e[2]), events
