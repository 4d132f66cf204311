"""Failure class (issue 11, "word triggers without sense"), a further form of a contest won (see
test_events_contests): a vote share said of the clause ("Tzipi Livni beat Shas leader Aryeh Deri, who
won 15.3 percent") tells an election result, not an assault; a share unrelated to the act does not
make a beating a contest. Sentences written for these tests, positive and negative, seen failing
before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Tzipi Livni beat Shas leader Aryeh Deri, who won 15.3 percent.",
    "Omar Varo beat Ana Brandt, who took 41% of the vote.",
])
def test_events_a_vote_share_tells_a_contest(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in coded_article_events(nlp, text, gated=True) if e[0] == "ASSAULT"]


def test_events_a_beating_beside_a_share_is_still_an_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police beat protesters with batons on Monday. Inflation rose by 15 percent last year."
    assert events_with(coded_article_events(nlp, text, gated=True), "ASSAULT", "Police", "protesters")
