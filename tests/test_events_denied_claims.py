"""Failure class: calling a claim false is a denial (REJECT of whoever made the claim), not a
condemnation: "said the Ostrian accusations were baseless", "dismissed the claims as fabricated",
"called the report false" were coded ACCUSE. A verdict of falsity (word class
``events.coding.speech.falsity_words``) on a noun of saying (``events.coding.speech.claim_nouns``)
rejects the claim; its maker, when the text names one, is the recipient. A verdict on a claim that
is not about its truth ("the accusations were shocking") and a falsity verdict on an act ("the
election was fake") stay what they were. Sentences written for these tests, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Velmar government said the Ostrian accusations were baseless.", "Velmar", None),
    ("\"These claims by Ostria are completely false,\" said Velmar foreign minister Ivo Tann.", "Ivo Tann", "Ostria"),
    ("Velmar dismissed Ostria's allegations as fabricated.", "Velmar", "Ostria"),
    ("The Velmar foreign ministry called Ostria's report a lie.", "Velmar", "Ostria"),
])
def test_events_falsity_of_a_claim_is_a_rejection(nlp, text: str, actor: str, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "REJECT", actor, recipient), events
    assert not events_with(events, "ACCUSE", actor), events


@pytest.mark.parametrize("text, event, actor", [
    ("\"The allegations against Ostria are shocking and disgraceful,\" said Velmar minister Ivo Tann.", "ACCUSE", "Ivo Tann"),
    ("Velmar dismissed the Ostrian election as a fraud.", "ACCUSE", "Velmar"),
])
def test_events_other_verdicts_stay_condemnations(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "REJECT", actor), events


def test_events_a_bracketed_acronym_is_no_verdict(nlp) -> None:  # type: ignore[no-untyped-def]
    """'named the Front (VLF) as terrorists': the acronym in brackets names, the "as" phrase judges."""
    events = coded_article_events(nlp, "Ostria named the Velmar Liberation Front (VLF) as a terrorist group.")
    assert events_with(events, "ACCUSE", "Ostria"), events
