"""Beating a country or a team is winning a contest, not an assault.

"Germany beat France in the semi-final" was coded as an ASSAULT above the default threshold
(issue 11: word triggers without sense). A verb of bodily harm (word class
``events.coding.detect.bodily_verbs``: beat, punch, kick, flog ...) is done to a body, a person
or people; with a country, a team or an organisation as its object, or a contest phrase ("in the
final"), it is a result, not an event. Police beating protesters and soldiers beating a detainee
stay assaults. Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Germany beat France in the semi-final on Sunday.",
    "Brazil beat Argentina 2-1 in Buenos Aires on Tuesday.",
    "Real Madrid beat Barcelona in the final of the cup.",
    "Ana Varo beat Ali Reza in the final of the tournament.",
], ids=["countries", "score", "clubs", "players-in-a-final"])
def test_a_contest_won_is_no_assault(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if e[0] == "ASSAULT"], events


@pytest.mark.parametrize("text, actor, recipient", [
    ("Police beat protesters with batons in Nairobi on Monday.", "Police", "protesters"),
    ("Soldiers beat the journalist Ali Hassan at a checkpoint.", "Soldiers", "Hassan"),
], ids=["police-protesters", "soldiers-journalist"])
def test_beating_people_is_an_assault(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ASSAULT", actor, recipient), events
