"""Failure class (issue 11, recipients; found in session 25 on a written probe of war news): ground
or goods taken "from" someone ("recaptured a strategic bridge from the Rapid Support Forces",
"seized the town of Goma from the Congolese army") had no recipient, the "from" phrase hanging on
the thing taken; and retaking a place ("retook the village from Russian troops") was no event. The
one something is taken from is whom the act is done to (word class
``events.coding.inside.taking_verbs``). Negative: a "from" phrase that names no one ("seized drugs
from a warehouse") gives no recipient, and the recipient told stays. Sentences written for these
tests (real places, invented events), seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Sudan's army said on Thursday it had recaptured a strategic bridge from the paramilitary Rapid Support "
     "Forces.", "ASSAULT", "army", "Rapid Support Forces"),
    ("Rebels seized the town of Goma from the Congolese army on Sunday.", "COERCE", "Rebels", "Armed Forces"),
    ("Ukrainian forces retook the village of Robotyne from Russian troops on Monday.", "ASSAULT", "Ukrainian forces",
     "Russian troops"),
])
def test_events_taken_from_someone_is_done_to_them(nlp, text: str, event: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), event, actor, recipient)


@pytest.mark.parametrize("text, event, actor", [
    ("Police seized drugs from a warehouse in Lagos on Monday.", "COERCE", "Police"),
])
def test_events_taken_from_a_place_names_no_one(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = events_with(coded_article_events(nlp, text, gated=True), event, actor)
    assert not [e for e in events if any("warehouse" in r for r in e[2])], events
