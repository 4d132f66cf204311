"""Failure class found on the real-news benchmark's dev split: a judgement, ruling or protest of a
*thing* (a lawsuit, a decree, a plan, an extension) is against whoever made the thing, and the
news often names the maker in a clause on the thing rather than beside the verb. Sentences written
for these tests, positive and negative, before the fix:

- a participle with a "by" agent: "rejected a lawsuit filed by X", "condemned the decree signed by
  X"; a "by" phrase that names no one ("passed by a wide margin") gives no recipient;
- a relative clause whose subject made the thing: "criticised the plan that X announced", "the
  budget X proposed"; a relative clause whose subject is the thing itself ("the plan that angered
  X") names no maker;
- a phrasal verb's own preposition takes the judged party: "ruled against X's extension" (the
  extension's maker), "ruled against X".
"""

from __future__ import annotations

import pytest
from builders import coded_article_events

pytestmark = pytest.mark.model

INTRO = "Governor Ali Bakr of Ostria and Senator Dara Quell met reporters on Monday. "


@pytest.mark.parametrize("text, event, recipient", [
    ("Senator Dara Quell condemned the decree signed by Governor Ali Bakr.", "ACCUSE", "Ali Bakr"),
    ("The supreme court rejected a lawsuit filed by Governor Ali Bakr.", "REJECT", "Ali Bakr"),
    ("Senator Dara Quell criticised the budget proposed by Governor Ali Bakr last week.", "ACCUSE", "Ali Bakr"),
    ("Senator Dara Quell denounced the plan that Bakr announced on Sunday.", "ACCUSE", "Ali Bakr"),
    ("Senator Dara Quell denounced the plan Bakr announced on Sunday.", "ACCUSE", "Ali Bakr"),
    ("The supreme court ruled against Bakr's extension of the deadline.", "REJECT", "Ali Bakr"),
    ("The supreme court ruled against Governor Ali Bakr.", "REJECT", "Ali Bakr"),
    ("Senator Dara Quell praised the reforms introduced by Governor Ali Bakr.", "SUPPORT", "Ali Bakr"),
])
def test_events_thing_points_at_its_maker(nlp, text: str, event: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, INTRO + text)
    found = [e for e in events if e[0] == event]
    assert found and any(recipient in r for e in found for r in e[2]), events


@pytest.mark.parametrize("text, event", [
    ("The supreme court rejected a lawsuit filed on Friday.", "REJECT"),
    ("Senator Dara Quell criticised the law passed by a wide margin in May.", "ACCUSE"),
    ("Senator Dara Quell denounced the plan that angered Governor Ali Bakr.", "ACCUSE"),
    ("Senator Dara Quell condemned the attack carried out by night.", "ACCUSE"),
])
def test_events_thing_without_a_maker_has_no_recipient_from_its_clause(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, INTRO + text)
    found = [e for e in events if e[0] == event]
    assert not any("Ali Bakr" in r or "margin" in r or "night" in r for e in found for r in e[2]), events



def test_events_aside_on_the_thing_names_no_maker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + "Senator Dara Quell condemned the agreement, which Governor Ali Bakr praised on Sunday."
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[0] == "ACCUSE" and any("Ali Bakr" in r for r in e[2])], events


def test_events_judging_relative_clause_is_not_the_things_maker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Moscow said Russia should be one of the countries acting as guarantors, which Kyiv and its allies "
            "have rejected.")
    events = coded_article_events(nlp, text)
    rejects = [e for e in events if e[0] == "REJECT" and any("Kyiv" in a for a in e[1])]
    assert rejects and not any("Kyiv" in r for e in rejects for r in e[2]), events
