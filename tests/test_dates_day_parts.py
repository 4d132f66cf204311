"""A part of a day named before the day ("shortly before midnight Wednesday", "the early hours of
Thursday", "the evening of 3 September") is that day: the lead words keep the day's date, as "at
the end of January" keeps the month. Without a day after them they say nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.extract.times.temporal import resolve

FRI = dt.date(2025, 9, 5)  # a Friday

DAYS = [
    ("shortly before midnight Wednesday night", "2025-09-03"),
    ("shortly before midnight on Wednesday", "2025-09-03"),
    ("just after midnight on Thursday", "2025-09-04"),
    ("the night of Wednesday", "2025-09-03"),
    ("the early hours of Thursday", "2025-09-04"),
    ("in the early hours of Thursday", "2025-09-04"),
    ("before dawn on Tuesday", "2025-09-02"),
    ("at dawn on Tuesday", "2025-09-02"),
    ("the morning of 3 September", "2025-09-03"),
    ("on the evening of September 3", "2025-09-03"),
    ("late on the night of Monday", "2025-09-01"),
    ("around noon on Tuesday", "2025-09-02"),
]


@pytest.mark.parametrize("raw,value", DAYS)
def test_a_part_of_a_named_day_is_that_day(raw: str, value: str) -> None:
    r = resolve(raw, FRI, "past")
    assert (r.value, r.precision) == (value, "day")


NOT_DAYS = ["midnight", "shortly before midnight", "the night", "the early hours", "the morning of the vote",
            "shortly before the election", "at dawn", "the evening of his life"]


@pytest.mark.parametrize("raw", NOT_DAYS)
def test_a_part_of_a_day_without_the_day_is_no_date(raw: str) -> None:
    assert resolve(raw, FRI, "past").value is None
