"""Failure classes of issue 11 (session 26), found on long Wikinews articles outside the corpus.

1. An act judged whose own phrase names whose it is ("a Nevada law", "the Bavarian ban") takes no
   doer from the discourse: "Biden criticized Trump ... Trump filed lawsuits challenging a Nevada
   law" made Biden the target of Trump's lawsuits (the last doer before it), though the law is
   Nevada's. An act judged that names no owner still takes the doer just told ("Ostrian troops
   shelled the town. Kestria condemned the attack.").

Sentences written for these tests, before the fixes.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, not_recipient", [
    ("Biden criticized Trump for his stance on Monday. In addition, Trump filed lawsuits challenging "
     "a Nevada law mandating mail-in ballots.", "ACCUSE", "Trump", "Biden"),
    ("Scholz praised the Austrian chancellor on Monday. On Tuesday, Macron criticized the Bavarian ban "
     "on headscarves.", "ACCUSE", "Macron", "Scholz"),
])
def test_an_act_judged_that_names_its_owner_takes_no_doer_from_before(nlp, text, event, actor, not_recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events
    assert not events_with(events, event, actor, not_recipient), events


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Ostrian troops shelled the border town on Monday. Kestria condemned the attack.", "ACCUSE", "Kestria", "Ostrian troops"),
    ("Russian troops shelled Kharkiv on Monday. Ukraine condemned the attack.", "ACCUSE", "Ukraine", "Russia"),
])
def test_an_act_judged_that_names_no_owner_takes_the_doer_just_told(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events
