"""Failure class (issue 11, recipients; found in session 25 on a written probe of trade and war
news): "Iran retaliated with missile strikes on Israel" was an assault on no one: the verb's event
took in the noun of how it was done ("missile strikes") and its mode, but not the noun's target.
An act told by a verb and the noun of the same act takes the noun's target when the verb names no
one. Negative: a target the verb names stays, and a place is no one. Sentences written for these
tests (real names, invented events), seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Iran retaliated with missile strikes on Israel on Tuesday.", "Iran", "Israel"),
    ("Hezbollah retaliated with rocket attacks against Israel on Sunday.", "Hezbollah", "Israel"),
])
def test_events_an_act_done_with_a_named_act_takes_its_target(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), "ASSAULT", actor, recipient)


def test_events_the_verbs_own_target_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Israel retaliated against Hezbollah with airstrikes on Monday.", gated=True)
    assert events_with(events, "ASSAULT", "Israel", "Hezbollah"), events
