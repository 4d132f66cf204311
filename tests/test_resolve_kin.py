"""A person who shares a KB person's surname is not that person (issue 10, "never merge two people"):
"Hamza bin Laden" is not Osama bin Laden, "Hunter Biden" not Joe Biden. The KB person's own given
names, titles and honorifics before the surname still find them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.kb import load_kb
from tidings.resolve import Resolver


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(load_kb())


@pytest.mark.parametrize("text,person", [
    ("Hamza bin Laden", None),
    ("Hunter Biden", None),
    ("Osama bin Laden", "Osama bin Laden"),
    ("President Vladimir Putin", "Vladimir Putin"),
    ("Crown Prince Mohammed bin Salman", "Mohammed bin Salman"),
    ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
    ("Mr Putin", "Vladimir Putin"),
    # a KB surname that is someone else's forename (issue 10: the sheriff "Kerry Lee" became John Kerry)
    ("County sheriff Kerry Lee", None),
    ("Kerry Lee", None),
    ("Senator Kerry", "John Kerry"),
    ("Kerry said", "John Kerry"),
])
def test_kin_is_not_the_kb_person(resolver: Resolver, text: str, person: str | None) -> None:
    res = resolver.resolve(text, dt.date(2019, 9, 14), places=False)
    got = res.named.name if res.named is not None else None
    assert got == person, res.reason


@pytest.mark.parametrize("text,country,sector", [
    ("a spokesman for the PMF", "IRQ", "PRM"),
    ("a spokeswoman for the police department", None, "COP"),
    # negative cases: a spokesperson of a government body, and a minister "of" a field, keep GOV
    ("the Kremlin's spokesperson", "RUS", "GOV"),
    ("Minister of Defence of Hungary", "HUN", "GOV"),
])
def test_spokesperson_has_the_sector_of_the_body(resolver: Resolver, text: str, country: str | None,
                                                 sector: str) -> None:
    res = resolver.resolve(text, dt.date(2019, 9, 14), places=False)
    assert (res.country, res.sector) == (country, sector), res.reason


@pytest.mark.parametrize("text,sector", [
    ("police chief", "COP"),
    ("rebel commander", "REB"),
    ("police spokesman", "COP"),
    # negative cases: an opposition lawmaker legislates; a minister of any field governs
    ("an opposition lawmaker", "LEG"),
    ("police minister", "GOV"),
])
def test_office_of_a_body_word(resolver: Resolver, text: str, sector: str) -> None:
    assert resolver.resolve(text, dt.date(2019, 9, 14), places=False).sector == sector


@pytest.mark.parametrize("text,sector", [
    ("the Governor General of Canada", "GOV"),  # not a general
    ("Chief Superintendent", "COP"),
    ("a general", "MIL"),  # negative: a general alone is the army's
])
def test_compound_offices(resolver: Resolver, text: str, sector: str) -> None:
    assert resolver.resolve(text, dt.date(2019, 9, 14), places=False).sector == sector
