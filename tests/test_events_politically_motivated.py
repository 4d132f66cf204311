"""Failure class (issue 11, "statements coded backwards"; found in session 25 on a written probe):
"Iran's Foreign Ministry spokesman called the resolution 'politically motivated'" was coded as
praise (SUPPORT): the general-purpose valence reads "motivated" as good. Calling something
politically motivated or politically driven condemns it (``data/judgement.csv``).
Negative: a motivated worker is still praised. Sentences written for these tests."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Britain drafted a resolution censuring Iran. Iran's Foreign Ministry spokesman Esmaeil Baghaei called the "
    "resolution \"politically motivated\" on Friday.",
    "Britain drafted a resolution censuring Iran. \"Britain's resolution is politically driven,\" Iran's Foreign "
    "Ministry spokesman Esmaeil Baghaei said on Friday.",
])
def test_events_calling_an_act_politically_motivated_condemns_it(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ACCUSE", "Baghaei"), events
    assert not events_with(events, "SUPPORT", "Baghaei"), events


def test_events_a_motivated_worker_is_not_condemned(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Kenyan President William Ruto called the Kenyan athletes highly motivated on "
                                       "Friday.", gated=True)
    assert not events_with(events, "ACCUSE"), events
