"""Toponym candidates beyond spaCy's labels, demonyms that are not places, and context that
does not echo the toponym itself."""

from __future__ import annotations

import pytest

from tidings.extract.places import extract_places
from tidings.gazetteer import load_gazetteer
from tidings.schema import Actor, Mention, Span

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def gaz():  # type: ignore[no-untyped-def]
    return load_gazetteer()


@pytest.mark.parametrize(("text", "surface", "name", "country", "rule"), [
    ("Fighting raged in the battle zones of the Jaffna peninsula.", "Jaffna", "Jaffna", "LKA", "before-place-noun"),
    ("A general strike shut down Khatmandu on Monday.", "Khatmandu", "Kathmandu", "NPL", ""),
    ("Prisoners rioted at a jail in East Timor's capital Dili on Monday.", "East Timor's capital Dili", "Dili",
     "TLS", "capital-description"),
    ("Crowds gathered in Dili as East Timor voted.", "Dili", "Dili", "TLS", ""),
])
def test_places_candidates(nlp, gaz, text, surface, name, country, rule) -> None:  # type: ignore[no-untyped-def]
    found = extract_places(nlp(text), gaz)
    hit = [p for p in found if p.span and p.span.text == surface]
    assert hit, [(p.span.text if p.span else None, p.name) for p in found]
    assert (hit[0].name, hit[0].country) == (name, country)
    assert rule in hit[0].provenance.rule


@pytest.mark.parametrize("text", [
    "The Sri Lankan army held the line.",
    "Macedonian police arrested two men.",
    "Chinese officials declined to comment.",
])
def test_places_demonyms_are_not_places(nlp, gaz, text) -> None:  # type: ignore[no-untyped-def]
    assert extract_places(nlp(text), gaz) == []


# Class: a word of a date is not a place, whatever town shares its name ("in March": March,
# Cambridgeshire; "after Super Tuesday"), while a place beside a date still is ("in Paris in March").
@pytest.mark.parametrize("text", [
    "Biden announced in March his plan to choose a running mate.",
    "Bloomberg ended his campaign after Super Tuesday.",
])
def test_places_words_of_dates_are_not_places(nlp, gaz, text) -> None:  # type: ignore[no-untyped-def]
    assert [p.span.text for p in extract_places(nlp(text), gaz) if p.span] == []


def test_places_place_beside_a_date(nlp, gaz) -> None:  # type: ignore[no-untyped-def]
    found = [p.name for p in extract_places(nlp("The ministers met in Paris in March."), gaz)]
    assert found == ["Paris"]


def test_places_actor_of_the_toponym_is_not_context(nlp, gaz) -> None:  # type: ignore[no-untyped-def]
    text = "Officers ended mediation between rival militias in Tripoli as shells hit the north Lebanese port."
    start = text.index("rival militias in Tripoli")
    echo = Actor(id="a1", name="rival militias in Tripoli", kind="group", country="LBY",
                 mentions=(Mention(Span(start, start + 25, text[start:start + 25])),))
    (tripoli,) = [p for p in extract_places(nlp(text), gaz, (echo,)) if p.span and p.span.text == "Tripoli"]
    assert tripoli.country == "LBN"
