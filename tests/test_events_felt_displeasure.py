"""Failure class (session 22): displeasure told in the narration, not quoted ("the minister was
appalled by Velmar's decision", "Ostria was outraged at the arrest of its diplomats by Velmar
police", "expressed anger at Velmar's decision to close the border") was no event, though the same
words inside a quote were ACCUSE. Displeasure felt or voiced at another actor's conduct is verbal
disapproval: ACCUSE (disapprove) by the one who feels it, the one whose conduct it is as
recipient. Not: displeasure at a state of things no one is named for ("shocked by the death of the
singer", "disappointed by the result"), denied ("was not angered by"), or pleasure ("pleased by").
Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Ostrian foreign minister was appalled by Velmar's decision to expel the diplomats.", "minister", "Velmar"),
    ("Ostria was outraged at the arrest of its diplomats by Velmar police on Monday.", "Ostria", "Velmar"),
    ("The Ostrian president felt disgusted by the remarks of Velmar's foreign minister.", "president", "Velmar"),
    ("Ostria expressed anger at Velmar's decision to close the border.", "Ostria", "Velmar"),
    ("The Ostrian government voiced outrage over the shelling of the town by Velmar's army.", "Ostrian", "Velmar"),
])
def test_events_displeasure_at_conduct_accuses_its_doer(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ACCUSE", actor, recipient), events


@pytest.mark.parametrize("text", [
    "The Ostrian president was shocked by the death of the singer.",
    "The Ostrian foreign minister was disappointed by the result of the match.",
    "The Ostrian foreign minister was not angered by Velmar's decision to expel the diplomats.",
    "The Ostrian foreign minister was pleased by Velmar's decision to free the diplomats.",
])
def test_events_displeasure_at_no_ones_conduct_accuses_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "ACCUSE"), events
