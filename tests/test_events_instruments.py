"""Failure class found in the articles added to the real-news benchmark's dev split this session:
force used through an instrument ("the police used water cannons and tear gas against protesters",
"protesters threw rocks and petrol bombs at the police") was no event: "use" and "throw" name
nothing alone. Using, firing or throwing a weapon or a means of force (word class
``force_instruments``) at or against someone is an assault; using something that is no weapon
("used the money against inflation"), or a weapon at no one named ("used tear gas"), is not one
unless thrown. Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("The police used water cannons and tear gas against protesters on Sunday.", "police", "protesters"),
    ("Some protesters threw rocks and petrol bombs at the police in Rask.", "protesters", "police"),
    ("Soldiers used live ammunition on the crowd outside the ministry.", "Soldiers", "crowd"),
])
def test_events_force_through_an_instrument_is_an_assault(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    found = [e for e in events if e[0] == "ASSAULT" and any(actor in a for a in e[1])]
    assert found and any(recipient in r for e in found for r in e[2]), events


@pytest.mark.parametrize("text", [
    "The central bank used the reserves against inflation.",
    "The senator threw his support behind the bill.",
    "The ministry used the money to build schools.",
])
def test_events_using_no_weapon_is_no_assault(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[0] == "ASSAULT"], events
