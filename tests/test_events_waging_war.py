"""Failure class (issue 11, "no event"): "Russia is waging war against Ukraine", "Kestria declared
war on Ostria" were no event: "war" is no event by itself (a war told as background is no act), and
no pattern read the verbs that make it one. Waging war against someone is an attack on them;
declaring war is a threat of one; a war told as a setting ("since the war began") stays no event.
Sentences written for these tests (real names, invented events), positive and negative, seen
failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Russia is waging war against Ukraine.", "ASSAULT", "Russia", "Ukraine"),
    ("The Kestrian army waged a brutal offensive against the rebels in the north.", "ASSAULT", "army", "rebels"),
    ("Kestria declared war on Ostria on Monday.", "THREATEN", "Kestria", "Ostria"),
])
def test_events_waging_war_is_an_act(nlp, text: str, event: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), event, actor, recipient)


@pytest.mark.parametrize("text", [
    "Prices have doubled since the war began.",
    "The war in Ukraine dominated the summit.",
])
def test_events_a_war_as_setting_is_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in coded_article_events(nlp, text, gated=True) if e[0] in ("ASSAULT", "THREATEN")]
