"""Appeals in the forms the coder missed (issue 11: speech acts first; REQUEST):

- "appealed to the international community for food aid": the "for" phrase hangs on the addressee;
  what is asked for is still asked for;
- "renewed its call for a ceasefire", "issued an appeal for calm": a noun of appealing with "for" is
  a REQUEST, not a phone call;
- "petitioned the city council to stop the demolition": petitioning someone to act is appealing.

Negative cases: a phone call ("a call with Biden"), an appeal against a verdict (a court matter)
and "called the minister" stay what they were. Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model

ASKED = [
    ("for-on-addressee", "Kenya appealed to the United Nations for food aid on Monday.", "Kenya"),
    ("renewed-call", "The Kenyan government renewed its call for a ceasefire in Sudan.", "Kenya"),
    ("appeal-noun", "The Kenyan president William Ruto issued an appeal for calm.", "William Ruto"),
    ("petitioned", "Kenyan farmers petitioned the Kenyan parliament to stop the land sale.", "farmers"),
]


@pytest.mark.parametrize("text, actor", [c[1:] for c in ASKED], ids=[c[0] for c in ASKED])
def test_appeal_forms_request(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "REQUEST", actor), events


def test_a_call_with_someone_is_a_phone_call(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Kenyan President William Ruto held a call with Joe Biden on Monday.")
    assert not events_with(events, "REQUEST"), events


def test_an_appeal_against_a_verdict_is_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The Kenyan opposition leader Raila Odinga filed an appeal against the verdict.")
    assert not events_with(events, "REQUEST"), events
