"""Failure class (issue 11, "no event"; found in session 25 on machine-written stories no rule was
written for): giving in was lost. "Singapore has given in to demands by Rwanda" had the lexicon's
phrasal verb "give in" (CONCEDE), but the test that "give" needs an object to give aid was applied
to the phrasal verb too; bowing, caving or succumbing to pressure or demands was no event. Giving
in is CONCEDE, to whoever made the demands or put the pressure. Negative: a bow to a crowd is no
concession, and "give" with no object and no particle gives nothing. Sentences written for these
tests (real names, invented events), seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Singapore has given in to demands by Rwanda.", "Singapore", "Rwanda"),
    ("The Kenyan government bowed to pressure from the unions on Monday.", "Kenya", "unions"),
    ("Prime Minister Keir Starmer caved in to the Conservative Party's demands on Tuesday.", "Starmer", "Conservative"),
])
def test_events_giving_in_is_a_concession(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), "CONCEDE", actor, recipient)


@pytest.mark.parametrize("text", [
    "President Bola Tinubu bowed to the crowd in Lagos on Monday.",
    "The Kenyan government will give generously, the minister said.",
])
def test_events_no_concession_without_giving_in(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not events_with(coded_article_events(nlp, text, gated=True), "CONCEDE"), text
