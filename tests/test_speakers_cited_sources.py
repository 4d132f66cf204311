"""Wrong speakers (issue 10, speakers of quotes): a medium that relays its sources is not the
speaker (guide: a relayed quote has its original source as speaker). Two forms were missed:

- the citing phrase opening the sentence: "Citing people familiar with the matter, the Wall Street Journal
  reported that …" gave the report to the newspaper;
- sources counted rather than described: "…, the agency reported, citing two sources" ("two
  sources" were no one who could speak, so the agency spoke).

A person or a ministry that cites someone keeps speaking ("Ann Vale said …, citing officials"), and
a medium citing a thing ("citing a report") keeps the report; bare "sources" stay no one.
Sentences written for these tests, positive and negative, seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import speaker_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, quote, speaker", [
    ("Citing people familiar with the matter, the Palu Herald reported that the chief executive had been pushed out.",
     "the chief executive had been pushed out", "people"),
    ("Citing two senior diplomats, the news agency reported that the talks had stalled.", "the talks had stalled",
     "diplomats"),
    ("The talks had stalled, the news agency reported, citing two sources.", "The talks had stalled", "sources"),
    ("Citing a report by the army, the news agency said that twelve rebels had been killed.",
     "twelve rebels had been killed", "news agency"),
    ("Citing officials in Palu, Ann Vale said that the plan would fail.", "the plan would fail", "Ann Vale"),
    ("Citing the weather, the Kestrian foreign ministry said that the talks would be postponed.",
     "the talks would be postponed", "ministry"),
    # between the medium and its verb the citing phrase leaves the report the medium's, as coders read it
    ("The Palu Herald, citing local militias, reported that the attack had been launched from helicopters.",
     "the attack had been launched", "Palu Herald"),
])
def test_speakers_a_medium_citing_its_sources_relays_them(code_text, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = speaker_of(code_text, text, quote)
    assert got is not None and speaker in got, got
