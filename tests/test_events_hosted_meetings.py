"""Failure class of issue 11 (a meeting coded with the wrong side as its actor), found on the
real-news benchmark (dev-work): a meeting held in the country of one of its sides is hosted by that
side; the reference codes the guests as the meeting's actors and the host as its recipient, as it does
for "X hosted Y" (:mod:`tidings.extract.events.hosts`). "A met with B in A's capital" is B's visit
to A; "A met with B in B's capital" and a meeting on neutral ground keep the grammar's roles.
Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Brazilian President Omar Varo met with South Korean President Lina Dorn in Brasilia on Monday.", "Dorn", "Varo"),
    ("Egyptian foreign minister Omar Varo and his Greek and French counterparts met in Cairo on Wednesday.",
     "counterparts", "Varo"),
    # on neutral ground or in the guest's own country, the grammar's roles stay
    ("Brazilian President Omar Varo met with South Korean President Lina Dorn in Seoul on Monday.", "Varo", "Dorn"),
    ("Brazilian President Omar Varo met with South Korean President Lina Dorn in Geneva on Monday.", "Varo", "Dorn"),
])
def test_events_host_is_recipient(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "CONSULT", actor, recipient), events
    assert not events_with(events, "CONSULT", recipient), events
