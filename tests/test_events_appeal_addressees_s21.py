"""Failure class found on the real-news benchmark's dev split: an appeal to people the knowledge
base has no term for ("called on world politicians to support …", "urged believers to pray …")
was no event at all: the addressee was not taken for someone, so the appeal named no one it asks
and was dropped. The construction says who they are: whoever an appeal verb (word class
``addressed_appeal``) asks to do something is someone, when the noun names people by what they do
("politicians", "believers", "a regulator") or a body the knowledge base names ("urged the
newspaper to apologise", session 22). Things an appeal wants to go on ("urged the talks to
continue"), a passive infinitive ("urged the bill to be passed") and the same nouns outside an
appeal stay no one. Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, recipient", [
    ("The narcotics board last month called on world politicians to support Varo's efforts to curb trafficking.",
     "politicians"),
    ("The bishop of Rask called on believers to pray for peace in Ostria.", "believers"),
    ("The Kestrian government urged the regulator to investigate the bank.", "regulator"),
    ("The union appealed to shipbuilders to raise wages before the strike.", "shipbuilders"),
    # session 22: a body the knowledge base names by a common noun, asked to act
    ("The Chinese embassy urged the newspaper to apologise for the article.", "newspaper"),
    ("The Kestrian court ordered the company to pay compensation to the workers.", "company"),
])
def test_events_appeal_to_people_by_what_they_do(nlp, text: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "REQUEST", recipient=recipient), events


@pytest.mark.parametrize("text, word", [
    # what the appeal wants to go on is no one
    ("The president of Ostria urged the talks to continue on Monday.", "talks"),
    # a passive infinitive: the thing is acted on, not asked to act
    ("The Kestrian minister urged the border to be reopened.", "border"),
    # the same noun outside an appeal
    ("The report on world politicians was published in Rask on Monday.", "politicians"),
])
def test_events_things_an_appeal_names_stay_no_one(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not any(word in r for e in events for r in e[2]), events
