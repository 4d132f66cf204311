"""Failure classes of issue 11 (an event of the reference type coded elsewhere or with a wrong or
missing actor), found on the real-news benchmark (dev-work), fixed by grammar and by knowledge:

- a gerund whose subject the parse hung on a preposition of an event-complement verb ("led to the
  government using the guard", "resulted in the police arresting forty workers"): the prepositional
  object is the gerund's doer, but only after verbs whose prepositional object is an event
  (word class ``events.coding.args.event_complement_verbs``); "marched to the parliament demanding
  reforms" is the marchers' demand;
- suspects arrested in an article whose attack has no doer are the ones it holds responsible
  (word class ``events.coding.implicit.attacker_nouns``); suspects only looked for are not.

Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The strike resulted in the Kestrian police arresting forty workers.", "COERCE", "police", "workers"),
    ("Low turnout led to the Ostrian government using the National Guard to staff polling stations.",
     "MOBILIZE", "government", None),
    ("Defence minister Omar Varo was stabbed on Thursday in Rask. Police said two suspects were arrested.",
     "ASSAULT", "suspects", "Varo"),
])
def test_events_hidden_doer_found(nlp, text: str, event: str, actor: str, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.parametrize("text, event, not_actor", [
    ("Protesters marched to the parliament in Rask demanding reforms.", "REQUEST", "parliament"),
    ("The lawyer Omar Varo sent a letter to the Kestrian president demanding his resignation.", "REQUEST", "president"),
    ("Defence minister Omar Varo was stabbed on Thursday in Rask. Police are looking for suspects.", "ASSAULT",
     "suspects"),
])
def test_events_hidden_doer_not_taken(nlp, text: str, event: str, not_actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, event, not_actor), events

