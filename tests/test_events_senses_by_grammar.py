"""Word senses the grammar decides, failure classes found on the real-news benchmark's newer dev
articles (second and third batches):
- "demonstrate" with an object is showing, not protesting ("Apple demonstrated iOS 5", "the court
  demonstrated a shocking ignorance"); without one it is a demonstration ("thousands demonstrated").
- "was met with protests / criticism" is how something was received, no meeting; "was met by the
  president" (an agent) and "met the president" stay consultations.
- a signed agreement to do something later ("signed an agreement to build a railway", "a deal under
  which X will send aid") is a promise, AGREE, as the guide codes it; a treaty signed with nothing
  to come stays SUPPORT.
Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event", [
    ("At the conference, Kestra Systems also demonstrated its new operating system.", "PROTEST"),
    ("In so ruling, the court demonstrated a shocking ignorance of the technology involved.", "PROTEST"),
    ("In Rask, the decision was met with protests and mourning.", "CONSULT"),
    ("The plan was met with criticism from opposition parties on Monday.", "CONSULT"),
])
def test_events_senses_that_are_no_event(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    assert not events_with(coded_article_events(nlp, text), event), coded_article_events(nlp, text)


@pytest.mark.parametrize("text, event, actor", [
    ("Thousands of students demonstrated in the capital of Ostria on Sunday.", "PROTEST", "students"),
    ("The Ostrian foreign minister was met by President Ana Tell at the airport.", "CONSULT", None),
    ("The Ostrian foreign minister met President Ana Tell in Rask on Monday.", "CONSULT", "minister"),
    ("The leaders of Ostria and Kestria signed an agreement to build a cross-border railway.", "AGREE", "Ostria"),
    ("Kestrian and Ostrian officials signed a deal under which Kestria will send food to Ostria.", "AGREE", None),
    ("The presidents of Ostria and Kestria signed a peace treaty in Rask on Monday.", "SUPPORT", None),
])
def test_events_senses_that_stay_events(nlp, text: str, event: str, actor: str | None) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text), event, actor), coded_article_events(nlp, text)
