"""Failure class found on the real-news benchmark's dev split: the recipient of an event whose cue
acts on a thing. Table of sentences written for these tests (positive and negative cases),
written before the fix.

- a thing a cue acts on is its owner's, not that of whoever a phrase deep inside it names:
  "did not accede to the students' demands for an inquiry independent of the ministry" rejects
  the students, not the ministry; an owner named by "of" stays the owner ("rejected the demands
  of the ministry").
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient, not_recipient", [
    ("Chief Executive Mara Venn did not accede to students' demands for an inquiry independent of the ministry.",
     "Mara Venn", "students", "ministry"),
    ("The Ostrian minister Ali Bakr rejected farmers' calls for a review by the Kestrian government.",
     "Ali Bakr", "farmers", "Kestria"),
])
def test_events_thing_belongs_to_its_owner(nlp, text: str, actor: str, recipient: str,
                                           not_recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    found = [e for e in events if e[0] == "REJECT" and any(actor in a for a in e[1])]
    assert found and any(recipient in r for r in found[0][2]), events
    assert not any(not_recipient in r for r in found[0][2]), events


@pytest.mark.parametrize("text, actor, recipient", [
    ("Chief Executive Mara Venn rejected the demands of the ministry.", "Mara Venn", "ministry"),
    ("The Ostrian government rejected the Kestrian proposal.", "Ostria", "Kestria"),
])
def test_events_owner_by_of_or_modifier_stays(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "REJECT", actor, recipient), events
