"""Failure class (issue 11, one act coded twice; found on wire-style text written for the purpose in
session 23): an act done "to protest" something was coded twice, as the act and as a protest of its
own ("Farmers blocked highways across Poland to protest against grain imports": two PROTEST events;
"Students occupied the campus to protest the tuition increase": COERCE and PROTEST).

An infinitive of purpose "to protest" (word class ``events.coding.purposes.protest_verbs``) on a
verb that carries an event of the same actors tells what that act was: one event, a protest
(an occupation or a blockade done to protest is a protest: PROTEST, obstruct), with the purpose's
evidence kept as a further mention and its recipients where the act had none.

Not: a violent act done to protest ("set fire to cars to protest the verdict") keeps its own type,
and a protest of its own beside another act ("Farmers blocked highways and protested outside
parliament") stays two events. Sentences written for these tests, before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor", [
    ("Farmers blocked highways across Poland to protest against grain imports.", "Farmers"),
    ("Students occupied the campus in Varo to protest the tuition increase.", "Students"),
    ("Thousands of residents blocked the main road into Varo to protest against the closure of the hospital.",
     "residents"),
])
def test_events_an_act_done_to_protest_is_one_protest(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert len(events_with(events, "PROTEST", actor)) == 1, events
    assert not events_with(events, "COERCE", actor), events


def test_events_a_violent_act_done_to_protest_keeps_its_type(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Rioters attacked police stations in Varo to protest the verdict.", gated=True)
    assert events_with(events, "ASSAULT", "Rioters"), events


def test_events_a_protest_of_its_own_beside_an_act_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Farmers blocked highways in Varo and protested outside parliament on Monday.",
                                  gated=True)
    assert len(events_with(events, "PROTEST", "Farmers")) == 2, events
