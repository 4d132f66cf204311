"""Judging verbs whose object is a claim or a right of someone ("questioned the governor's power to
close the port", "the constitutionality of Bakr's candidacy was challenged"): an accusation against
the one whose claim it is, not against the claim. A failure class found on the real-news
benchmark's dev split, as a table of sentences written for these tests (positive and negative
cases), written before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model

MET = "Governor Ali Bakr and Senator Dara Quell of Ostria met on Monday. "


@pytest.mark.parametrize("text, judge, judged", [
    (MET + "Senator Dara Quell questioned the governor's power to close the port.", "Dara Quell", "Ali Bakr"),
    (MET + "Senator Dara Quell questioned Bakr's authority to close the port.", "Dara Quell", "Ali Bakr"),
    (MET + "The constitutionality of Bakr's candidacy was challenged by Senator Dara Quell.", "Dara Quell",
     "Ali Bakr"),
    (MET + "Senator Dara Quell challenged the legality of Bakr's decree.", "Dara Quell", "Ali Bakr"),
])
def test_events_questioned_claim_accuses_its_owner(nlp, text: str, judge: str, judged: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ACCUSE", judge, judged), events


@pytest.mark.parametrize("text", [
    # questioning a witness or challenging a rival is no judgement of a claim
    MET + "Senator Dara Quell questioned Bakr for two hours about the port.",
    MET + "Senator Dara Quell challenged Bakr to a debate.",
    # a question of power in general names no one whose claim it is
    MET + "Senator Dara Quell questioned the power of the markets.",
])
def test_events_questioning_no_claim_accuses_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "ACCUSE", "Dara Quell", "Ali Bakr"), events


@pytest.mark.parametrize("text, judged", [
    # calling someone's act a ploy or a sham condemns whoever did it
    (MET + 'Senator Dara Quell called Bakr\'s admission a "political maneuver".', "Ali Bakr"),
    (MET + "Senator Dara Quell called Bakr's inquiry a sham and a ploy.", "Ali Bakr"),
])
def test_events_act_called_a_ploy_accuses_its_doer(nlp, text: str, judged: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ACCUSE", "Dara Quell", judged), events


def test_events_military_maneuver_is_no_verdict(nlp) -> None:  # type: ignore[no-untyped-def]
    # a maneuver of troops, quoted, judges no one
    events = coded_article_events(nlp, MET + 'Quell said: "The army held a large maneuver near Rask."')
    assert not [e for e in events if e[0] == "ACCUSE" and e[2]], events
