"""Extraction of temporal expressions from parsed text, with the clause's tense."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.extract.times import extract_times

pytestmark = pytest.mark.model
FRI = dt.date(2025, 9, 5)


@pytest.mark.parametrize(("text", "raw", "value"), [
    ("The leaders met in Paris on Wednesday.", "Wednesday", "2025-09-03"),
    ("The leaders will meet on Monday.", "Monday", "2025-09-08"),
    ("Speaking on Wednesday night, he warned them.", "Wednesday night", "2025-09-03"),
    ("Their meeting last month did not lead anywhere.", "last month", "2025-08"),
    ("The talks ran from 1 to 3 May.", "from 1 to 3 May", "2025-05-01"),
    ("He was elected in 2014.", "2014", "2014"),
    ("Two days ago the army withdrew.", "Two days ago", "2025-09-03"),
    ("Thousands marched in the capital on the 30th, police said.", "the 30th", "2025-08-30"),
])
def test_dates_extract_resolves(nlp, text, raw, value) -> None:  # type: ignore[no-untyped-def]
    times = list(extract_times(nlp(text), FRI))
    hits = [t for t in times if raw in t.span.text]
    assert hits, [t.span.text for t in times]
    assert hits[0].value == value
    assert text[hits[0].span.start:hits[0].span.end] == hits[0].span.text


@pytest.mark.parametrize("text", ["The minister spoke to reporters.", "Prices rose sharply, analysts said.",
                                  "The museum marked the 30th anniversary of the treaty.",
                                  "Offices on the 5th floor were closed."])
def test_dates_extract_none(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert [t for t in extract_times(nlp(text), FRI) if t.value] == []


def test_dates_extract_without_anchor_keeps_absolute(nlp) -> None:  # type: ignore[no-untyped-def]
    times = list(extract_times(nlp("They met on Wednesday and again on 3 May 2021."), None))
    assert {t.value for t in times} >= {"2021-05-03"}
    assert all(t.value is None for t in times if "Wednesday" in t.span.text)
