"""Failure class found on the real-news benchmark's dev split: asking someone for something, as a
table of sentences written for these tests (positive and negative cases), written before the fix.

"X asked Y for Z" is a REQUEST of X to Y, whatever Z is (help, money, "US$5 billion in aid");
"X seeks Z from Y" is a REQUEST of X to Y. Who is named inside Z is not the one asked. Seeking
without anyone to ask ("seeks re-election", "seeks to expand") is no request.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Chrysler has asked the US government for an additional US$5 billion in aid.", "Chrysler", "United States"),
    ("Kestria asked Ostria for help with the refugees.", "Kestria", "Ostria"),
    ("General Motors announced that it seeks $16.6 billion in loans from the government.", "General Motors",
     "Government of the United States"),
    ("Ostria is seeking military aid from the United States.", "Ostria", "United States"),
])
def test_events_asking_someone_for_something(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    found = [e for e in events if e[0] == "REQUEST" and any(actor in a for a in e[1])]
    assert found and any(recipient in r for e in found for r in e[2]), events


@pytest.mark.parametrize("text, not_recipient", [
    ("Kestria asked Ostria for help with the refugees.", "refugees"),
    ("Chrysler asked the government for loans to pay its workers.", "workers"),
])
def test_events_asking_for_names_no_recipient_inside_the_thing(nlp, text: str, not_recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[0] == "REQUEST" and any(not_recipient in r for r in e[2])], events


@pytest.mark.parametrize("text", [
    "Governor Ali Bakr is seeking re-election in November.",
    "The company seeks to expand its fleet.",
    "Senator Jane Roe sought the nomination of her party.",
])
def test_events_seeking_without_anyone_asked_is_no_request(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in coded_article_events(nlp, text) if e[0] == "REQUEST"], coded_article_events(nlp, text)
