"""Failure classes found on the real-news benchmark's dev split: events with no actor although the
sentence names one, because the subject is shared:

- a gerund in a prepositional phrase ("In addition to stepping down as governor, X announced ...")
  acts with the subject of the clause it modifies, however deep the phrase;
- an active verb coordinated with a passive one shares its subject ("X was defeated and resigned
  his post": X resigned, even when the passive names its agent: "X was criticised by the press
  and resigned" is X's resignation, not the press's), while a coordinated passive shares its patient ("X was arrested and
  charged": X was charged, by no one named).

Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("In addition to stepping down as governor, Ali Bakr announced new elections.", "RETREAT", "Ali Bakr"),
    ("Governor Ali Bakr was defeated in the district and resigned his leadership of the party.", "RETREAT",
     "Ali Bakr"),
    # the passive's "by" agent did the first act only: Bakr resigned, the press did not
    ("The minister Ali Bakr was criticised by the press and resigned on Friday.", "RETREAT", "Ali Bakr"),
])
def test_events_shared_subject_acts(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events


@pytest.mark.parametrize("text, event, not_actor", [
    # a coordinated passive: Bakr was charged, he charged no one
    ("Governor Ali Bakr was arrested and charged with fraud on Monday.", "ACCUSE", "Ali Bakr"),
    ("Governor Ali Bakr was arrested and charged with fraud on Monday.", "COERCE", "Ali Bakr"),
    ("The minister Ali Bakr was criticised by the press and resigned on Friday.", "RETREAT", "press"),
])
def test_events_coordinated_passive_keeps_its_patient(nlp, text: str, event: str, not_actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, event, not_actor), events
