"""Relative expressions of wire copy resolved against a fixed anchor: a table, no model.

The anchor is Wednesday 14 February 2024. A part of a period ("the end of January", "the first
week of March") keeps the period at month precision; "the month" and "the year" after such a
part are the anchor's own; anaphoric expressions ("the day before") stay unresolved because
their reference point is another event, not the article's date.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.extract.times.temporal import resolve_expression

ANCHOR = dt.date(2024, 2, 14)  # a Wednesday


@pytest.mark.parametrize("raw, tense, expected", [
    ("on Tuesday", "past", ("2024-02-13", "day", None)),
    ("on Tuesday", "future", ("2024-02-20", "day", None)),
    ("on Wednesday", "past", ("2024-02-14", "day", None)),
    ("last Friday", "past", ("2024-02-09", "day", None)),
    ("last week", "past", ("2024-02-05", "day", "2024-02-11")),
    ("next week", "future", ("2024-02-19", "day", "2024-02-25")),
    ("earlier this month", "past", ("2024-02", "month", None)),
    ("later this month", "future", ("2024-02", "month", None)),
    ("in mid-March", "past", ("2023-03", "month", None)),
    ("in mid-March", "future", ("2024-03", "month", None)),
    ("in early March", "future", ("2024-03", "month", None)),
    ("last month", "past", ("2024-01", "month", None)),
    ("yesterday", None, ("2024-02-13", "day", None)),
    ("two weeks ago", "past", ("2024-01-31", "day", None)),
    ("at the end of January", "past", ("2024-01", "month", None)),
    ("at the end of March", "future", ("2024-03", "month", None)),
    ("the beginning of March", "past", ("2023-03", "month", None)),
    ("the first week of March", "future", ("2024-03", "month", None)),
    ("the start of next month", "future", ("2024-03", "month", None)),
    ("by the end of the month", "future", ("2024-02", "month", None)),
    ("the end of the year", "future", ("2024", "year", None)),
    ("the end of last year", "past", ("2023", "year", None)),
    ("end of 2022", None, ("2022", "year", None)),
    # anaphoric or vague: no date from the anchor
    ("the day before", "past", (None, None, None)),
    ("the following day", "past", (None, None, None)),
    ("three days later", "past", (None, None, None)),
    ("a year", "past", (None, None, None)),
    ("the end", "past", (None, None, None)),
])
def test_relative_expressions(raw: str, tense: str | None, expected: tuple) -> None:
    assert resolve_expression(raw, ANCHOR, tense) == expected


def test_parts_of_periods_need_an_anchor_only_without_a_year() -> None:
    assert resolve_expression("at the end of January 2021", None) == ("2021-01", "month", None)
    assert resolve_expression("at the end of January", None) == (None, None, None)
