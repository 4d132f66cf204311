"""Failure class (issue 11, "word triggers without sense" and "duplicates"; found in session 25 on
written probes of court news): a court ruling against a party is REJECT with that party as
recipient (the guide, section 7).
- A finding told as a small clause ("found the government's election law illegal", "declared the
  ban void") was no event: only "ruled that X was unlawful" and "found X to be unlawful" were read.
- A ruling told with a reported clause ("ruled that the decree was unconstitutional") was coded
  twice, as the court's REJECT and as an ACCUSE of the court's "quote": one verdict, one event.
Negative: a finding of guilt stays a sentence (SANCTION), a finding about no one's act is no
event, and a speaker's own judgement in a quote stays an accusation. Sentences written for these
tests (real places, invented events), seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Poland's Supreme Court found the government's election law illegal on Wednesday.", "Supreme Court",
     "Government of Poland"),
    ("The court declared the government's ban on the opposition party void on Monday.", "court", "government"),
    ("Kenya's High Court ruled on Tuesday that the government's decree banning street protests was "
     "unconstitutional.", "High Court", "Government of Kenya"),
])
def test_events_a_court_finding_against_a_party_is_one_rejection(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "REJECT", actor, recipient), events
    assert not events_with(events, "ACCUSE", actor), events


@pytest.mark.parametrize("text, event", [
    ("The court found the former minister guilty of fraud on Monday.", "SANCTION"),
])
def test_events_a_finding_of_guilt_stays_a_sentence(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event), events
    assert not events_with(events, "REJECT"), events


@pytest.mark.parametrize("text", [
    "The inspectors found the water clean on Monday.",
    "Police found the house empty on Tuesday.",
])
def test_events_a_finding_about_no_ones_act_is_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not coded_article_events(nlp, text, gated=True)


def test_events_a_speakers_own_judgement_stays_an_accusation(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The Chilean Interior Minister Carolina Toha said the opposition's blockade "
                                       "was illegal and dangerous.", gated=True)
    assert events_with(events, "ACCUSE", "Carolina", "opposition"), events
