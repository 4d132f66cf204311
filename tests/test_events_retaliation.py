"""Failure class: a vow to retaliate was coded AGREE, a promise of cooperation, because "retaliate"
named no act in the lexicon and a commitment to an untyped act reads as an agreement. Retaliation
(and avenging) is a hostile act: vowed, it is THREATEN; done, it is ASSAULT, unless the text says
which act it was ("retaliated by expelling two diplomats": that act). Sentences written for these
tests, before the rows were added.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("Velmar vowed to retaliate against Ostria for the attack.", "THREATEN", "Velmar"),
    ("The Ostrian defence minister promised to avenge the soldiers killed in Rask.", "THREATEN", "Ostria"),
    ("Ostria retaliated with airstrikes on Velmar positions.", "ASSAULT", "Ostria"),
])
def test_events_retaliation_is_hostile(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events
    assert not events_with(events, "AGREE"), events


def test_events_retaliation_by_a_named_act_is_that_act(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Ostria retaliated by expelling two Velmar diplomats.")
    assert events_with(events, "SANCTION", "Ostria"), events
