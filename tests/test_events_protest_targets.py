"""Failure class (issue 11, "no actor" / recipients; found in session 25 on dev misses and written
probes): the target of a protest is whom the protesters make demands of (the guide, 4.3).
- A protest of an act done to people ("protested the arrest of the journalists") was coded against
  the people arrested; it is against whoever arrested them, as a verdict on an act already is.
- A protest that names no target ("Students in Dhaka staged a rally against the new quota system")
  had none, while the guide codes the government of the protesters' own country; when the article
  names that state, it is the target. A protest whose target is told keeps it, protesters of no
  known country or of a state's own forces get none, and another country is never assumed.
Sentences written for these tests (real places, invented events), positive and negative, seen
failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient, not_recipient", [
    ("Police arrested five journalists in Oran on Thursday. Human rights activists on Friday protested the arrest of "
     "the journalists.", "activists", "Police", "journalists"),
    ("Soldiers detained two students in Mandalay on Monday. Hundreds of students rallied against the detention of "
     "the students on Tuesday.", "students", "Soldiers", "two students"),
])
def test_events_a_protest_of_an_act_is_against_its_doer(nlp, text: str, actor: str, recipient: str,
                                                        not_recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "PROTEST", actor, recipient), events
    assert not [e for e in events_with(events, "PROTEST", actor) if not_recipient in e[2]], events


@pytest.mark.parametrize("text, actor, recipient", [
    ("Bangladesh's government announced a new quota system for public jobs on Friday. Students in Dhaka staged a "
     "rally against the new quota system on Sunday.", "Students", "Bangladesh"),
    ("Hungary's government raised fuel taxes on Monday. Thousands of people marched through Budapest on Saturday "
     "to protest the fuel prices.", "people", "Hungary"),
])
def test_events_a_protest_with_no_told_target_is_against_its_own_state(nlp, text: str, actor: str,
                                                                       recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), "PROTEST", actor, recipient)


@pytest.mark.parametrize("text, actor, recipient", [
    # the target told stays the target
    ("France's government raised the retirement age. Thousands of workers in Paris protested against "
     "President Emmanuel Macron on Thursday.", "workers", "Emmanuel Macron"),
])
def test_events_a_protest_keeps_its_told_target(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = events_with(coded_article_events(nlp, text, gated=True), "PROTEST", actor)
    assert events and all(any(recipient in r for r in e[2]) for e in events), events


@pytest.mark.parametrize("text, actor, not_recipient", [
    # no country known for the protesters: no state assumed (a new paragraph: no earlier party answered)
    ("Germany criticised the new tariffs on Friday.\n\nHundreds of workers went on strike on Monday.", "workers",
     "Germany"),
    # protesters of one country are not against another state the article names
    ("Poland's government closed a border crossing.\n\nFarmers in Lithuania blocked roads on Monday to protest low "
     "grain prices.", "Farmers", "Poland"),
])
def test_events_a_protest_assumes_no_other_state(nlp, text: str, actor: str, not_recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = events_with(coded_article_events(nlp, text, gated=True), "PROTEST", actor)
    assert not [e for e in events if any(not_recipient in r for r in e[2])], events
