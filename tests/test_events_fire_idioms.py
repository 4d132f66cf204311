"""Failure class: an attack named by an idiom whose object is "fire" ("opened fire on", "returned
fire", "set fire to") coded nothing, because "fire" is also a disaster no one attacks ("fought the
fire", word class ``events.coding.detect.not_victims``) and that check saw the idiom's own noun as
the victim. The idiom's noun is no victim; a real disaster object still makes no attack.
Sentences written for these tests, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor", [
    ("Velmar soldiers opened fire on protesters in Rask.", "Velmar"),
    ("Ostrian troops returned fire after the attack on their post.", "Ostria"),
    ("Velmar militants set fire to a police station in Rask.", "Velmar"),  # protesters: a riot (test_events_s39)
])
def test_events_fire_idioms_are_attacks(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text), "ASSAULT", actor)


@pytest.mark.parametrize("text", [
    "Velmar firefighters fought the fire in Rask for three days.",
    "Ostrian soldiers battled the wildfire near Rask.",
])
def test_events_fighting_a_fire_is_no_attack(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not events_with(coded_article_events(nlp, text), "ASSAULT")
