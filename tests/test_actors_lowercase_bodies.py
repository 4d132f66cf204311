"""Failure class (issue 10, actors lost; found on wire-style text written for the purpose in
session 23): the tagger labels a state's common body after a possessive as an organisation in small
letters ("China's navy", "China's coast guard"); the entities pass took a small-letter organisation
for no name and claimed its words, so the sector-noun pass never saw them: "China's navy said it
had expelled the vessels" had a navy with no sector, "China's coast guard warned Manila" no
country.

A small-letter organisation whose head is a kind of body the knowledge base knows is left to the
sector-noun pass, which reads its possessor. Not: small-letter words that name no kind of body
(the entities pass still claims "anti-Brexit" and the like). Short texts written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.pipeline import Pipeline
from tidings.schema import Article


def _actors(text: str):  # type: ignore[no-untyped-def]
    r = Pipeline(errors="raise", components=["actors"]).code(Article(id="t", text=text, date=dt.date(2024, 3, 5)))
    return r.actors


@pytest.mark.parametrize("text, word, country, sector", [
    ("China's navy said it had expelled the Philippine vessels.", "navy", "CHN", "MIL"),
    ("China's coast guard said the Philippine ship had rammed its vessel.", "coast guard", "CHN", "COP"),
])
def test_actors_small_letter_body_of_a_state(text, word, country, sector) -> None:  # type: ignore[no-untyped-def]
    found = [a for a in _actors(text) if any(word in m.span.text for m in a.mentions)]
    assert found and (found[0].country, found[0].sector) == (country, sector), found


@pytest.mark.parametrize("text, word", [
    ("Thousands joined the anti-Brexit march in London on Saturday.", "anti-Brexit"),
])
def test_actors_small_letter_words_of_no_body_stay_claimed(text, word) -> None:  # type: ignore[no-untyped-def]
    assert not [a for a in _actors(text) if any(word in m.span.text for m in a.mentions)]
