"""Failure class (issue 11, "no event"), from wire-style conflict copy written for the purpose:
"Russian forces launched missiles at Kyiv", "launched a barrage of missiles and drones at Ukraine's
power grid", "Hezbollah launched a salvo of rockets at northern Israel" were no event: "launch" is an
attack only with an attack noun ("launched an offensive"). Launching projectiles (missiles, rockets,
drones, shells; or a barrage or a salvo of them) is an attack, as firing them was; launching a
campaign, a website or a satellite is not. Sentences written for these tests (real names,
invented events), positive and negative, seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Russian forces launched missiles at Kyiv on Friday.", "Russian forces", "Kyiv"),
    ("Russian forces launched a barrage of missiles and drones at Ukraine's power grid overnight.", "Russian forces",
     "Ukraine"),
    ("Hezbollah launched a salvo of rockets at northern Israel on Tuesday.", "Hezbollah", "Israel"),
])
def test_events_launching_projectiles_is_an_attack(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), "ASSAULT", actor, recipient)


@pytest.mark.parametrize("text", [
    "The Kestrian government launched a campaign against smoking on Monday.",
    "The Kestrian space agency launched a weather satellite on Monday.",
    "The Kestrian ministry launched a new website on Monday.",
])
def test_events_launching_other_things_is_no_attack(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in coded_article_events(nlp, text, gated=True) if e[0] == "ASSAULT"]
