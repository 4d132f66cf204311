"""Failure class (issue 11, "no actor"/"wrong recipient"; noticed in sessions 22-23): the place an act
of force was done in ("In Khartoum, soldiers shot dead 12 protesters") was coded as its recipient
(Khartoum, read as Sudan's government). A place named with "in" is where the act happened; it is
what the act targets only when the act crosses a border and names no one it is done to ("Israeli
jets struck targets in Lebanon"). Sentences written for these tests (real states, invented events),
positive and negative, seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, place", [
    ("In Khartoum, Sudanese soldiers shot dead 12 protesters on Monday.", "ASSAULT", "Khartoum"),
    ("In Jakarta, Indonesian police fired teargas after demonstrators tried to break through police lines.",
     "ASSAULT", "Jakarta"),
    ("Sudanese soldiers shot dead 12 protesters in Khartoum on Monday.", "ASSAULT", "Khartoum"),
])
def test_events_where_a_domestic_act_was_done_is_no_recipient(nlp, text: str, event: str, place: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert [e for e in events if e[0] == event], events
    assert not events_with(events, event, recipient=place), events


@pytest.mark.parametrize("text, event, recipient", [
    ("Israeli jets struck targets in Lebanon on Monday.", "ASSAULT", "Lebanon"),
    ("Russian troops shelled villages in Ukraine on Monday.", "ASSAULT", "Ukraine"),
    ("Sudanese soldiers shot dead 12 protesters in Khartoum on Monday.", "ASSAULT", "protesters"),
])
def test_events_a_place_across_a_border_is_still_the_target(nlp, text: str, event: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, recipient=recipient), events
