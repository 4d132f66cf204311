"""A counted phrase of people stands for the people just named: "the two leaders", "both men".

"Xi Jinping held talks with Emmanuel Macron … The two leaders discussed trade": the phrase became
an actor of its own, a group with no country, and the act was no one's that the analyst knows
(issue 11: no actor; issue 10: split actors). As "the two countries" counts out the last states
named, "the two leaders" counts out the last people named in its sentence or the two before (word
class ``events.coding.args.pair_person_heads``); where fewer were named it stands for no one
known, and an indefinite "two leaders" may be any two. Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events

pytestmark = pytest.mark.model

TALKS = "Chinese President Xi Jinping held talks with French President Emmanuel Macron in Beijing on Thursday. "


@pytest.mark.parametrize("second", [
    "The two leaders discussed trade.",
    "Both leaders signed a trade agreement.",
], ids=["the-two-leaders", "both-leaders"])
def test_the_two_leaders_are_those_named(nlp, second: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, TALKS + second)
    # the act of both (told again, it may join the talks' own event: one act, both parties)
    assert not [e for e in events if any("leaders" in a for a in e[1] + e[2])], events
    assert [e for e in events if set(e[1] + e[2]) >= {"Xi Jinping", "Emmanuel Macron"}], events


def test_more_people_counted_than_named_is_no_one_named(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, TALKS + "The three leaders discussed trade.")
    assert not [e for e in events if e[0] == "CONSULT" and len(e[1]) == 3], events


def test_an_indefinite_count_is_no_one_named(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, TALKS + "Two leaders from Africa discussed trade.")
    assert not [e for e in events if e[0] == "CONSULT" and set(e[1]) >= {"Xi Jinping", "Emmanuel Macron"}
                and "trade" in str(e)], events
