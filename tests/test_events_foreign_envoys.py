"""Another state's envoy is the recipient of an expulsion or a summons; only one's own is not.

"Pakistan expelled India's ambassador" lost its recipient: any envoy with a possessor was taken for
the actor's own ("recalled its ambassador"), whom the act is no act against (issue 11: who did
what to whom). A possessive pronoun ("its", "their", "our") or the actor's own name makes the envoy
one's own; another name ("India's") makes it the other side's. Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model

FOREIGN = [
    ("expelled-possessed", "Pakistan expelled India's ambassador on Monday.", "SANCTION", "Pakistan"),
    ("summoned-possessed", "Pakistan summoned India's envoy over the remarks.", "ACCUSE", "Pakistan"),
]


@pytest.mark.parametrize("text, event, actor", [c[1:] for c in FOREIGN], ids=[c[0] for c in FOREIGN])
def test_another_states_envoy_is_the_recipient(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = events_with(coded_article_events(nlp, text), event, actor)
    assert events and all(e[2] for e in events), events
    assert any("India" in r or "ambassador" in r or "envoy" in r for e in events for r in e[2]), events


OWN = [
    ("recalled-its", "France recalled its ambassador from Mali."),
    ("recalled-own-name", "France recalled France's ambassador to Mali for consultations."),
]


@pytest.mark.parametrize("text", [c[1] for c in OWN], ids=[c[0] for c in OWN])
def test_ones_own_envoy_is_no_recipient(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[1] and any("ambassador" in r for r in e[2])], events
