"""Failure class (issue 11, "background as news"; "generic statements"): an act a law, a bill or a
ruling only allows someone to do ("the new law allows police to detain suspects for 30 days", "a bill
which will permit the prosecutor to issue arrest warrants") was coded as done. What is allowed,
permitted, enabled or authorised is a power, not an act, as what someone "can" or "needs to" do
already was (``events.coding.modality.enabling_frames``): a candidate, not the default output. The
granting itself keeps its own reading, and an act done under it is still an act. Sentences written
for these tests, positive and negative, seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("The new Kestrian law allows police to detain suspects for 30 days without charge.", "COERCE", "police"),
    ("The Kestrian Senate passed a bill which will permit the prosecutor to issue arrest warrants on persons who "
     "have not been charged.", "ACCUSE", "prosecutor"),
    ("The decree authorises the army to arrest protesters without a warrant.", "COERCE", "army"),
])
def test_events_an_act_only_allowed_is_no_act(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    assert not events_with(coded_article_events(nlp, text), event, actor)


@pytest.mark.parametrize("text, event, actor", [
    ("Kestrian police detained 40 suspects on Monday under the new law.", "COERCE", "police"),
    ("The Kestrian army arrested 12 protesters on Monday after the decree took effect.", "COERCE", "army"),
])
def test_events_an_act_done_under_a_law_is_an_act(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), event, actor)
