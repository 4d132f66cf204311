"""Failure class (issue 11, "statements coded backwards"; issue 10, "pronouns"): a reported clause
whose subject is a third-person pronoun the coder could not resolve was given to the speaker
whatever the pronoun: "Officials said he stabbed two people" made the officials the stabbers. A
pronoun only stands for the speaker when it can refer to it (number, person or thing, gender: the
agreement the quotes stage uses; "it" and "they" may stand for the body a spokesperson speaks for,
so only "he" and "she" decide); otherwise the act keeps no actor, unresolved rather than wrong.
Sentences written for these tests, positive and negative, seen failing before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, speaker", [
    ("Officials said he stabbed two people on Sunday.", "ASSAULT", "Officials"),
    ("Police said she attacked two officers with a knife.", "ASSAULT", "Police"),
    ("The Kestrian defence ministry said he had shelled the village.", "ASSAULT", "ministry"),
    ("Ana Brandt said he had attacked the convoy.", "ASSAULT", "Ana Brandt"),
    ("The rebels said he had attacked the convoy.", "ASSAULT", "rebels"),
])
def test_events_a_pronoun_that_cannot_be_the_speaker_is_not_the_speaker(nlp, text: str, event: str,
                                                                        speaker: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, event, speaker), events


@pytest.mark.parametrize("text, event, speaker", [
    ("The interior minister, Omar Varo, said he had banned the party on Monday.", "COERCE", "Omar Varo"),
    ("Police said they arrested five protesters on Monday.", "COERCE", "Police"),
    ("The Kestrian foreign ministry said it had expelled two Ostrian diplomats.", "SANCTION", "ministry"),
    ("Ana Tell, the interior minister, said she had banned the party.", "COERCE", "Ana Tell"),
    ("A Kestrian police spokesman said they had arrested five protesters.", "COERCE", "spokesman"),
    ("A spokeswoman for the Kestrian foreign ministry said it had expelled two Ostrian diplomats.", "SANCTION",
     "ministry"),
])
def test_events_a_pronoun_that_agrees_with_the_speaker_is_the_speaker(nlp, text: str, event: str,
                                                                      speaker: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, speaker), events
