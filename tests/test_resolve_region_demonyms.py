"""Failure class (issue 10, wrong country; found on wire-style text written for the purpose in session
23): a region's adjective ("Latin American governments", "South American leaders", "North American
officials") took the country of its last word's demonym ("American": USA), so the governments of
Latin America became the United States' government.

A demonym after a word that names a part of the world ("Latin", "South", "Central"...: word class
``resolve.region_qualifiers``) gives no country unless the two words together are a state's
demonym ("South Korean", "North Korean", "South African", "Central African", "East Timorese").
Resolver tables, no model needed."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.kb import load_kb
from tidings.resolve import Resolver

_ON = dt.date(2024, 3, 5)


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(load_kb())


@pytest.mark.parametrize("text", [
    "Latin American governments",
    "South American leaders",
    "North American officials",
    "West African troops",
])
def test_resolve_region_adjective_gives_no_country(resolver: Resolver, text: str) -> None:
    assert resolver.resolve(text, _ON).country is None


@pytest.mark.parametrize("text, country", [
    ("American officials", "USA"),
    ("South Korean officials", "KOR"),
    ("North Korean troops", "PRK"),
    ("South African police", "ZAF"),
    ("Central African rebels", "CAF"),
    ("the Latin American desk of the US State Department", "USA"),
])
def test_resolve_state_demonyms_keep_their_country(resolver: Resolver, text: str, country: str) -> None:
    assert resolver.resolve(text, _ON).country == country
