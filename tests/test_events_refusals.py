"""Failure class found on the real-news benchmark's dev split: refusals reported in the past or
by a court. Table of sentences written for these tests (positive and negative cases), written
before the fix.

- not accepting, acceding to, agreeing to, recognising or complying with something is a refusal
  (REJECT) whatever the tense: "did not accede to the protesters' demands";
- a court ruling against someone or their act rejects it: "the Supreme Court ruled against
  Conley's extension";
- an act that did not happen is no refusal when it is not one of acceptance ("did not meet the
  minister", "did not attack the town").
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, coded_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor", [
    ("Chief Executive Carrie Lam did not accede to the protesters' demands for an inquiry.", "Carrie Lam"),
    ("The Ostrian government did not accept the Kestrian offer of talks.", "Ostria"),
    ("Governor Ali Bakr refused to recognise the result of the vote.", "Ali Bakr"),
    ("The Supreme Court ruled against Judge Omar Dell's extension of the deadline.", "Supreme Court"),
])
def test_events_refusal_is_a_rejection(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert [e for e in events if e[0] == "REJECT" and any(actor in a for a in e[1])], events


@pytest.mark.parametrize("text", [
    "President Ali Bakr did not meet the Kestrian minister on Monday.",
    "Ostrian troops did not attack the town.",
    "The court ruled on the case on Monday.",
])
def test_events_act_that_did_not_happen_is_no_refusal(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REJECT" not in coded_types(nlp, text), coded_article_events(nlp, text)
