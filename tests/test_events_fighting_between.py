"""Failure class (session 22): fighting told by a gerund with its sides in a "between" phrase
("Fighting between Armenia and Azerbaijan continued on Monday") had no actor, and fire exchanged
("Armenia and Azerbaijan exchanged fire", "the rebels and the army exchanged gunfire") was coded as
cooperation, the verb "exchange" read alone. The sides a gerund's "between" phrase names fought;
exchanging fire, gunfire or shots is ASSAULT by both. Not: a "between" phrase of places ("fighting
between the two towns" names no side), an exchange of prisoners or letters (cooperation stays).
Sentences written for these tests, before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor", [
    ("Fighting between Armenia and Azerbaijan continued on Monday.", "Armenia"),
    ("Fighting between Ostrian troops and Velmar rebels resumed near the border.", "troops"),
    ("Armenia and Azerbaijan exchanged fire on Monday.", "Armenia"),
    ("The Velmar rebels and the Ostrian army exchanged gunfire near the border.", "rebels"),
])
def test_events_fighting_between_sides_and_exchanged_fire(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ASSAULT", actor), events
    assert not events_with(events, "COOPERATE"), events


@pytest.mark.parametrize("text, event", [
    ("Armenia and Azerbaijan exchanged prisoners on Monday.", "COOPERATE"),
])
def test_events_other_exchanges_stay_cooperation(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "ASSAULT"), events


def test_events_fighting_between_places_names_no_side(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Fighting between the two towns continued on Monday.", gated=True)
    assert not [e for e in events if e[0] == "ASSAULT" and e[1]], events
