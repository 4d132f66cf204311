"""An act whose object denies it did not happen: "they have conceded nothing", "sent no troops"
(failure class from the real-news benchmark's dev-work: a protester's "They have conceded nothing
in fact" was coded as a concession). The object "nothing"/"none", or one determined by "no", is
a negation, as a "not" on the verb is. Negatives: an object that is something, and "no" inside a
phrase of the object ("released prisoners with no charges"). Sentences written for these tests
before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event", [
    ("The Kestrian government has conceded nothing to the protesters.", "CONCEDE"),
    ("Norland has sent no troops to the border region.", "MOBILIZE"),
    ("The Kestrian government offered no concessions to the strikers on Monday.", "CONCEDE"),
])
def test_events_object_negation_denies_the_act(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, event), events


@pytest.mark.parametrize("text, event", [
    ("The Kestrian government has conceded two seats to the protesters.", "CONCEDE"),
    ("Norland has sent troops to the border region.", "MOBILIZE"),
    ("Kestria released twelve prisoners with no charges on Monday.", "RETREAT"),
])
def test_events_object_negation_keeps_real_acts(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event), events
