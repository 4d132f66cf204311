"""Failure class found in the articles added to the real-news benchmark's dev split this session:
an infinitive under a passive verb ("X was forced to resign", "X were reported by local media to
have visited the hospital", "the rebels are believed to have killed three soldiers") acts with the
passive's subject: X resigned, X visited, the rebels killed. The coder took the passive subject
for the victim and the reporting agent ("local media") for the doer. An infinitive under an active
verb keeps the usual controller ("the court asked X to testify": X testifies). Sentences written for
these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, not_actor", [
    ("Governor Ali Bakr was forced to resign in May.", "RETREAT", "Ali Bakr", None),
    ("Senator Dara Quell and Governor Ali Bakr were reported by local media to have met in Rask.", "CONSULT",
     "Ali Bakr", "media"),
    ("The rebels are believed to have killed three soldiers near Rask.", "ASSAULT", "rebels", None),
])
def test_events_infinitive_under_a_passive_acts_with_its_subject(nlp, text: str, event: str, actor: str,  # type: ignore[no-untyped-def]
                                                                 not_actor: str | None) -> None:
    events = coded_article_events(nlp, text)
    found = events_with(events, event, actor)
    assert found, events
    if not_actor:
        assert not any(not_actor in a for e in found for a in e[1]), events


def test_events_infinitive_under_an_active_verb_keeps_its_object_as_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Senator Dara Quell urged Governor Ali Bakr to resign on Monday.")
    assert not [e for e in events if e[0] == "RETREAT" and any("Dara Quell" in a for a in e[1])], events
