"""Senses that flip the type. Failure classes found on the real-news dev-work split and in the
stories (sentences written for these tests, positive and negative, before the fix):

1. Ending one's own hostile act is de-escalation, not the act: "halted its offensive", "called off
   the strike", "suspended the protests" were coded as the attack or protest itself (or as a cut
   tie). Ending an attack, protest, blockade or mobilisation one carries out is RETREAT (ceasefire for
   armed acts); agreeing or promising to end it is CONCEDE (``docs/annotation.md``: a promised
   withdrawal is CONCEDE). Stopping someone else's act ("police stopped the protest") is no retreat.
2. "insisted that X withdraw" (a mandative subjunctive) is a demand of X, not a statement; "insisted
   that the talks had been useful" stays a statement.
3. A law, rule or constitution "requiring" something is no actor's demand, nor is "X is required
   to"; an actor requiring someone to act still demands.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, coded_types, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "The army of Ostria halted its offensive in the north on Monday.",
    "The union of Ostrian dockworkers called off the strike after talks with the government.",
    "Opposition leaders in Ostria suspended their protests for a week.",
    "The rebels of Ostria ended their attacks on government forces.",
    "The rebels of Ostria stopped attacking government forces on Friday.",
    "The air force of Ostria halted its air strikes on Rask.",
])
def test_events_ending_own_hostile_act_is_retreat(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    types = coded_types(nlp, text)
    assert "RETREAT" in types, types
    assert not {"ASSAULT", "PROTEST", "THREATEN", "SANCTION"} & set(types), types


@pytest.mark.parametrize("text", [
    "The rebels of Ostria agreed to end their attacks on government forces.",
    "Opposition leaders in Ostria agreed to suspend their protests in return for new elections.",
    "The rebels of Ostria promised to stop attacking government forces.",
])
def test_events_agreeing_to_end_a_hostile_act_concedes(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    types = coded_types(nlp, text)
    assert "CONCEDE" in types, types
    assert not {"ASSAULT", "PROTEST", "THREATEN"} & set(types), types


@pytest.mark.parametrize("text, kept", [
    ("The army of Ostria launched an offensive in the north on Monday.", "ASSAULT"),
    ("Opposition leaders in Ostria vowed to continue their protests.", "THREATEN"),
    ("The government of Ostria ended the talks with Gondor.", "SANCTION"),
    ("The rebels of Ostria threatened to resume their attacks on government forces.", "THREATEN"),
])
def test_events_continuing_a_hostile_act_is_not_ending_it(nlp, text: str, kept: str) -> None:  # type: ignore[no-untyped-def]
    types = coded_types(nlp, text)
    assert kept in types and "RETREAT" not in types and "CONCEDE" not in types, types


@pytest.mark.parametrize("text", [
    "Police in Rask stopped the students' protest outside the ministry of Ostria.",
    "Police in Rask stopped the protest outside the ministry of Ostria.",
    "Police in Ostria vowed to end the protests.",
])
def test_events_stopping_someone_elses_act_is_no_retreat(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    types = coded_types(nlp, text)
    assert "RETREAT" not in types and "CONCEDE" not in types, types


def test_events_lifting_sanctions_stays_handled(nlp) -> None:  # type: ignore[no-untyped-def]
    types = coded_types(nlp, "The government of Ostria lifted the sanctions on Gondor.")
    assert "RETREAT" in types and "SANCTION" not in types, types


@pytest.mark.parametrize("text", [
    "The president of Ostria insisted that Gondor withdraw its troops from the border.",
    "The president of Ostria insisted that Gondor release the prisoners immediately.",
])
def test_events_insisting_that_someone_act_is_a_demand(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "REQUEST", "Ostria", "Gondor"), events
    assert not [e for e in events if e[0] in ("RETREAT", "ACCUSE")], events


@pytest.mark.parametrize("text", [
    "The president of Ostria insisted that the talks had been useful.",
    "The president of Ostria insisted that Gondor was a reliable partner.",
])
def test_events_insisting_on_a_view_is_no_demand(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" not in coded_types(nlp, text)


@pytest.mark.parametrize("text", [
    "The new law requires companies in Ostria to report their emissions.",
    "The constitution of Ostria requires the president to consult parliament.",
    "Under the rules, foreign journalists in Ostria are required to register with the ministry.",
    "The treaty requires Ostria and Gondor to share river water.",
])
def test_events_a_rule_requiring_is_no_demand(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" not in coded_types(nlp, text)


@pytest.mark.parametrize("text", [
    "The president of Ostria required Gondor to withdraw its troops from the border.",
    "The government of Ostria demanded that Gondor release the prisoners.",
])
def test_events_an_actor_requiring_still_demands(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "REQUEST", "Ostria", "Gondor"), events
