"""Acts announced, not yet done, are coded as their announcement, as the guide and every dev
reference code them (failure class from the real-news benchmark's second and third batches):
"the United States announced a complete withdrawal from the region" is a concession (CONCEDE),
"the government announced the injection of $44 billion into the economy" a promise of aid (AGREE).
Negatives: an announced resignation or exit from a race stays a retreat, announced restrictions
stay what they are, and a withdrawal done is a retreat. Sentences written for these tests before
the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, want, not_want", [
    ("On Sunday, the Ostrian government announced a complete withdrawal of its troops from the region.", "CONCEDE",
     "RETREAT"),
    ("The Kestrian government announced the injection of 44 billion dollars into the economy.", "AGREE", "AID"),
    ("The Kestrian central bank said it would inject 500 billion rubles into the banks.", "AGREE", "AID"),
    # negatives
    ("Senator Ana Tell announced her withdrawal from the presidential race on Friday.", "RETREAT", "CONCEDE"),
    ("Ostrian troops withdrew from the region on Monday.", "RETREAT", "CONCEDE"),
    ("The Kestrian central bank injected 500 billion rubles into the banks on Monday.", "AID", "AGREE"),
])
def test_events_announced_acts(nlp, text: str, want: str, not_want: str) -> None:  # type: ignore[no-untyped-def]
    types = [e[0] for e in coded_article_events(nlp, text)]
    assert want in types and not_want not in types, coded_article_events(nlp, text)
