"""A restriction lifted through a pronoun ("declared a state of emergency ... voted to lift it")
is the restriction the pronoun stands for: lifting an emergency, a curfew or a lockdown is a
RETREAT, as when it is named (failure class from the real-news benchmark's dev-work: "the cabinet
voted to lift it" was coded as an administrative easing, CONCEDE). The pronoun stands for the
nearest restriction named in its sentence or the one before. Negatives: with no restriction
before it, "lift it" keeps the verb's own reading. Sentences written for these tests before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


def test_events_lifted_pronoun_takes_its_restriction(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Kestrian government declared a state of emergency in November. "
            "The Kestrian cabinet voted to lift it on Saturday.")
    events = coded_article_events(nlp, text)
    assert events_with(events, "RETREAT", "cabinet"), events
    assert not events_with(events, "CONCEDE", "cabinet"), events


def test_events_lifted_pronoun_without_restriction(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Kestrian government announced a new tax on fuel. The Kestrian cabinet voted to lift it on Saturday."
    events = coded_article_events(nlp, text)
    assert not events_with(events, "RETREAT", "cabinet"), events
