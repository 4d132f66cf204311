"""'Recently' and its kin: the article's month at month precision, never an invented day."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.extract.times import extract_times
from tidings.extract.times.temporal import resolve

FRI = dt.date(2025, 9, 5)


@pytest.mark.parametrize(("raw", "tense", "value", "precision"), [
    ("recently", "past", "2025-09", "month"),
    ("lately", "present", "2025-09", "month"),
    ("in recent days", "past", "2025-09", "month"),
    ("in recent weeks", "past", "2025-09", "month"),
    ("recently", "future", None, None),
    ("recently", None, None, None),
])
def test_dates_recent_resolve(raw, tense, value, precision) -> None:  # type: ignore[no-untyped-def]
    res = resolve(raw, FRI, tense)
    assert (res.value, res.precision) == (value, precision)
    if value:
        assert res.rule == "recently" and "anchor" in res.reason


def test_dates_recent_needs_an_anchor() -> None:
    assert resolve("recently", None, "past").value is None


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Mr Trump recently suggested a deal.", [("recently", "2025-09", "month")]),
    ("The minister has argued for a deal.", []),
])
def test_dates_recent_extract(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    got = [(t.span.text, t.value, t.precision) for t in extract_times(nlp(text), FRI)]
    assert got == expected
