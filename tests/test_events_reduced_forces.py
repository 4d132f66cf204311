"""Failure class (issue 11, word triggers without sense): "reduce" alone is a cut of aid or ties
(SANCTION), so "offered to reduce its troops in the region" was framed as a threatened sanction
(THREATEN) against "troop": a de-escalation coded as a hostile act. Cutting or reducing one's own
armed forces (``events.coding.detect.armed_forces``) is a withdrawal (RETREAT), and promised, a
concession. Cutting aid stays a sanction. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "actor", "event"), [
    ("The Ostrian president offered to reduce his troops in the border region.", "president", "CONCEDE"),
    ("Russia agreed to cut its troops in Transnistria.", "Russia", "CONCEDE"),
    ("The United States reduced its soldiers in Iraq on Monday.", "United States", "RETREAT"),
])
def test_fewer_own_troops_is_a_withdrawal(nlp, text: str, actor: str, event: str) -> None:
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events
    assert not [e for e in events if e[0] in ("THREATEN", "SANCTION")], events


def test_cutting_aid_stays_a_sanction(nlp) -> None:
    events = coded_article_events(nlp, "The United States cut its aid to Niger on Monday.")
    assert events_with(events, "SANCTION", "United States"), events
