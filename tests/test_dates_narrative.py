"""Dates counted from a date the story told: "the following day", "two days later".

Class: a report tells a first day ("On Wednesday, the ministers met") and counts on from it ("In a
statement issued the following day, ..."; "Two days later, ..."). Those count from the story's
date, never from the article's date; "the day before the vote" counts from the vote and is not
resolved; "over the next week" is the coming week, not the story's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.extract.times import extract_times
from tidings.extract.times.temporal import is_narrative, resolve_narrative

WED = dt.date(2025, 9, 3)


@pytest.mark.parametrize(("raw", "value", "precision"), [
    ("the following day", "2025-09-04", "day"),
    ("the next morning", "2025-09-04", "day"),
    ("the previous day", "2025-09-02", "day"),
    ("the day before", "2025-09-02", "day"),
    ("The day after", "2025-09-04", "day"),
    ("two days later", "2025-09-05", "day"),
    ("3 days earlier", "2025-08-31", "day"),
    ("a week later", "2025-09-10", "day"),
    ("the following month", "2025-10", "month"),
    ("two years earlier", "2023", "year"),
])
def test_resolve_narrative(raw: str, value: str, precision: str) -> None:
    assert is_narrative(raw)
    res = resolve_narrative(raw, WED)
    assert (res.value, res.precision) == (value, precision)


@pytest.mark.parametrize(("raw", "reference", "precision", "value"), [
    ("one year later", dt.date(1984, 1, 1), "year", "1985"),
    ("the following month", dt.date(2020, 3, 1), "month", "2020-04"),
    ("two days later", dt.date(1984, 1, 1), "year", None),  # no day told: no day counted
    ("a week later", dt.date(2020, 3, 1), "month", None),
])
def test_resolve_narrative_precision(raw: str, reference: dt.date, precision: str, value: str | None) -> None:
    assert resolve_narrative(raw, reference, precision).value == value  # type: ignore[arg-type]


@pytest.mark.parametrize("raw", ["the next week", "next week", "the day before the vote", "yesterday", "two days ago",
                                 "the following"])
def test_not_narrative(raw: str) -> None:
    assert not is_narrative(raw)
    assert resolve_narrative(raw, WED).value is None


@pytest.mark.model
@pytest.mark.parametrize(("text", "raw", "value"), [
    ("On Wednesday, the ministers met in Cairo. In a statement issued the following day, Ankara rejected it.",
     "the following day", "2025-09-04"),
    ("On Wednesday, the ministers met in Cairo. Two days later, Ankara recalled its envoy.",
     "Two days later", "2025-09-05"),
    ("He founded the firm in 1984. One year later he was fired.", "One year later", "1985"),
    # a date that names a thing ("the November 27 deal") is not where the story is
    ("On Wednesday, the ministers met in Cairo. They said the November 27 deal is void. In a statement issued "
     "the following day, Ankara rejected it.", "the following day", "2025-09-04"),
    # the baseline of a comparison is no date the story tells
    ("Sales fell in 2008. Toyota reported a 32 % drop in sales from a year earlier.", "a year earlier", None),
    # no told date to count from: not resolved
    ("The ministers met in Cairo. Two days later, Ankara recalled its envoy.", "Two days later", None),
])
def test_extract_narrative(nlp, text: str, raw: str, value: str | None) -> None:  # type: ignore[no-untyped-def]
    times = [t for t in extract_times(nlp(text), dt.date(2025, 9, 5)) if raw in t.span.text]
    assert (times[0].value if times else None) == value
