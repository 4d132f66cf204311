"""Participants take a country only from their own context, and place phrases stay out of their names."""

from __future__ import annotations

import pytest
from builders import code_events

from tidings.schema import Actor, Mention, Span

pytestmark = pytest.mark.model


def _code(nlp, text: str, actors=()):  # type: ignore[no-untyped-def]
    return code_events(nlp, text, actors)


def _holder(text: str, mention: str) -> Actor:
    """A person the actors stage resolved, with the office title as one of its mentions."""
    start = text.index(mention)
    return Actor("a1", "Tomas Vell", "person", country="PER",
                 mentions=(Mention(Span(start, start + len(mention), mention), "title"),))


@pytest.mark.parametrize("text,mention", [
    ("Ana Ruiz's meeting with the Peruvian President in Cusco last month ended without a deal.",
     "the Peruvian President"),
    ("Ana Ruiz met the Peruvian President in Cusco on Monday.", "the Peruvian President"),
    # negative: no place phrase, the same holder
    ("Ana Ruiz met the Peruvian President on Monday.", "the Peruvian President"),
])
def test_place_phrase_leaves_the_office_holder(nlp, text: str, mention: str) -> None:
    result = _code(nlp, text, actors=[_holder(text, mention)])
    ev = next(e for e in result.events if e.event == "CONSULT")
    assert "a1" in ev.recipient, ev
    assert not any(" in " in a.name for a in result.actors)


@pytest.mark.parametrize("text,head,country", [
    # the participant's own place phrase, or its clause's locative
    ("Police in Peru arrested dozens of students.", "Police", "PER"),
    ("In Lima, police arrested dozens of students.", "police", "PER"),
    # negative: the place phrase of the object is the object's
    ("Police arrested dozens of students from Peru.", "Police", None),
    # outsiders are by definition not of the country named
    ("Lima rejected any foreign troops being deployed to Peru.", "foreign troops", None),
    ("Lima condemned international monitors sent to Peru.", "international monitors", None),
    # onlookers belong to no side
    ("The plan was dismissed by experts who say the president wants to present Lima as a peacemaker.",
     "experts", None),
    # a country named elsewhere in the sentence, not in the participant's context
    ("Soldiers attacked the convoy after the president of Peru spoke.", "Soldiers", None),
])
def test_context_country(nlp, text: str, head: str, country: str | None) -> None:
    result = _code(nlp, text)
    actor = next(a for a in result.actors if a.name.lower() == head.lower())
    assert actor.country == country, actor


@pytest.mark.parametrize("text,region", [
    ("Lima rejected Europe's plan to send troops to Peru.", "Europe"),
    ("Lima criticised the European commitment to send troops to Peru.", "European"),
])
def test_region_gets_no_country(nlp, text: str, region: str) -> None:
    result = _code(nlp, text)
    assert all(a.country is None for a in result.actors if a.name == region)
    assert any(a.name == region for a in result.actors) or not result.events
