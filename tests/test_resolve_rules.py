"""General resolution rules: explicit titles, possessive countries, gazetteer places, leader titles."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.resolve import Resolver

D = dt.date(2025, 9, 5)


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver()


@pytest.mark.parametrize(("text", "date", "country", "sector"), [
    ("UK Defence Secretary Ben Wallace", D, "GBR", "GOV"),  # the title in the text beats the ended role
    ("Ben Wallace", D, "GBR", "ELI"),  # no title: the dated lookup
    ("Ben Wallace", dt.date(2020, 1, 1), "GBR", "GOV"),
    ("General Thierry Burkhard", D, "FRA", "MIL"),
    ("former Foreign Minister Park Jin", D, "KOR", "ELI"),
    ("Chile's Defense Department", D, "CHL", "GOV"),  # a possessive country beats a generic body's
    ("Kenya's Supreme Court", D, "KEN", "JUD"),
    ("the Defense Department", D, "USA", "MIL"),
    ("Russia's Baltic Fleet", D, "RUS", "MIL"),
    ("an amusement park in Kabul", D, "AFG", "CVL"),
    ("Puerto Penasco", D, "MEX", None),  # unknown to the KB: the gazetteer gives the country
    ("police in Puerto Penasco", D, "MEX", "COP"),
    ("Bilbo Baggins", D, None, None),
])
def test_rules(resolver: Resolver, text: str, date: dt.date, country: str | None, sector: str | None) -> None:
    r = resolver.resolve(text, date)
    assert (r.country, r.sector) == (country, sector), r.reason


def test_gazetteer_can_be_skipped(resolver: Resolver) -> None:
    assert resolver.resolve("Puerto Penasco", D, places=False).country is None


def test_broken_gazetteer_only_disables_the_fallback() -> None:
    def broken() -> object:
        raise OSError("no gazetteer here")

    r = Resolver(gazetteer=broken)
    assert r.resolve("Puerto Penasco", D).country is None
    assert r.resolve("the Kremlin", D).country == "RUS"


@pytest.mark.parametrize(("title", "country", "holder"), [
    ("leader", "ISR", "Benjamin Netanyahu"),  # ceremonial president: the prime minister leads
    ("president", "ISR", "Isaac Herzog"),
    ("leader", "IND", "Narendra Modi"),
    ("leader", "FRA", "Emmanuel Macron"),  # "President of France", not another body's president
    ("leader", "RUS", "Vladimir Putin"),
    ("leader", None, None),
])
def test_leader_titles(resolver: Resolver, title: str, country: str | None, holder: str | None) -> None:
    found = resolver.title_holder(title, country, D)
    assert (found[0].name if found else None) == holder
