"""Failure class (issue 11, "no actor" and "word triggers without sense"; found in session 25 on a
written probe of Bolivian politics): "the airstrike ordered by the president killed 12 people" was a
request by the president (of no one) and a killing by no one. A participle of ordering on an act
noun (word class ``events.coding.implicit.ordering_verbs``) names who ordered the act: its doer
(``candidate.ordered_by``), no request of anyone. Negative: ordering an act ("the president ordered
an airstrike") stays the orderer's act, and a person ordered by a court to act is still ordered.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


def test_events_an_act_ordered_by_someone_is_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The airstrike ordered by the Sudanese president killed 12 people in the "
                                       "village.", gated=True)
    assert events_with(events, "ASSAULT", "president", "people"), events
    assert not events_with(events, "REQUEST"), events


@pytest.mark.parametrize("text, event, actor", [
    ("The Sudanese president ordered an airstrike on the village.", "ASSAULT", "president"),
    ("The Kenyan minister, ordered by the High Court to pay a fine, resigned on Monday.", "RETREAT", "minister"),
])
def test_events_ordering_otherwise_stays(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), event, actor)
