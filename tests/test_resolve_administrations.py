"""Failure class found on the PLOVER sentence gold (and the real-news benchmark): "the Trump
administration" resolved to the person Donald Trump, and "the Bush administration" (two KB people
share the surname) to nothing. A person's administration, government, cabinet or regime is the
government of the state that person leads or led: a group with sector GOV and that state's code,
even when the surname fits several people of the same state; names of different states give no
country. Strings written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.resolve import resolve


@pytest.mark.parametrize("text, country", [
    ("the Trump administration", "USA"),
    ("Bush administration", "USA"),
    ("the Obama administration", "USA"),
])
def test_resolve_administration_is_its_states_government(text: str, country: str) -> None:
    r = resolve(text, dt.date(2005, 1, 1))
    assert (r.kind, r.country, r.sector) == ("group", country, "GOV"), r


@pytest.mark.parametrize("text", [
    "the Zorblax administration",  # no known person: no state
    "Donald Trump",  # the person stays a person
])
def test_resolve_administration_not_guessed(text: str) -> None:
    r = resolve(text, dt.date(2005, 1, 1))
    assert not (r.kind == "group" and r.country == "USA" and r.sector == "GOV"), r
