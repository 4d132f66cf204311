"""Failure class found on the real-news benchmark (dev-work): a statement (an accusation, a refusal,
a threat, a protest) whose clause names no one it is aimed at had no recipient, though the reader
knows whom it answers: the other party acting in its sentence ("Although X complained about the
sign, Y stood firm by it") or, when its sentence has none, in the sentence before ("Ostrian troops
seized three boats. Kestria protested."). Only when one party clearly stands there: two parties
acting, a party of the speaker's own side (its own state's organs when a state speaks) or one
named further back give no recipient. Sentences written for these tests, positive and negative,
before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    # the other party of the sentence: the one the complaint is about
    ("Although Ostria made a complaint over the fence, the Kestrian ambassador Marko Lenz is standing firm by the "
     "decision to keep it.", "ACCUSE", "Ostria", "Lenz"),
    # the doer of the sentence before: the act the protest answers
    ("Ostrian troops seized three Kestrian fishing boats on Monday. Kestria protested on Tuesday.", "PROTEST",
     "Kestria", "Ostrian troops"),
    ("The Velt Mining Company dumped waste into the Rask river on Monday. The Kestrian government threatened to "
     "take action.", "THREATEN", "Kestrian government", "Velt Mining Company"),
])
def test_events_statement_goes_to_whom_it_answers(nlp, text: str, event: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.parametrize("text, event, actor, not_recipient", [
    # two parties acted before: no one clearly answered
    ("Ostrian troops and Velt militias seized three Kestrian fishing boats on Monday. Kestria protested on "
     "Tuesday.", "PROTEST", "Kestria", "Ostrian troops"),
    # the doer before is the speaker's own state
    ("The Chilean army seized three fishing boats on Monday. The Chilean government threatened to take action.",
     "THREATEN", "Chile", "army"),
    # the doer is two sentences back: the protest may answer anything
    ("Ostrian troops seized three Kestrian fishing boats on Monday. The weather was stormy all week. Kestria "
     "protested on Tuesday.", "PROTEST", "Kestria", "Ostrian troops"),
    # the other protester is a partner, not whom the protest is against
    ("Kestrian students protested alone on Monday, but thousands of Chilean workers eventually joined the protest.",
     "PROTEST", "workers", "students"),
    # an allegation of a deed whose doer it does not name accuses no one named before
    ("Ostrian troops detained the journalist Ana Varo on Monday. Her colleagues alleged Varo was beaten.",
     "ACCUSE", "colleagues", "troops"),
    # a statement to "you" speaks to its audience
    ("Ostrian troops detained three Kestrian journalists on Monday. \"We will never accept your demands,\" the "
     "Kestrian foreign minister Ana Varo said.", "REJECT", "Varo", "troops"),
    # one acting together with the speaker before is on its side
    ("Governor Ali Bakr and Senator Dara Quell of Ostria met on Monday. Senator Dara Quell threatened to take "
     "action.", "THREATEN", "Quell", "Bakr"),
    # the one reporting the statement is its source
    ("Ostrian troops detained three Kestrian journalists on Monday. Kestrian minister Ana Varo said the government "
     "would never accept the detentions.", "REJECT", "government", "Varo"),
    # police watching a protest are not whom it is against
    ("Kestrian students protested in Rask on Monday as police in riot gear watched over the march.", "PROTEST",
     "students", "police"),
    # a relative clause describes the court: the crowd's acts are not what its refusal answers
    ("Hundreds of farmers gathered in front of the Ostrian high court, which rejected the appeal on Friday.",
     "REJECT", "court", "farmers"),
])
def test_events_statement_needs_one_clear_party(nlp, text: str, event: str, actor: str,
                                                 not_recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events
    assert not events_with(events, event, actor, not_recipient), events


def test_events_statement_in_a_relative_clause_answers_its_own_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    """A refusal told in a relative clause goes to the party its own clause names, not to the
    sentence's other doers."""
    events = coded_article_events(nlp, "Hundreds of farmers gathered in front of the Ostrian high court, which "
                                       "rejected a lawsuit filed by Kestria on Friday.")
    assert events_with(events, "REJECT", "court", "Kestria"), events
    assert not events_with(events, "REJECT", "court", "farmers"), events


def test_events_statement_keeps_its_own_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    """A protest that names whom it is against keeps that party, not the doer before it."""
    events = coded_article_events(nlp, "Ostrian troops seized three Kestrian fishing boats on Monday. Kestria "
                                       "protested against Velt on Tuesday.")
    assert events_with(events, "PROTEST", "Kestria", "Velt"), events
    assert not events_with(events, "PROTEST", "Kestria", "Ostrian troops"), events


def test_events_dropped_addressee_loses_its_mark_only() -> None:
    """A discourse recipient the article dropped takes its rule mark with it; later marks stay."""
    from tidings.extract.events.addressee import unaddressed_if_dropped
    from tidings.schema import Event, Span

    ev = Event(id="e1", event="ACCUSE", evidence=Span(0, 5, "Quell"), actor=("a1",), recipient=(),
               rule="verb:accuse+addressee-before+gated")
    assert unaddressed_if_dropped([ev])[0].rule == "verb:accuse+gated"
    kept = Event(id="e2", event="ACCUSE", evidence=Span(0, 5, "Quell"), actor=("a1",), recipient=("a2",),
                 rule="verb:accuse+addressee-sentence")
    assert unaddressed_if_dropped([kept])[0].rule == "verb:accuse+addressee-sentence"
