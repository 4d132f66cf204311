"""Failure class found on the real-news benchmark (dev): an agentless legal act told by a participle
("appeared in court, charged with murder", "the man, detained on Friday, ...") or by a verdict
adjective ("were found guilty", "was found not guilty") kept no actor, although the same act as a
finite passive ("was charged") takes the authority the article names (``data/legal_acts.csv``).
A participle or verdict with its own "by" phrase keeps it; an active clause keeps its subject; an
article naming no authority leaves the act without actor. Sentences written for these tests,
positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("Omar Varo appeared in the Rask district court yesterday, charged with one count of murder. The Rask "
     "police said more charges would follow.", "ACCUSE", "police"),
    ("Omar Varo, detained on Friday in Rask, was questioned for six hours. The Rask police declined to comment.",
     "COERCE", "police"),
    ("Two Ostrian police officers were found guilty on Thursday of assaulting a tourist. The Rask criminal court "
     "will announce the sentence next week.", "SANCTION", "court"),
    ("Omar Varo was found not guilty of fraud on Monday. The Rask district court will publish its reasons next week.",
     "RETREAT", "court"),
])
def test_events_agentless_participle_or_verdict_takes_the_authority(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events


@pytest.mark.parametrize("text, event, actor, not_actor", [
    # a "by" phrase names the doer: no authority replaces it
    ("Omar Varo appeared in court yesterday, charged by the Rask prosecutors with fraud. The Rask police "
     "declined to comment.", "ACCUSE", "prosecutors", "police"),
    # no authority named anywhere: the act keeps no actor
    ("Omar Varo appeared before a judge yesterday, charged with one count of murder. His family said he was "
     "innocent.", "ACCUSE", None, "family"),
])
def test_events_agentless_participle_negatives(nlp, text: str, event: str, actor: str | None, not_actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    if actor:
        assert events_with(events, event, actor), events
    assert not events_with(events, event, not_actor), events
