"""Title rules of the resolver: cabinet offices of any field are government, sub-national and
dated offices from the KB's tables."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.resolve import Resolver


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver()


@pytest.mark.parametrize(("text", "sector"), [
    ("the health minister", "GOV"),  # a minister of a field is in government, not in that field
    ("the education secretary", "GOV"),
    ("Health Minister Anna Brell", "GOV"),
    ("health officials", "MED"),  # officials of a field stay in it
    ("the health ministry spokesman", "GOV"),  # a ministry is government whatever its field
    ("opposition politicians", "OPP"),
    ("an opposition lawmaker", "LEG"),  # a lawmaker sits in the legislature, in opposition or not
    ("the chief minister", "GOV"),
])
def test_title_sectors(resolver: Resolver, text: str, sector: str) -> None:
    assert resolver.resolve(text, dt.date(2024, 1, 1)).sector == sector


@pytest.mark.parametrize(("text", "date", "country", "sector"), [
    ("Chief Minister Manohar Parrikar", dt.date(2019, 2, 17), "IND", "GOV"),
    ("Manohar Parrikar", dt.date(2019, 2, 17), "IND", "GOV"),  # Chief Minister of Goa then
    ("Manohar Parrikar", dt.date(2015, 6, 1), "IND", "GOV"),  # defence minister then
    ("Manohar Parrikar", dt.date(2019, 6, 1), "IND", "ELI"),  # after his last office
])
def test_dated_sub_national_offices(resolver: Resolver, text: str, date: dt.date, country: str, sector: str) -> None:
    res = resolver.resolve(text, date)
    assert (res.country, res.sector) == (country, sector)


@pytest.mark.parametrize(("text", "country"), [
    ("Goa", "IND"), ("Karnataka", "IND"), ("Sichuan", "CHN"), ("Jalisco", "MEX"),
])
def test_sub_national_regions_name_their_country(resolver: Resolver, text: str, country: str) -> None:
    res = resolver.resolve(text, places=False)
    assert res.country == country and res.kind == "other"


# Class (session 17): a head title that takes the sector of what it heads ("leader", kind leader in
# sectors.csv) after a group word names that group's head, whatever the group's sector: "student
# leader" is EDU, not the GOV of a bare "leader". A state word before it still makes it state.
@pytest.mark.parametrize(("text", "sector"), [
    ("a student leader", "EDU"),
    ("the business leader", "BUS"),
    ("the rebel leader", "REB"),
    ("the opposition leader", "OPP"),
    ("the police leader", "COP"),  # a state body's head stays in that body
    ("the Iranian leader", "GOV"),  # a country's leader is its government
    ("the leader", "GOV"),
])
def test_leader_of_a_group_takes_its_sector(resolver: Resolver, text: str, sector: str) -> None:
    assert resolver.resolve(text, dt.date(2024, 1, 1)).sector == sector
