"""Offline gazetteer resolution: names, aliases, context and qualifiers."""

from __future__ import annotations

import pytest

from tidings.gazetteer import iso3_of, load_gazetteer, normalize


@pytest.fixture(scope="module")
def gaz():  # type: ignore[no-untyped-def]
    return load_gazetteer()


@pytest.mark.parametrize(("name", "article", "sentence", "within", "expected", "country", "feature"), [
    ("Paris", (), (), None, "Paris", "FRA", "city"),
    ("Paris", (), (), "Texas", "Paris", "USA", "city"),
    ("Tripoli", (), (), None, "Tripoli", "LBY", "city"),
    ("Tripoli", (), ("LBN",), None, "Tripoli", "LBN", "city"),
    ("Alaska", (), (), None, "Alaska", "USA", "region"),
    ("Kiev", (), (), None, "Kyiv", "UKR", "city"),
    ("Oval Office", (), (), None, "Oval Office, Washington", "USA", "place"),
    ("the Kremlin", (), (), None, "Kremlin, Moscow", "RUS", "place"),
    ("Britain", (), (), None, "United Kingdom", "GBR", "country"),
    ("U.S.", (), (), None, "United States", "USA", "country"),
    ("Georgia", (), (), None, "Georgia", "GEO", "country"),
    ("the Gaza Strip", (), (), None, "Gaza Strip", "PSE", "region"),
    ("Crimea", (), (), None, "Crimea", "UKR", "region"),
    ("Goražde", (), (), None, "Goražde", "BIH", "city"),
    ("Gorazde", (), (), None, "Goražde", "BIH", "city"),
])
def test_gazetteer_resolve(gaz, name, article, sentence, within, expected, country, feature) -> None:  # type: ignore[no-untyped-def]
    res = gaz.resolve(name, article, sentence, within=within)
    assert res is not None
    assert (res.place.label, res.place.country, res.place.feature) == (expected, country, feature)
    assert res.reason


@pytest.mark.parametrize("name", ["Narnia", "Gondor", "", "the"])
def test_gazetteer_unknown(gaz, name) -> None:  # type: ignore[no-untyped-def]
    assert gaz.resolve(name) is None


@pytest.mark.parametrize(("word", "iso3"), [("Chinese", "CHN"), ("French", "FRA"), ("Lebanese", "LBN"),
                                            ("Paris", None), ("Moscow", None)])
def test_gazetteer_demonyms(gaz, word, iso3) -> None:  # type: ignore[no-untyped-def]
    assert gaz.demonym(word) == iso3


def test_gazetteer_capitals_and_codes(gaz) -> None:  # type: ignore[no-untyped-def]
    assert gaz.capital("CHN").name == "Beijing"
    assert iso3_of(gaz, "ch") == "CHE" and iso3_of(gaz, "FRA") == "FRA" and iso3_of(gaz, "ZZ") is None
    assert normalize("The  Gaza-Strip") == "gaza strip"


def test_gazetteer_countries_have_coordinates(gaz) -> None:  # type: ignore[no-untyped-def]
    defunct = {"SCG", "ANT"}  # Serbia and Montenegro, Netherlands Antilles: still in GeoNames, no capital
    missing = [p.name for p in gaz.countries.values()
               if p.lat is None and p.population > 1_000_000 and p.country not in defunct]
    assert missing == []
