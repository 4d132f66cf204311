"""Failure class found in the articles added to the real-news benchmark's dev split this session:
verdicts in words of condemnation the judgement table did not know ("called the stabbing an act of
inexplicable barbarity", "this latest move is clumsy and unthinking") judged nothing, so no
accusation was coded. The table of political judgement (``data/judgement.csv``) gains the words of
condemnation officials use of attacks and policies; words of feeling still judge no one. Sentences
written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Rebels attacked the convoy on Monday. Interior Minister Ana Ruiz called the attack an act of despicable barbarity.",
    "Governor Ali Bakr announced the curfew on Monday. Senator Dara Quell called the curfew a travesty.",
    "Governor Ali Bakr announced the curfew on Monday. Senator Dara Quell described Bakr's decision as callous and deplorable.",
])
def test_events_condemnation_words_judge(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" in coded_types(nlp, text)


@pytest.mark.parametrize("text", [
    "Senator Dara Quell called the result a surprise.",
    "Senator Dara Quell described the weather as cold and wet.",
])
def test_events_words_that_judge_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" not in coded_types(nlp, text)
