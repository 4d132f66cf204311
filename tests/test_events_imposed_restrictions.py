"""Failure class (session 22): restrictions imposed on someone ("imposed restrictions on the opposition
press", "placed restrictions on foreign journalists") were no event, though "imposed a ban on" is
COERCE (restrict). Imposing, placing or tightening restrictions on someone is COERCE (restrict) by
whoever imposes them, the one restricted as recipient. Not: restrictions eased (a concession),
only discussed, or refused. Sentences written for these tests, before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Ostrian government imposed restrictions on the opposition press on Monday.", "Ostrian government", "press"),
    ("Velmar placed new restrictions on foreign journalists.", "Velmar", "journalists"),
    ("The Ostrian interior ministry tightened restrictions on opposition rallies.", "ministry", None),
])
def test_events_imposed_restrictions_are_coerce(nlp, text: str, actor: str, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "COERCE", actor, recipient), events


@pytest.mark.parametrize("text", [
    "The Ostrian government eased restrictions on the opposition press on Monday.",
    "The Ostrian government discussed restrictions on the opposition press on Monday.",
    "The Ostrian government refused to impose restrictions on the opposition press.",
])
def test_events_restrictions_not_imposed_are_no_coercion(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "COERCE"), events
