"""Failure class found on the real-news benchmark's dev split: a killing told through the act that
did it named no doer when that act's doer was a group noun before it ("killed in a rebel attack"),
the parties "between" whom it was fought ("killed in clashes between troops and separatists"), or
when the act itself was the subject ("a militant bombing killed 38 tourists", "the attack by the
rebels killed ten soldiers"). Whoever did the act noun (its possessor, the names, nationalities
and group nouns before it, its "by" phrase, the parties "between" whom it was) did the killing. A
noun that is no act ("a road accident", "a border town") and an act that names no doer ("the
bombing killed ten soldiers") give no one. Sentences written for these tests, positive and negative,
before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Ten soldiers were killed in a rebel attack on the base near Rask.", "rebel", "soldiers"),
    ("Thirty-three people were killed in renewed clashes between Kestrian troops and separatists on Wednesday.",
     "separatists", "people"),
    ("A militant bombing killed 38 tourists in the old town of Rask on Saturday.", "militant", "tourists"),
    ("The attack by the rebels killed ten soldiers near the border.", "rebels", "soldiers"),
])
def test_events_the_doer_of_the_act_that_killed(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ASSAULT", actor=actor, recipient=recipient), events


@pytest.mark.parametrize("text", [
    "Ten soldiers were killed in a road accident near the base on Monday.",
    "Ten soldiers were killed in a Kestrian border town on Monday.",
    "The bombing killed ten soldiers near the border on Monday.",
    "Ten soldiers were killed in clashes near the border on Monday.",
])
def test_events_no_doer_where_the_act_names_none(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if e[0] == "ASSAULT" and e[1]], events
