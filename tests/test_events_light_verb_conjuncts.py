"""Failure class (issue 11, acts lost; found on wire-style text written for the purpose in session
23): "Russian forces launched a massive missile and drone attack on Ukraine's energy grid" was no
event: the parser makes "missile" the object of "launched" and "attack" its conjunct, and a light
verb read only its first object. The act a light verb carries out may be any conjunct of its
object ("a missile and drone attack"); the object it is coordinated with then describes the act (no
recipient), and that object's "on" phrase names the act's target.

Not: conjuncts that are no acts ("launched a website and an app"). Sentences written for these
tests, before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Russian forces launched a massive missile and drone attack on Ukraine's energy grid overnight.",
     "ASSAULT", "Russian forces", "Ukraine"),
    ("Ostrian troops carried out an air and ground assault on the rebel town of Varo.", "ASSAULT", "troops", None),
])
def test_events_light_verb_act_in_a_conjunct(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events
    # the object the act noun is coordinated with describes the act: no recipient
    assert not [e for e in events if any("missile" in r or "drone" in r for r in e[2])], events


def test_events_light_verb_conjuncts_of_no_act(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The Ostrian ministry launched a website and a phone app on Monday.", gated=True)
    assert not events, events
