"""A cue whose subject is a thing, inside what someone else reports, is the reporter's words.

``Ann Vale told the Herald the data suggested a pattern: "…"``: "suggested" has a subject ("the
data") that can say nothing; the clause it heads is what Vale told, so the quote after it is
hers. A thing that is the subject of a cue standing on its own ("The data suggested …") speaks
for no one, and a subject able to speak keeps its own words ("Vale said Baker told her …").
Every case is written for the tests (fictional names), positive and negative.
"""

from __future__ import annotations

import pytest

from builders import speakers_by_quote as speakers

pytestmark = pytest.mark.model



CASES = [
    ("told-data-suggested-colon", 'Ann Vale told the Arnor Herald the number of dry wells in the valley suggested '
     'a long drought: "We have never seen the river this low."', "We have never seen the river this low.",
     "Ann Vale"),
    ("said-figures-indicated", "Tom Baker said the figures indicated that the bridge had been closed for weeks.",
     "the bridge had been closed for weeks", "Tom Baker"),
    # negative: a thing's cue that nobody reports speaks for no one
    ("thing-alone", "The number of dry wells in the valley suggests that the drought will last.",
     "the drought will last", None),
    # negative: a speech verb proper keeps its subject, even one the lexicon does not know for a speaker
    ("said-cousins-said", "Ann Vale said her cousins said that the bridge would reopen.",
     "the bridge would reopen", None),
    # negative: someone able to speak, inside the report, keeps their own words
    ("speaker-inside-report", "Ann Vale said Tom Baker told her that the bridge would reopen.",
     "the bridge would reopen", "Tom Baker"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speakers_thing_cue_in_a_report_is_the_reporters(nlp, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    found = speakers(nlp, text)
    assert quote in found, found
    assert found[quote] == speaker, found
