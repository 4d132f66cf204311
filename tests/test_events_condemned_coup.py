"""Failure class (issue 11, recipients; found in session 25 on a written probe of the Gabon coup):
"France condemned the coup" was aimed at the African Union, the one party acting in the sentence
before, because "coup" was no act noun: a verdict on it could not point back at the seizure of
power. A coup or putsch is a seizure of power (COERCE seize, as "seized power" is); condemning it
is condemning whoever seized power. Negative: a coup attempt long past with no one named is no
event of anyone. Sentences written for these tests (real places, invented statements)."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


def test_events_a_verdict_on_a_coup_is_on_those_who_seized_power(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Army officers seized power in Gabon on Wednesday. The African Union suspended Gabon's membership. "
            "France condemned the coup.")
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ACCUSE", "France", "Army"), events
    assert not events_with(events, "ACCUSE", "France", "African Union"), events


def test_events_a_coup_of_no_one_is_no_ones_event(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The 2016 coup attempt failed within hours.", gated=True)
    assert not [e for e in events if e[0] == "COERCE" and e[1]], events
