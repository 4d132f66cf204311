"""``Article`` checks its fields: a date string is parsed or refused, never kept as text; wrong types fail early."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.schema import Article, from_dict, to_dict


@pytest.mark.parametrize(("date", "expected"), [
    (None, None),
    (dt.date(2025, 3, 3), dt.date(2025, 3, 3)),
    ("2025-03-03", dt.date(2025, 3, 3)),
    (" 2025-03-03 ", dt.date(2025, 3, 3)),
    (dt.datetime(2025, 3, 3, 23, 59), dt.date(2025, 3, 3)),
])
def test_article_date_is_parsed(date: object, expected: dt.date | None) -> None:
    a = Article("a", "text", date)  # type: ignore[arg-type]
    assert a.date == expected and (a.date is None or type(a.date) is dt.date)


@pytest.mark.parametrize("date", ["2025-13-01", "03/03/2025", "yesterday", "2025-03", "", "20250303"])
def test_article_date_string_that_is_no_day_is_refused(date: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        Article("a", "text", date)  # type: ignore[arg-type]


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"id": 7, "text": "t"}, "id"),
    ({"id": "a", "text": None}, "text"),
    ({"id": "a", "text": "t", "title": 3}, "title"),
    ({"id": "a", "text": "t", "url": b"x"}, "url"),
    ({"id": "a", "text": "t", "date": 20250303}, "date"),
])
def test_article_wrong_types_fail_early(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(TypeError, match=f"Article.{field}"):
        Article(**kwargs)  # type: ignore[arg-type]


def test_article_round_trip_unchanged_for_valid_records() -> None:
    a = Article("a", "text", dt.date(2025, 3, 3), "T", "S", "https://x", "en", "f.txt:3")
    assert from_dict(Article, to_dict(a)) == a
