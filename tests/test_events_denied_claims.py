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


# Session 26: verdicts that call a claim untrue without the word "false" ("absurd", "misleading",
# "slander", "a smear", "disinformation") were condemnations or nothing; they deny it. Said of an
# act or a plan they stay what they were ("called the plan absurd" judges a plan, it denies nothing).
@pytest.mark.parametrize("text, actor, recipient", [
    ("The Velmar foreign ministry said Ostria's accusations were absurd.", "Velmar", "Ostria"),
    ("Velmar dismissed the Ostrian report as misleading.", "Velmar", None),
    ("\"These allegations by Ostria are pure slander,\" said Velmar minister Ivo Tann.", "Ivo Tann", "Ostria"),
    ("The Velmar government said the claims by Ostria were disinformation.", "Velmar", "Ostria"),
    ("Velmar said the allegations were ridiculous and politically motivated.", "Velmar", None),
])
def test_events_other_words_of_untruth_reject_a_claim(nlp, text: str, actor: str, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "REJECT", actor, recipient), events


@pytest.mark.parametrize("text, actor", [
    ("The Velmar foreign ministry said Ostria's plan was absurd.", "Velmar"),
    ("Velmar called the Ostrian sanctions ridiculous.", "Velmar"),
])
def test_events_words_of_untruth_on_no_claim_deny_nothing(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "REJECT", actor), events
