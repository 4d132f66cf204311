"""Failure classes of acts judged by what they act on, found on the real-news benchmark's dev split,
as tables of sentences written for these tests (positive and negative cases), written before the
fix:

- cutting something (suspend, cancel, reduce, halt, end) is a sanction only when what is cut is a
  tie or a cooperative act between actors (aid, talks, relations, trade, flights); cancelling an
  event of one's own, reducing a price or suspending operations punishes no one;
- warning is a threat only when the warning is addressed to someone or what is warned of is a
  hostile act; forecasters warning of floods or a company warning it may run out of money
  threaten no one;
- taking a stance (oppose, support) on an issue is no event; opposing or supporting someone, or
  someone's act, is;
- "require" states a need, not a request.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, coded_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event", [
    ("Kestria suspended all aid to Ostria on Monday.", "SANCTION"),
    ("The government cancelled the talks with the rebels.", "SANCTION"),
    ("Ostria halted trade with Kestria after the incident.", "SANCTION"),
    ("Kestria reduced its diplomatic relations with Ostria.", "SANCTION"),
    ("President Ali Bakr warned Kestria against any incursion.", "THREATEN"),
    ("Ostria warned that its army would strike rebel positions if the attacks continued.", "THREATEN"),
    ("Ostrian President Ana Tell opposed the Kestrian president's statement.", "ACCUSE"),  # what was said: disapproval
    ("Ostrian President Ana Tell opposed Kestria's candidate for the council.", "REJECT"),
    ("Kestria supported Ostria's bid for a seat on the council.", "SUPPORT"),
    ("Senator Jane Roe backed Governor Ali Bakr in the primary.", "SUPPORT"),
])
def test_events_acted_on_fits(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    assert event in coded_types(nlp, text), coded_article_events(nlp, text)


@pytest.mark.parametrize("text, event", [
    ("President Ali Bakr cancelled an address he was to give during the evening.", "SANCTION"),
    ("The city of Milwaukee reduced the number of polling stations from 180 to 5.", "SANCTION"),
    ("The embassy had suspended operations on Friday.", "SANCTION"),
    ("The company reduced its prices by ten percent.", "SANCTION"),
    ("Forecasters have warned that flooding may hit the coast.", "THREATEN"),
    ("The company has warned that it might run out of money by March.", "THREATEN"),
    ("The party strongly opposes abortion and illegal immigration.", "REJECT"),
    ("Governor Ali Bakr supports lower taxes.", "SUPPORT"),
    ("UNESCO said the change of name would require its approval.", "REQUEST"),
    ("It was a role that required singing.", "REQUEST"),
])
def test_events_acted_on_does_not_fit(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    assert event not in coded_types(nlp, text), coded_article_events(nlp, text)
