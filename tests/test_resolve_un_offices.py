"""Failure class (issue 10, wrong sector; session 58): the UN's officials took GOV, the sector of a
state's government: "Ban Ki-moon" (the knowledge base's role, Secretary-General of the United
Nations, GOV), "UN officials", "a UN spokesman", "the UN High Commissioner for Human Rights" (the
title's GOV). The UN acts for no state: the knowledge base gives its bodies no sector unless their
function is plain (WHO MED), and on dev-work's reference the UN's people and groups were coded 29
times with no sector, twice GOV (and MED or MIL where the function is plain). An office of the UN
(code UNO: ``resolve.words.STATELESS_OFFICES``) keeps no sector where the title or the role would
give GOV; a plain function (peacekeepers MIL, WHO MED), a former office (ELI) and another
intergovernmental body (IGO, EUR: coded either way by the reference) keep theirs.
Resolver tables, no model needed."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.kb import load_kb
from tidings.resolve import Resolver

_ON = dt.date(2010, 3, 5)


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(load_kb())


@pytest.mark.parametrize("text", [
    "Ban Ki-moon",
    "UN officials",
    "a UN spokesman",
    "the UN High Commissioner for Human Rights",
    "U.N. Secretary-General",
])
def test_an_office_of_the_un_is_no_governments(resolver: Resolver, text: str) -> None:
    res = resolver.resolve(text, _ON)
    assert res.country == "UNO" and res.sector is None, res


@pytest.mark.parametrize("text, country, sector", [
    ("UN peacekeepers", "UNO", "MIL"),
    ("World Health Organization", "UNO", "MED"),
    ("Kofi Annan", "UNO", "ELI"),  # a former office on the date
    ("the British foreign secretary", "GBR", "GOV"),
    ("NATO Secretary General Anders Fogh Rasmussen", "IGO", "GOV"),  # another body's office: as before
])
def test_other_offices_keep_their_sector(resolver: Resolver, text: str, country: str, sector: str) -> None:
    res = resolver.resolve(text, _ON)
    assert (res.country, res.sector) == (country, sector), res
