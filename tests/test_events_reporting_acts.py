"""Failure class found in the articles added to the real-news benchmark's dev split this session:
the news outlet's own reporting was coded as political interaction: "Wikinews asked the scientist
whether ...", "Wikinews spoke with X", "X sat down with Y for an interview". Asking, speaking with
or meeting by a news outlet or reporters (sector JRN), and a meeting for an interview, are how a
story is reported, not a consultation or a request. A news outlet's accusation or protest stays
an event. Sentences written for these tests, positive and negative, before the fix.

Second class (session 8, dev-work): the outlet as the one met ("With Wikinews, X discussed his
background", "X spoke with the BBC about her campaign") is an interview too: a consultation whose
only counterparts are news outlets.
"""

from __future__ import annotations

import pytest
from builders import coded_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Wikinews asked the scientist whether sponges could survive.",
    "Wikinews spoke with William Evans, president of the magicians society, about magic.",
    "On March 13, Professor Ana Ruiz sat down with Omar Varo for an interview in her office.",
    "Reporters met the president at the palace on Monday.",
    "With Wikinews, Senator Jane Roe discussed her campaign and her views on climate change.",
    "Senator Jane Roe spoke with the BBC about her campaign on Monday.",
])
def test_events_reporting_is_no_consultation(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    types = coded_types(nlp, text)
    assert "CONSULT" not in types and "REQUEST" not in types, types


@pytest.mark.parametrize("text, event", [
    ("The Guardian accused the government of lying.", "ACCUSE"),
    ("Governor Ali Bakr met Senator Dara Quell in Rask on Monday.", "CONSULT"),
    ("Governor Ali Bakr asked the army to leave the city.", "REQUEST"),
    ("Senator Jane Roe spoke with Kenyan President William Ruto about trade on Monday.", "CONSULT"),
])
def test_events_other_acts_stay(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    assert event in coded_types(nlp, text)
