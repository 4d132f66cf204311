"""Two constructions whose event no single word signals (failure classes from the real-news
benchmark's dev-work, where nothing was coded at their evidence):

* hindering someone from acting: "governments prevented the ships from docking", "the court
  barred him from leaving the country" restrict what others may do: COERCE (restrict), the
  hinderer as actor, the one hindered as recipient (a verb of hindering, word class
  ``hindering_verbs``, with an object and a "from" gerund). Without the "from" gerund ("police
  prevented an attack") or with a doer that is no one ("the rain stopped the march from
  starting") it is no coercion.
* a plea of not guilty denies the charge: REJECT by the one who pleads, as the guide codes a
  denial of a claim. (A plea of guilty was left uncoded; since session 54 it concedes the charge:
  tests/test_events_s54.py.)

Sentences written for these tests before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The Kestrian government prevented two cruise ships from docking at its ports.", "COERCE", "Kestria", None),
    ("A Norland court barred the opposition leader Mira Tal from leaving the country.", "COERCE", "court", "Mira Tal"),
    ("The defendant, Piet Varo, pleaded not guilty on Tuesday to four counts of fraud.", "REJECT", "Piet Varo", None),
])
def test_events_hindering_and_pleas_are_coded(nlp, text: str, event: str, actor: str,  # type: ignore[no-untyped-def]
                                              recipient: str | None) -> None:
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.parametrize("text, event", [
    ("Kestrian police prevented an attack on the embassy on Friday.", "COERCE"),
    ("The heavy rain stopped the march from starting on time.", "COERCE"),
    ("The defendant, Piet Varo, pleaded guilty on Tuesday to four counts of fraud.", "REJECT"),
    ("Norland troops stayed in the region to prevent the rebels from regrouping.", "COERCE"),
])
def test_events_hindering_and_pleas_negatives(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, event), events
