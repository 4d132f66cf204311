"""Failure classes found in the articles added to the real-news benchmark's dev split this session
(and in the issue's own list: "crimes committed" -> AGREE):

- "commit" pledges only what can be pledged ("committed 500 troops", "committed to cutting
  emissions"); committing a crime is no agreement, and committing an act ("committed the murder")
  is that act, by the subject;
- "charge" accuses only someone ("charged Varo with fraud", "Varo was charged"); charging a cost
  or a fee accuses no one.

Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, coded_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event", [
    ("The government of Ostria committed 500 troops to the mission.", "AGREE"),
    ("Ostria committed to cutting emissions by half.", "AGREE"),
    ("Prosecutors charged Omar Varo with fraud on Monday.", "ACCUSE"),
    ("Omar Varo was charged with fraud on Monday.", "ACCUSE"),
])
def test_events_commit_and_charge_that_are_events(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    assert event in coded_types(nlp, text)


@pytest.mark.parametrize("text, event", [
    ("The report found that soldiers committed crimes against civilians.", "AGREE"),
    ("Rogue operatives within the government committed the murder.", "AGREE"),
    ("Airbus charges an added cost for taking an aircraft to Rask.", "ACCUSE"),
    ("The ministry charged a fee of ten dollars for each visa.", "ACCUSE"),
])
def test_events_commit_and_charge_that_are_not(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    assert event not in coded_types(nlp, text)


def test_events_committing_an_act_is_that_act(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Rebel fighters committed the massacre in the village of Rask.")
    assert [e for e in events if e[0] == "ASSAULT" and any("fighters" in a for a in e[1])], events
