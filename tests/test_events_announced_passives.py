"""Failure class found on the real-news benchmark's dev split (a missing actor): an act announced
as what will be done, in the passive and without its doer ("the minister announced that 500
million would be injected into the banks", "announced that sanctions will be imposed on X"), is
the announcer's own. A passive told as done ("said that three soldiers were killed"), one with its
doer ("announced that the town would be shelled by the rebels") or one only said ("said that
sanctions would be imposed") keeps what the clause says. Sentences written for these tests,
positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("Finance Minister Omar Varo announced that 500 million rubles would be injected into the banks.", "AGREE",
     "Omar Varo"),
    ("President Ali Bakr announced on Monday that sanctions will be imposed on Kestria.", "THREATEN", "Ali Bakr"),
    # a promised release is a concession (test_events_promised_concessions)
    ("The Ostrian government pledged that the prisoners would be released by Friday.", "CONCEDE", "Ostrian government"),
])
def test_events_announced_passive_is_the_announcers(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events


@pytest.mark.parametrize("text, actor", [
    ("President Ali Bakr announced that three soldiers were killed in Kestria.", "Ali Bakr"),
    ("President Ali Bakr said that sanctions would be imposed on Kestria.", "Ali Bakr"),
    ("President Ali Bakr announced that the town would be shelled by the rebels.", "Ali Bakr"),
])
def test_events_other_passives_keep_their_doer(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[0] in ("ASSAULT", "THREATEN", "SANCTION") and any(actor in a for a in e[1])], events
