"""A participant named by a common noun takes the country of the city or region its own place
phrase names, as the places stage reads it, nested phrases followed; the safeguards of
:meth:`ActorBook._context_country` still hold."""

from __future__ import annotations

import pytest
from builders import code_events

from tidings.schema import Actor, Mention, Span

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,head,country", [
    # a city or region the country table does not know, read by the gazetteer
    ("Protesters in downtown Chicago blocked a highway on Sunday.", "Protesters", "USA"),
    ("Police in Bradford detained three journalists.", "Police", "GBR"),
    # nested place phrases: "the streets of X", "outside the parliament in X"
    ("Thousands of demonstrators in the streets of Bradford denounced the council.", "demonstrators", "GBR"),
    ("Farmers outside the parliament building in Kyiv demanded subsidies.", "Farmers", "UKR"),
    # the city agrees with the one country the sentence names
    ("Police in Bradford, England, detained three journalists.", "Police", "GBR"),
    # negative: the sentence names another country than the city's
    ("Police in Bradford detained three Norwegian journalists.", "Police", None),
    # negative: outsiders are by definition not of the place
    ("Foreign troops in Chicago detained three journalists.", "Foreign troops", None),
    # negative: onlookers belong to no side
    ("Experts in Chicago criticised the ruling party.", "Experts", None),
    # negative: a place the gazetteer does not know, or a namesake of several countries
    ("Protesters in Vellmark blocked a highway on Sunday.", "Protesters", None),
    ("Protesters in Springfield blocked a highway on Sunday.", "Protesters", None),
    # a settlement noun's own modifier names its country ("the Peruvian town of X")
    ("Residents of the Peruvian town of Vellmark blocked a highway.", "Residents", "PER"),
    # negative: a state's mission abroad is not the country of the people outside it
    ("Outside the Norwegian embassy, protesters burned flags.", "protesters", None),
    ("Outside the embassy of Norway, protesters burned flags.", "protesters", None),
    # negative: a clause's venue in a sentence naming no country ("talks in Geneva") is no one's
    ("In the streets of Bradford, protesters burned flags.", "protesters", None),
    # negative: a modifier of a noun other than a settlement may name someone else's
    ("Farmers near the Peruvian-owned mine blocked a highway.", "Farmers", None),
    ("The two delegations held talks in Geneva last week.", "two delegations", None),
    # but a clause's locative may still agree with the one country the sentence names
    ("In Bradford, England, police detained three journalists.", "police", "GBR"),
    # negative: a place named elsewhere in the sentence, not in the participant's phrase
    ("Soldiers attacked the convoy that had left Bradford.", "Soldiers", None),
])
def test_place_country(nlp, text: str, head: str, country: str | None) -> None:
    result = code_events(nlp, text)
    actor = next(a for a in result.actors if a.name.lower().startswith(head.lower()))
    assert actor.country == country, actor


def test_named_person_takes_no_city_country(nlp) -> None:
    """A named person's place phrase says where they were, not whose they are."""
    text = "In Chicago, Hana Merel criticised the ruling party."
    start = text.index("Hana Merel")
    person = Actor("a1", "Hana Merel", "person", mentions=(Mention(Span(start, start + 10, "Hana Merel"), "name"),))
    result = code_events(nlp, text, [person])
    assert next(a for a in result.actors if a.id == "a1").country is None
