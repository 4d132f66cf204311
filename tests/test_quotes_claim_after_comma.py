"""Failure class (session 22): "The Pakistani foreign office blamed India for the attack, an accusation
New Delhi denied" was read as a report by New Delhi of the words before the comma (the parser
makes "an accusation" the subject of "denied"), so the accusation became New Delhi's words and no
event. A claim noun ("an accusation", "a claim", quotes.claim_noun) naming the words before it
is no one reporting them: the words stay the narrator's. Not: a speaker after the comma ("…, New
Delhi said"). Sentences written for these tests, before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with, named_speakers

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Pakistani foreign office blamed India for the attack, an accusation New Delhi denied.", "Pakistan", "India"),
    ("Ostria accused Velmar of shelling the town, a claim the Velmar government rejected.", "Ostria", "Velmar"),
    # session 23: the claim noun parsed as the object of the verb whose subject follows it ("a charge
    # Kabul denies": a reduced relative read as a clause of its own)
    ("Islamabad accused Kabul of sheltering the group, a charge Kabul denies.", "Islamabad", "Kabul"),
    ("Pakistan has accused Afghanistan's Taliban government of sheltering the group, a charge Kabul denies.",
     "Pakistan", "Afghanistan"),
])
def test_words_a_claim_noun_names_stay_the_narrators(nlp, code_text, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert not named_speakers(code_text(text)), named_speakers(code_text(text))
    assert events_with(coded_article_events(nlp, text, gated=True), "ACCUSE", actor, recipient)


def test_a_speaker_after_the_comma_still_reports(code_text) -> None:  # type: ignore[no-untyped-def]
    got = named_speakers(code_text("The accusation is false and baseless, the Indian foreign ministry said."))
    assert any(v and "ministry" in v for v in got.values()), got
