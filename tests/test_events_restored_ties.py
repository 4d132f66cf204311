"""Failure class (session 22): restoring or resuming relations ("Saudi Arabia restored diplomatic ties
with Iran", "the two countries resumed relations") was no event, while cutting them is SANCTION.
Restored, resumed, normalised or re-established relations are diplomatic cooperation: SUPPORT
(diplomatic) by the one who restores them, the other side as recipient. Not: relations only
discussed ("discussed their relations"), refused ("refused to restore ties": a rejection), or
cut. Sentences written for these tests, before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Saudi Arabia restored diplomatic ties with Iran on Friday.", "Saudi Arabia", "Iran"),
    ("Ostria resumed diplomatic relations with Velmar after a break of ten years.", "Ostria", "Velmar"),
    ("Kestria normalised relations with Ostria on Monday.", "Kestria", "Ostria"),
])
def test_events_restored_relations_are_support(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "SUPPORT", actor, recipient), events


@pytest.mark.parametrize("text, event", [
    ("Ostria refused to restore diplomatic ties with Velmar.", "REJECT"),
    ("Ostria cut diplomatic ties with Velmar on Friday.", "SANCTION"),
])
def test_events_relations_refused_or_cut_keep_their_type(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, "Ostria"), events
    assert not events_with(events, "SUPPORT", "Ostria"), events
