"""Being responsible for a calamity is blame: "The United States is responsible for this crisis."

A predicate of culpability accuses its subject when what it is about is a wrong; a calamity (a
crisis, a war, bloodshed, deaths, a famine) was no wrong to it, because neither the event lexicon
nor the judgement table condemns those words, and the statement stayed a plain quote (issue 11: the
speech act lost). Calamities are a word class of their own
(``events.coding.culpability.calamities``): no verdict on whoever merely speaks of them, a wrong
only when someone is said to have caused it. Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model

BLAMED = [
    ("crisis", '"The United States is responsible for this crisis," Chinese spokesman Wang Wenbin said.',
     "Wang Wenbin", "United States"),
    ("bloodshed", '"Russia is responsible for the bloodshed," said Ukrainian President Volodymyr Zelensky.',
     "Zelensky", "Russia"),
    ("deaths", "Human Rights Watch said the Sudanese army was responsible for the deaths of 40 civilians.",
     "Human Rights Watch", "Sudanese"),
]


@pytest.mark.parametrize("text, judge, judged", [c[1:] for c in BLAMED], ids=[c[0] for c in BLAMED])
def test_responsible_for_a_calamity_accuses(nlp, text: str, judge: str, judged: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ACCUSE", judge, judged), events


NOT_BLAMED = [
    ("relief", '"The agency is responsible for famine relief," Wang Wenbin said.'),
    ("spoken-of", '"The crisis has deepened and the deaths are mounting," Wang Wenbin said of Germany.'),
    ("denied", '"The United States is not responsible for this crisis," Wang Wenbin said.'),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_BLAMED], ids=[c[0] for c in NOT_BLAMED])
def test_a_calamity_without_a_culprit_accuses_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "ACCUSE", "Wang Wenbin"), events


def test_taking_part_in_a_war_is_no_blame(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, '"Germany was involved in the war in Afghanistan for twenty years," Wang Wenbin said.')
    assert not events_with(events, "ACCUSE", "Wang Wenbin", "Germany"), events
