"""Failure class found on the real-news benchmark (dev): a refusal or an acceptance that answers a
request told just before ("The government asked Judge X to suspend the ruling. But he declined.")
had no recipient, though the reader knows whom it answers: who made the request. A REJECT, AGREE
or CONCEDE with no recipient of its own, whose actor was asked something in the same or one of the
two sentences before, answers the one who asked. One who was not asked answers no one; a request
far back in the article is no longer the one answered. Sentences written for these tests, positive
and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The Ostrian government asked Judge Omar Varo to suspend the ruling. But he declined.", "REJECT", "Varo",
     "Ostrian government"),
    ("The Ostrian government asked Judge Omar Varo to delay his ruling, but he declined.", "REJECT", "Varo",
     "Ostrian government"),
    ("Kestria asked Ostria to withdraw its troops from the border. Ostria refused on Monday.", "REJECT", "Ostria",
     "Kestria"),
    ("The Rask transport union asked Ostrian Rail to raise wages by five percent. Ostrian Rail agreed on Friday.",
     "AGREE", "Ostrian Rail", "union"),
])
def test_events_answer_goes_to_who_asked(nlp, text: str, event: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.parametrize("text, event, actor, not_recipient", [
    # Velt was not asked: its refusal answers no one named here
    ("Kestria asked Ostria to withdraw its troops from the border. Velt refused on Monday.", "REJECT", "Velt",
     "Kestria"),
    # the request is four sentences back: the refusal is about something else
    ("Kestria asked Ostria to withdraw its troops from the border. The border has been calm for years. Trade "
     "between the two states has grown. Ostrian farmers sell grain across it. Ostria refused on Monday to sign the "
     "trade treaty.", "REJECT", "Ostria", "Kestria"),
])
def test_events_answer_needs_a_request_to_the_answerer(nlp, text: str, event: str, actor: str,
                                                        not_recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events
    assert not events_with(events, event, actor, not_recipient), events


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Britain expelled two Russian diplomats on Monday. In retaliation, Russia imposed sanctions on Tuesday.",
     "SANCTION", "Russia", "United Kingdom"),
    ("The Azerbaijani army shelled Armenian border posts on Monday. Armenia responded by imposing sanctions on "
     "Tuesday.", "SANCTION", "Armenia", "Azerbaijani army"),
])
def test_events_response_goes_to_whom_it_answers(nlp, text: str, event: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.parametrize("text, event, actor, not_recipient", [
    # no response marker: a second act by the one acted on answers no one by default
    ("Britain expelled two Russian diplomats on Monday. Russia imposed sanctions on Tuesday.",
     "SANCTION", "Russia", "United Kingdom"),
    # a response, but nothing was done to its actor before
    ("Britain expelled two French diplomats on Monday. In retaliation, Russia imposed sanctions on Tuesday.",
     "SANCTION", "Russia", "United Kingdom"),
])
def test_events_response_needs_an_act_on_its_actor(nlp, text: str, event: str, actor: str,
                                                     not_recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events
    assert not events_with(events, event, actor, not_recipient), events


def test_events_answers_within_one_country(nlp) -> None:  # type: ignore[no-untyped-def]
    """Asker and answerer of one country: the answer still goes to the asker."""
    events = coded_article_events(nlp, "The Ostrian government asked Judge Omar Varo of the Ostrian high court to "
                                       "delay his ruling, but he declined.")
    assert events_with(events, "REJECT", "Varo", "government"), events


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Kestrian prosecutors accused Omar Varo of fraud on Monday. Varo denied the accusations.", "REJECT", "Varo",
     "prosecutors"),
    ("The opposition accused the Ostrian government of rigging the vote. The government rejected the claim on "
     "Tuesday.", "REJECT", "government", "opposition"),
])
def test_events_denial_answers_the_accuser(nlp, text: str, event: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events


def test_events_acceptance_answers_no_accusation(nlp) -> None:  # type: ignore[no-untyped-def]
    """Agreeing is an answer to a request, never to an accusation."""
    events = coded_article_events(nlp, "The opposition accused the Ostrian government of rigging the vote. The "
                                       "government agreed on Tuesday to hold talks.")
    assert not events_with(events, "AGREE", "government", "opposition"), events
