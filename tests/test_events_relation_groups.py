"""Failure class of the real-news benchmark's issue list (allies coded as targets): a group named by
its relation to someone ("allies of the United States", "rivals of X") is not of that someone's
country, as "supporters of the former president" are: "attacked the Kurdish fighters, allies of the
United States" is no attack on the United States. Sentences written for these tests, positive and
negative, before the fix.
"""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model


def _codes(nlp, text: str, event: str) -> set[str | None]:  # type: ignore[no-untyped-def]
    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    result = Pipeline(errors="raise", nlp=nlp).code(Article(id="t", text=text, date=dt.date(2025, 9, 5)))
    countries = {a.id: a.country for a in result.actors}
    return {countries.get(i) for e in result.events if e.event == event for i in e.recipient}


@pytest.mark.parametrize("text, event, not_code", [
    ("Turkish troops attacked the Kurdish fighters, allies of the United States in the war against ISIS.",
     "ASSAULT", "USA"),
    ("Russian jets bombed the positions of rebels, allies of the United States.", "ASSAULT", "USA"),
])
def test_events_allies_are_not_of_their_partner(nlp, text: str, event: str, not_code: str) -> None:  # type: ignore[no-untyped-def]
    assert not_code not in _codes(nlp, text, event)


@pytest.mark.parametrize("text, event, code", [
    ("Police arrested supporters of the Russian opposition leader in Moscow.", "COERCE", "RUS"),
])
def test_events_followers_keep_their_leaders_country(nlp, text: str, event: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert code in _codes(nlp, text, event)
