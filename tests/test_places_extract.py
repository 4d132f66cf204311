"""Toponyms found in parsed text and resolved with the article's context."""

from __future__ import annotations

import pytest

from tidings.extract.places import extract_places
from tidings.gazetteer import load_gazetteer

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def gaz():  # type: ignore[no-untyped-def]
    return load_gazetteer()


@pytest.mark.parametrize(("text", "surface", "name", "country"), [
    ("The summit was held in Paris on Wednesday.", "Paris", "Paris", "FRA"),
    ("The parade took place in the Chinese capital.", "the Chinese capital", "Beijing", "CHN"),
    ("Shells fell on the north Lebanese port of Tripoli.", "Tripoli", "Tripoli", "LBN"),
    ("Protesters gathered in the town of Samarra.", "Samarra", "Sāmarrā’", "IRQ"),
    ("He spoke in the Oval Office.", "Oval Office", "Oval Office, Washington", "USA"),
    ("They met in Alaska last month.", "Alaska", "Alaska", "USA"),
])
def test_places_extract(nlp, gaz, text, surface, name, country) -> None:  # type: ignore[no-untyped-def]
    places = extract_places(nlp(text), gaz)
    hit = [p for p in places if p.span and p.span.text == surface]
    assert hit, [(p.span.text if p.span else None, p.name) for p in places]
    assert (hit[0].name, hit[0].country) == (name, country)


@pytest.mark.parametrize("text", ["The minister resigned on Tuesday.", "Critics in the West were unimpressed."])
def test_places_extract_none(nlp, gaz, text) -> None:  # type: ignore[no-untyped-def]
    assert [p for p in extract_places(nlp(text), gaz) if p.country] == []
