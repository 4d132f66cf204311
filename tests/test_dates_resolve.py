"""Table-driven tests of temporal expression resolution: pure functions, no model."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.extract.times.temporal import resolve, resolve_expression, weekday_date

FRI = dt.date(2025, 9, 5)  # a Friday
WED = dt.date(2025, 9, 3)  # a Wednesday
NEWYEAR = dt.date(2026, 1, 1)  # a Thursday
MONTH_START = dt.date(2025, 3, 2)  # a Sunday
LEAP = dt.date(2024, 3, 1)  # a Friday after 29 February

CASES = [
    # raw, anchor, tense, value, precision, end_value
    ("on Wednesday", FRI, "past", "2025-09-03", "day", None),
    ("Wednesday night", FRI, "past", "2025-09-03", "day", None),
    ("on Wednesday", WED, "past", "2025-09-03", "day", None),  # same weekday, past tense: that day
    ("on Wednesday", WED, "future", "2025-09-03", "day", None),
    ("on Monday", FRI, "future", "2025-09-08", "day", None),
    ("on Monday", FRI, "past", "2025-09-01", "day", None),
    ("on Monday", FRI, "present", "2025-09-08", "day", None),  # nearest: 3 days ahead vs 4 back
    ("on Thursday", FRI, "present", "2025-09-04", "day", None),
    ("last Friday", FRI, None, "2025-08-29", "day", None),
    ("next Friday", FRI, None, "2025-09-12", "day", None),
    ("on Tuesday", NEWYEAR, "past", "2025-12-30", "day", None),  # across the year end
    ("on Saturday", NEWYEAR, "future", "2026-01-03", "day", None),
    ("on Friday", MONTH_START, "past", "2025-02-28", "day", None),  # across the month end
    ("on Thursday", LEAP, "past", "2024-02-29", "day", None),  # leap day
    ("yesterday", FRI, None, "2025-09-04", "day", None),
    ("yesterday", NEWYEAR, None, "2025-12-31", "day", None),
    ("today", FRI, None, "2025-09-05", "day", None),
    ("tomorrow", dt.date(2025, 12, 31), None, "2026-01-01", "day", None),
    ("last night", MONTH_START, None, "2025-03-01", "day", None),
    ("last month", FRI, None, "2025-08", "month", None),
    ("last month", NEWYEAR, None, "2025-12", "month", None),
    ("next month", dt.date(2025, 12, 15), None, "2026-01", "month", None),
    ("earlier this month", FRI, None, "2025-09", "month", None),
    ("next week", FRI, None, "2025-09-08", "day", "2025-09-14"),
    ("last week", NEWYEAR, None, "2025-12-22", "day", "2025-12-28"),
    ("in March", FRI, "past", "2025-03", "month", None),
    ("in March", FRI, "future", "2026-03", "month", None),
    ("in December", NEWYEAR, "past", "2025-12", "month", None),
    ("in September", FRI, "past", "2025-09", "month", None),
    ("last March", MONTH_START, None, "2024-03", "month", None),
    ("on 3 September", FRI, "past", "2025-09-03", "day", None),
    ("September 3", FRI, None, "2025-09-03", "day", None),
    ("on 3 September", FRI, "future", "2026-09-03", "day", None),
    ("December 30", NEWYEAR, "past", "2025-12-30", "day", None),
    ("Sept. 3, 2024", FRI, None, "2024-09-03", "day", None),
    ("3rd of September 2025", None, None, "2025-09-03", "day", None),
    ("Wednesday, September 3", FRI, None, "2025-09-03", "day", None),
    ("earlier this year", FRI, None, "2025", "year", None),
    ("in 2014", FRI, None, "2014", "year", None),
    ("in 2014", None, None, "2014", "year", None),
    ("last year", NEWYEAR, None, "2025", "year", None),
    ("late last year", FRI, None, "2024", "year", None),
    ("two days ago", FRI, None, "2025-09-03", "day", None),
    ("three days ago", NEWYEAR, None, "2025-12-29", "day", None),
    ("a week ago", FRI, None, "2025-08-29", "day", None),
    ("two months ago", dt.date(2026, 1, 20), None, "2025-11", "month", None),
    ("between 1 and 3 May", FRI, None, "2025-05-01", "day", "2025-05-03"),
    ("from 1 to 3 May", FRI, None, "2025-05-01", "day", "2025-05-03"),
    ("May 1-3", FRI, None, "2025-05-01", "day", "2025-05-03"),
    ("from 30 December to 2 January", NEWYEAR, "past", "2024-12-30", "day", "2025-01-02"),
    ("from Monday to Wednesday", FRI, "past", "2025-09-01", "day", "2025-09-03"),
    ("between March and May", FRI, None, "2025-03", "month", "2025-05"),
    ("2014-2016", FRI, None, "2014", "year", "2016"),
    ("the 1990s", FRI, None, "1990", "year", "1999"),
    ("this weekend", FRI, "future", "2025-09-06", "day", "2025-09-07"),
    ("2025-09-03", None, None, "2025-09-03", "day", None),
    # a season across two years is no year-month ("the 1998-99 season")
    ("1998-99", FRI, None, "1998", "year", "1999"),
    ("the end of the 2019-20", FRI, None, "2019", "year", "2020"),
    # a day of the month told alone ("on the 30th"): the month the tense points to
    ("on the 3rd", FRI, "past", "2025-09-03", "day", None),
    ("on the 30th", FRI, "past", "2025-08-30", "day", None),
    ("the 12th", FRI, "future", "2025-09-12", "day", None),
    ("on the 2nd", FRI, "future", "2025-10-02", "day", None),
    ("on the 31st", dt.date(2025, 3, 5), "past", "2025-01-31", "day", None),  # February has no 31st
]


@pytest.mark.parametrize(("raw", "anchor", "tense", "value", "precision", "end"), CASES)
def test_dates_resolve_table(raw, anchor, tense, value, precision, end) -> None:  # type: ignore[no-untyped-def]
    assert resolve_expression(raw, anchor, tense) == (value, precision, end)


@pytest.mark.parametrize(("raw", "anchor"), [
    ("recently", FRI), ("four years", FRI), ("the 30", FRI), ("on the 3rd", None), ("for decades", FRI), ("", FRI), ("the next day", FRI),
    ("on Wednesday", None), ("last month", None), ("in March", None), ("September 3", None), ("yesterday", None),
    ("31 February 2025", FRI), ("from 5 to 3 May 2025", FRI),
])
def test_dates_resolve_unresolved(raw, anchor) -> None:  # type: ignore[no-untyped-def]
    assert resolve_expression(raw, anchor) == (None, None, None)


@pytest.mark.parametrize(("mode", "weekday", "expected"), [
    ("on_or_before", 4, FRI), ("before", 4, dt.date(2025, 8, 29)), ("on_or_after", 4, FRI),
    ("after", 4, dt.date(2025, 9, 12)), ("nearest", 0, dt.date(2025, 9, 8)), ("nearest", 1, dt.date(2025, 9, 2)),
])
def test_dates_weekday_modes(mode, weekday, expected) -> None:  # type: ignore[no-untyped-def]
    assert weekday_date(FRI, weekday, mode) == expected


def test_dates_resolve_gives_reason_and_rule() -> None:
    r = resolve("on Wednesday", FRI, "past")
    assert r.rule == "weekday" and "before" in r.reason
