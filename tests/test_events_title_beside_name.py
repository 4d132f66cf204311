"""Failure class (session 22): a person named right after a noun that describes them, with no comma
("met his Turkish counterpart Recep Tayyip Erdogan", "arrested the opposition leader Alexei
Navalny"), is one person; the parser often leaves the name hanging off the verb, and the event
took the description for a group of its own ("his Turkish counterpart") beside the person, or
lost the person. The description stands for the person named right after it. Not: a name that
is the subject of a clause of its own ("told the journalist Anton Varo had been arrested"), a noun
that describes no person ("told the council John Smith had resigned"). Sentences written for these tests, before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, recipient", [
    ("Russian President Vladimir Putin met his Turkish counterpart Recep Tayyip Erdogan on Wednesday.", "CONSULT",
     "Erdo"),
    ("Ostrian police arrested the opposition leader Alexei Navalny at the airport on Sunday.", "COERCE", "Navalny"),
    ("The Ostrian president praised his predecessor Anton Varo for his courage.", "SUPPORT", "Varo"),
])
def test_events_a_description_right_before_a_name_is_that_person(nlp, text: str, event: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    found = events_with(events, event, recipient=recipient)
    assert found, events
    assert all(len(e[2]) == 1 for e in found), events  # the person alone, not a description beside them


@pytest.mark.parametrize("text, event, recipient", [
    ("The Ostrian committee told the council John Smith had resigned.", "CONSULT", "Smith"),
    ("Ostrian police told the journalist Anton Varo had been arrested.", "CONSULT", "Varo"),
])
def test_events_a_name_that_is_not_the_nouns(nlp, text: str, event: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, event, recipient=recipient), events
