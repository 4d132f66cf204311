"""Failure class (new dev articles, coded after the rules): a company the knowledge base does not
know, named with its legal form ("Caterpillar Inc.", "Kestrel Holdings Ltd"), was typed a person
with no sector, or, when a word of it is a famous surname ("Vance Logistics LLC"), resolved to that
person. A name ending in a legal form is a company (BUS); one the KB knows keeps its entry; a
legal-form word that does not end a name changes nothing. Strings written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.resolve import default_resolver

ON = dt.date(2021, 3, 1)


@pytest.mark.parametrize("text", [
    "Kestrel Holdings Ltd", "Caterpillar Inc.", "Vance Logistics LLC", "Ostrava Steel plc", "Brandt Maschinen GmbH",
    "Acme Corp.",
])
def test_resolve_name_with_a_legal_form_is_a_company(text: str) -> None:
    res = default_resolver().resolve(text, ON)
    assert (res.kind, res.sector, res.named) == ("organization", "BUS", None), res


@pytest.mark.parametrize("text", [
    "Kestrel Holdings",     # negative: no legal form, an unknown name stays as it was
    "Pell Varo",
])
def test_resolve_without_a_legal_form_unchanged(text: str) -> None:
    res = default_resolver().resolve(text, ON)
    assert (res.kind, res.sector) == ("person", None), res


@pytest.mark.parametrize("text", ["Ostrian Revolutionary Guard Corps", "Kestrian Marine Corps", "US Marine Corp"])
def test_resolve_corps_is_no_company(text: str) -> None:
    assert default_resolver().resolve(text, ON).sector != "BUS"


def test_resolve_known_company_with_legal_form_keeps_its_entry() -> None:
    res = default_resolver().resolve("Apple Inc.", ON)
    assert res.named is not None and res.country == "USA" and res.sector == "BUS", res
