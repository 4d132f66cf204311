"""Failure class (issue 11, "statements": appeals lost; found in session 25 on a written probe of an
election): in "said she would not accept the result and called on Georgians to rally", the parser
made "on" the particle of "called" (with "Georgians" under it), so the appeal was not read and the
rally it asks for became the speaker's own protest. An addressing "on" is read as the appeal's
addressee whether parsed as a preposition or a particle. Negative: "called on Monday" names a
time, no addressee. Sentences written for these tests (real names, invented events)."""

from __future__ import annotations

from builders import coded_article_events, events_with
import pytest

pytestmark = pytest.mark.model


def test_events_called_on_parsed_as_a_particle_is_an_appeal(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Salome Zourabichvili said she would not accept the result and called on Georgians to rally on Monday "
            "outside parliament.")
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "REQUEST", "Zourabichvili", "Georgians"), events
    assert not events_with(events, "PROTEST", "Zourabichvili"), events


def test_events_called_on_a_day_addresses_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The Georgian minister called on Monday to discuss the crisis.", gated=True)
    assert not events_with(events, "REQUEST"), events
