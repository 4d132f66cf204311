"""Failure class found on the benchmark's dev-work cases: a speech act told with a document as its
subject ("The resolution also calls for the UN to ...", "A statement from X urged Y to ...") was
held back by the gate for want of an actor, although the text names who issued the document.
The act is its issuer's (guide 4.3: the speaker is the actor of a statement). Sentences written for
these tests, with invented names, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("A statement from the Kestrian foreign ministry urged Ostria to release the prisoners.", "REQUEST", "ministry"),
    ("The Kestrian ministry's statement called on Ostria to release the prisoners.", "REQUEST", "ministry"),
    ("The resolution, adopted by the Kestrian parliament on Monday, calls on Ostria to withdraw its troops.",
     "REQUEST", "parliament"),
    ("The Kestrian parliament passed a resolution on Monday. The resolution also calls for the UN to condemn Ostria.",
     "REQUEST", "parliament"),
    ("The Velmar Workers Union issued a statement on Friday. The statement condemned the arrests of its members.",
     "ACCUSE", "Union"),
    # the document's own issuer comes before one named earlier
    ("Ana Lund read a statement on Friday. A letter from the Kestrian ministry urged Ostria to free the prisoners.",
     "REQUEST", "ministry"),
])
def test_events_speech_act_of_a_document_is_its_issuers(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events


@pytest.mark.parametrize("text, event, not_actor", [
    # no issuer named: no actor
    ("The statement called on Ostria to release the prisoners.", "REQUEST", ""),
    ("Ana Lund read a statement on Friday. A letter from the Kestrian ministry urged Ostria to free the prisoners.",
     "REQUEST", "Lund"),
    # a document the issuer only received is not the issuer's
    ("The Kestrian ministry received a letter on Monday. The letter urged Ostria to free the prisoners.",
     "REQUEST", "ministry"),
])
def test_events_document_without_an_issuer_keeps_no_actor(nlp, text: str, event: str, not_actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[0] == event and any(not_actor in a for a in e[1])], events
