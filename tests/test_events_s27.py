"""Failure classes of issue 11 (session 27), found on the real-news benchmark's dev-work split and
on sentences written for the purpose.

1. Removing someone from a post ("Mugabe fired his vice president", "fired FBI Director James
   Comey", "the health minister was sacked by the prime minister", "dismissed the army chief") is
   a SANCTION by the one who removed them, the reference codes it so: "fire" was read as shooting
   (ASSAULT), "dismiss" as a rejection (REJECT) and "sack" as nothing. Firing weapons ("fired tear
   gas at protesters", "fired on the crowd"), dismissing a case, a claim or someone as something
   ("dismissed the report as baseless"), sacking a town, and a firm laying off its staff ("fired
   300 workers": no political act) are no such sanction.

Sentences written for these tests, before the fixes.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Mugabe fired his vice president on Monday.", "Mugabe", "vice president"),
    ("President Donald Trump fired FBI Director James Comey on Tuesday.", "Trump", "Comey"),
    ("The health minister was sacked by Prime Minister Boris Johnson on Monday.", "Johnson", "health minister"),
    ("President Zelensky dismissed the army's commander-in-chief on Thursday.", "Zelensky", "commander"),
])
def test_removing_someone_from_a_post_is_a_sanction(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "SANCTION", actor, recipient), events
    assert not events_with(events, "ASSAULT") and not events_with(events, "REJECT"), events


@pytest.mark.parametrize("text, kept", [
    ("Police fired tear gas at protesters in Nairobi on Monday.", "ASSAULT"),
    ("Soldiers fired on the crowd in Conakry on Sunday.", "ASSAULT"),
    ("The court dismissed the case against the minister on Monday.", None),
    ("The minister dismissed the report as baseless on Monday.", None),
    ("Vandals sacked the museum in Kabul on Monday.", None),
    ("The company fired 300 workers at its plant on Monday.", None),
])
def test_no_removal_from_a_post(nlp, text, kept) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "SANCTION"), events
    if kept:
        assert events_with(events, kept), events
    if "workers" in text:
        assert not events, events
