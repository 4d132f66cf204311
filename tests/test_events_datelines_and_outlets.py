"""Two failure classes (issue 10, "places typed as actors"; issue 11, "wrong recipient"):

- a dateline written in title case ("Nairobi, Kenya -- The main rebel group agreed ...") was read
  as the capital standing for its government, which then did what the story's subject did; only
  datelines in capitals were known. A paragraph that opens with place names, commas or an
  agency in brackets and then a dash is a dateline, whatever the case.
- a news outlet a statement was made to ("denied the claim to Reuters") was coded as the one the
  denial was aimed at. An outlet in a statement's "to" phrase is the channel, not the recipient;
  an outlet the statement is about ("accused Reuters of bias") still is.

Sentences written for these tests (real places and outlets, invented events), positive and
negative, seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, place", [
    ("Nairobi, Kenya -- The main rebel group in Somalia agreed on Wednesday to stop fighting.", "Nairobi"),
    ("Mogadishu (Reuters) - The main rebel group in Somalia agreed on Wednesday to stop fighting.", "Mogadishu"),
])
def test_events_a_title_case_dateline_is_no_actor(nlp, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events and not any(place in a for e in events for a in e[1] + e[2]), events


def test_events_a_capital_opening_a_sentence_still_acts(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Nairobi rejected the demand of the Somali rebels on Wednesday.", gated=True)
    assert events_with(events, "REJECT", "Nairobi") or events_with(events, "REJECT", "Kenya"), events


@pytest.mark.parametrize("text, event, outlet, is_recipient", [
    ("The Kestrian attorney general's office denied the claim to Reuters.", "REJECT", "Reuters", False),
    ("The Kestrian interior minister told the BBC that the protesters were criminals.", "ACCUSE", "BBC", False),
    ("The Kestrian interior minister accused Reuters of bias.", "ACCUSE", "Reuters", True),
])
def test_events_an_outlet_spoken_to_is_the_channel(nlp, text: str, event: str, outlet: str, is_recipient: bool) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert bool(events_with(events, event, recipient=outlet)) == is_recipient, events


def test_events_a_dateline_is_no_part_of_the_first_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    """The parser made the dateline's city the subject of the story's first sentence, and the
    first of two coordinated parties was lost: the dateline ends a sentence of its own."""
    text = ("ADDIS ABABA, Ethiopia — Ethiopia's government and rebels from the Tigray People's Liberation Front "
            "signed a peace agreement on Wednesday in Pretoria.")
    signed = [e for e in coded_article_events(nlp, text, gated=True) if e[0] in ("SUPPORT", "AGREE")]
    assert signed and any("Ethiopia" in a for a in signed[0][1]) and any("rebels" in a for a in signed[0][1]), signed


@pytest.mark.parametrize("text, starts", [
    ("NAIROBI, Kenya (AP) — The rebels agreed to a truce.", True),
    ("Nairobi, Kenya -- The rebels agreed to a truce.", True),
    ("Omar Varo - the president - said the rebels agreed to a truce.", False),
    ("The rebels - and their allies - agreed to a truce.", False),
])
def test_nlp_a_dateline_ends_a_sentence(nlp, text: str, starts: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    after = next(t for t in doc if t.i > 0 and doc[t.i - 1].text in ("—", "--", "-"))
    assert bool(after.is_sent_start) == starts
