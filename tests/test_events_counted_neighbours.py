"""Failure class (issue 10/11, "no actor": coreference of counted descriptions; found in session 25
on a written probe of trade news): "Trump imposed tariffs on imports from Mexico and Canada,
accusing the two neighbours of failing to stop the flow of migrants" had an accusation of an
untyped "two neighbours". A definite counted phrase of states stands for the states just named;
its heads (word class ``events.coding.args.pair_heads``) now include neighbours, allies and
powers. Negative: an indefinite count names no one. Sentences written for these tests."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, first, second", [
    ("Donald Trump imposed tariffs on imports from Mexico and Canada on Saturday, accusing the two neighbours of "
     "failing to stop the flow of migrants.", "ACCUSE", "Trump", "Mexico", "Canada"),
])
def test_events_the_two_neighbours_are_the_states_named(nlp, text: str, event: str, actor: str, first: str,
                                                         second: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, first) and events_with(events, event, actor, second), events


def test_events_the_two_allies_are_the_states_named(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The United States and South Korea held talks in Seoul on Monday. The two "
                                       "allies accused North Korea of firing missiles.", gated=True)
    assert events_with(events, "ACCUSE", "United States", "North Korea") and events_with(
        events, "ACCUSE", "South Korea", "North Korea"), events


def test_events_an_indefinite_count_names_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Mexico and Canada protested on Monday. Two neighbours of Guatemala accused "
                                       "its army of shelling border villages.", gated=True)
    assert not [e for e in events if e[0] == "ACCUSE" and ("Mexico" in e[1] or "Canada" in e[1])], events
