"""A name standing as the apposition of a place noun ("the capital, X") is a place whatever
spaCy labels it; as the apposition of *capital* it is only a gazetteer town that is some
country's capital, else the name is kept without a country."""

from __future__ import annotations

import pytest

from tidings.extract import places

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def gaz():  # type: ignore[no-untyped-def]
    from tidings.gazetteer import load_gazetteer

    return load_gazetteer()


def _places(nlp, gaz, text: str) -> dict[str, tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {p.span.text: (p.name, p.country) for p in places.extract_places(nlp(text), gaz) if p.span}


@pytest.mark.parametrize(("text", "span", "name", "country"), [
    # a German town's name used for some other country's capital: name kept, no country
    ("Farmers in Veldoria drove tractors through the capital, Augsburg, on Monday.", "Augsburg", "Augsburg", None),
    # a real capital keeps its gazetteer record
    ("Students marched through the capital, Nairobi, to demand lower fees.", "Nairobi", "Nairobi", "KEN"),
    ("Crowds gathered in the capital, Lima, after the vote.", "Lima", "Lima", "PER"),
])
def test_capital_apposition(nlp, gaz, text, span, name, country) -> None:  # type: ignore[no-untyped-def]
    found = _places(nlp, gaz, text)
    assert found.get(span) == (name, country)


@pytest.mark.parametrize("text", [
    "The capital's mayor, Hanna Lindqvist, resigned on Monday.",  # a person beside a possessive, not an apposition
    "The minister, Tomas Berg, visited the port.",  # the apposition of a person noun
])
def test_person_apposition_is_no_place(nlp, gaz, text) -> None:  # type: ignore[no-untyped-def]
    found = _places(nlp, gaz, text)
    assert not any(n in found for n in ("Hanna Lindqvist", "Tomas Berg"))
