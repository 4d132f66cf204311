"""Two ways wire copy names the parties of an act noun that the coder missed (sentences written for
these tests, before the fix):

- **An act measured out** ("held three days of talks with X", "launched a wave of attacks on Y"):
  the light verb's object is a measure ("days", "rounds", "a wave", word class
  ``events.coding.detect.measures``) whose "of" phrase is the act; the verb's subject does the act,
  as in "held talks with X". A measure of a thing ("three days of rain") names no act.
- **Parties "between" A and B** ("the talks between Ostria and Velmar ended", "negotiations between
  the government and the rebels"): with no doer of its own, an act noun whose "between" phrase names two or more
  parties is done by the first, to the others (fighting between two sides is done by both:
  ``reciprocal``, test_events_reciprocal_fighting). One party alone ("talks between the rebels") or
  things ("the border between the two towns") give nothing.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The Ostrian foreign minister held three days of talks with his counterparts from Velmar.", "CONSULT", "minister", "Velmar"),
    ("Ostrian and Velmar negotiators held two rounds of talks in Geneva on Monday.", "CONSULT", "Ostria", None),
    ("The rebels launched a wave of attacks on army posts in Velmar province.", "ASSAULT", "rebels", "army"),
    ("The Velmar army carried out a series of air strikes on rebel positions.", "ASSAULT", "Velmar", "rebel"),
])
def test_events_an_act_measured_out_is_the_subjects(nlp, text: str, event: str, actor: str, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.parametrize("text", [
    "The region had three days of rain before the vote.",
    "The minister spent two weeks of holiday in the mountains.",
])
def test_events_a_measure_of_a_thing_is_no_act(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded_article_events(nlp, text) == []


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The talks between Ostria and Velmar ended without agreement on Tuesday.", "CONSULT", "Ostria", "Velmar"),
    ("Negotiations between the Velmar government and the rebels resumed in Rask.", "CONSULT", "Velmar", "rebels"),
    ("A meeting between the Ostrian president and the Velmar prime minister took place in Rask.", "CONSULT", "president", "Velmar"),
])
def test_events_parties_between_do_the_act_to_each_other(nlp, text: str, event: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.parametrize("text", [
    "Fighting broke out on the border between the two towns.",
    "The talks between the rebels resumed on Monday.",
])
def test_events_between_without_two_parties_gives_no_parties(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[1] and e[2]], events
