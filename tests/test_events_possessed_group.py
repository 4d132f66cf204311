"""Failure class (issue 10, "the same actor split" / wrong actor; found in session 25 on a written
probe of Venezuelan politics): "President Nicolás Maduro's allies in the National Assembly urged the
government to cut ties" was Maduro's request: a group noun whose possessor names someone stood for
the possessor. A group noun ("allies", "supporters", word class ``events.coding.args.group_nouns``)
with someone as its possessor is the group, as "allies of X" already was; allies, a relation,
take no country of the one they follow. Negative: a body's own organ ("Russia's government") is
still that state's. Sentences written for these tests."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


def test_events_someones_allies_are_a_group_of_their_own(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "President Nicolás Maduro's allies in the National Assembly urged the "
                                       "government to cut trade ties with Spain.", gated=True)
    assert events_with(events, "REQUEST", "allies"), events
    assert not [e for e in events if e[0] == "REQUEST" and "Nicolás Maduro" in e[1]], events


def test_events_a_states_government_is_the_state(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Russia's government expelled two Polish diplomats on Monday.", gated=True)
    assert events_with(events, "SANCTION", "Russia"), events
