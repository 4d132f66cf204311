"""Failure class (issue 11, "word triggers without sense"; noticed in session 23): "block" was always
an obstruction (PROTEST): "Hungary had blocked the sanctions package for weeks" and "Turkey blocked
Sweden's bid to join NATO" are vetoes (REJECT), while protesters blocking a road still obstruct. And
dropping one's objections ("before dropping its objections on Wednesday") is a concession. Sentences
written for these tests (real names, invented events), positive and negative, seen failing before
the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("Hungary had blocked the sanctions package for weeks.", "REJECT", "Hungary"),
    ("Turkey blocked Sweden's bid to join NATO on Monday.", "REJECT", "Turkey"),
    ("The Senate blocked the bill on Tuesday.", "REJECT", "Senate"),
    ("Hungary dropped its objections to the package on Wednesday.", "CONCEDE", "Hungary"),
    ("Protesters blocked the main road into the capital on Monday.", "PROTEST", "Protesters"),
])
def test_events_blocking_a_decision_is_a_veto(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events
    if event != "PROTEST":
        assert not events_with(events, "PROTEST", actor), events
