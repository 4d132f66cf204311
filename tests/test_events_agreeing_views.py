"""Agreeing with a view is no agreement: "Governor X agreed, saying only the rebels could have done
it", "minister X agreed that the talks had been long" concur with what someone said; PLOVER's
AGREE is an undertaking ("agreed to a ceasefire", "agreed that a ceasefire would begin") or a
joint decision ("Kestria and Norland agreed"). Failure class from the real-news benchmark's
dev-work: a bare "X agreed, saying ..." and "all agreed that X was rare" were coded AGREE (and
took the place of the accusation the sentence makes). Sentences written for these tests before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Regional governor Omar Varo agreed, saying only the rebels could have carried out the bombing.",
    "Kestrian minister Mira Tal agreed that the talks had been long.",
])
def test_events_agreeing_with_a_view_is_no_agreement(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "AGREE"), events


@pytest.mark.parametrize("text", [
    # agreeing to a ceasefire itself is a concession (tests/test_events_s37.py, class 4)
    "Kestria agreed to a trade deal with Norland on Monday.",
    "Kestria and Norland agreed that a ceasefire would begin on Monday.",
    "Kestrian minister Mira Tal agreed to hold talks with the rebels.",  # a promised release is CONCEDE (test_events_promised_concessions)
])
def test_events_undertakings_stay_agreements(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "AGREE"), events
