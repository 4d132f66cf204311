"""Failure class (issue 11: "vow, pledge, promise -> AGREE, or THREATEN when the promised act is
hostile"; found in session 25 on a written probe of a Sahel attack): "The junta has vowed to
defeat the insurgents" and "promised to crush the rebellion" were AGREE, because overcoming an
armed side is no act of the lexicon. A vow to defeat, crush or eliminate an armed side or an armed
struggle (word classes ``events.coding.detect.overcome_verbs`` and ``overcome_targets``, with the
armed sides of ``events.coding.undergone.armed_sides``) threatens it. Negative: defeating a bill or
a rival in an election is no threat. Sentences written for these tests."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor", [
    ("Burkina Faso's junta has vowed to defeat the insurgents in the north.", "junta"),
    ("Nigerian President Bola Tinubu promised to crush the rebellion on Monday.", "Tinubu"),
    ("The Malian army pledged to eliminate the militants on Tuesday.", "Malian"),
])
def test_events_a_vow_to_overcome_an_armed_side_threatens(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "THREATEN", actor), events
    assert not events_with(events, "AGREE", actor), events


@pytest.mark.parametrize("text", [
    "Senate Democrats vowed to defeat the bill on Tuesday.",
    "Kamala Harris promised to defeat Donald Trump in November.",
])
def test_events_a_vow_to_defeat_a_bill_or_a_rival_is_no_threat(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not events_with(coded_article_events(nlp, text, gated=True), "THREATEN"), text
