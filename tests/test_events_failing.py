"""Failure class found on the real-news benchmark's dev split (session 8): "fail" read as a refusal
whatever failed: "the party failed to win any seats", "she dropped out after failing to win any
contest", "the minister failed to procure enough test kits", "the plot failed". Failing is no act
of will; it is a REJECT only when what failed is an accord between parties ("failed to agree",
"failed to reach a deal": the parties did not agree). Sentences written for these tests, positive
and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_types

from tidings.extract.events.lexicon import frame_event

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Kenya and Uganda failed to agree on a new border on Monday.",
    "Kenyan and Ugandan negotiators failed to reach a deal on grain exports.",
    "Kenya refused to release the detained journalists.",  # refusing stays a refusal
])
def test_events_failing_to_agree_is_a_rejection(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REJECT" in coded_types(nlp, text)


@pytest.mark.parametrize("text", [
    "The Kenyan Green Party failed to win any seats in the election.",
    "Senator Jane Roe dropped out of the race after failing to win any of the primaries.",
    "The Kenyan health minister failed to procure enough test kits.",
    "A plot to kill the Kenyan president failed in March.",
])
def test_events_failing_is_no_rejection(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REJECT" not in coded_types(nlp, text)


@pytest.mark.parametrize("inner, expected", [
    ("AGREE", "REJECT"), ("CONSULT", "REJECT"), (None, None), ("AID", None), ("ASSAULT", None),
])
def test_events_failing_frame_table(inner: str | None, expected: str | None) -> None:
    assert frame_event("fail", inner)[0] == expected
