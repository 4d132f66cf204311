"""'As X told Y, Z': an attribution opened by "as" (sentences written for these tests, fictional
names).

Class: "As Ann Vale told the Herald, ozone levels have dropped." reports Z as X's words, like
"according to X"; it gave no quote, and a direct quote right after it in the paragraph had no
speaker. A reporting verb (say, tell, write, explain, note, add) opened by "as", with its own
subject and no clause of its own, makes the clause it hangs on an indirect quote of its subject,
and a quote closing the next sentence goes on with that speaker. "As X spoke, …" (no reporting
verb), "as X said she would" (the verb's own clause) and "As expected, …" report nothing.
"""

from __future__ import annotations

import pytest

from builders import speakers_by_quote

pytestmark = pytest.mark.model


AS_REPORTS = [
    ("as-told", "As Ann Vale told the Arnor Herald, ozone levels have dropped partly due to the new law.",
     "ozone levels have dropped partly due to the new law", "Ann Vale"),
    ("as-said", "As Tom Baker said on Monday, the talks will resume next week in the capital.",
     "the talks will resume next week in the capital", "Tom Baker"),
    ("quote-after", "As Ann Vale told the Arnor Herald, ozone levels have dropped partly due to the new law. "
     "\"Despite more traffic, ozone has declined by 25 percent across the country.\"",
     "Despite more traffic, ozone has declined by 25 percent across the country.", "Ann Vale"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in AS_REPORTS], ids=[c[0] for c in AS_REPORTS])
def test_speakers_as_report_is_the_subjects(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = speakers_by_quote(nlp, text)
    assert quote in got, got
    assert got[quote] == speaker, got


NOT_AS_REPORTS = [
    ("as-spoke", "As Ann Vale spoke, protesters outside the hall shouted slogans against the new law."),
    ("as-own-clause", "As Tom Baker said he would, the troops left the border town on Monday."),
    ("as-expected", "As expected, the talks will resume next week in the capital."),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_AS_REPORTS], ids=[c[0] for c in NOT_AS_REPORTS])
def test_speakers_as_report_needs_reporting_verb(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    got = speakers_by_quote(nlp, text)
    assert not any(q.startswith(("protesters", "the troops", "the talks")) for q in got), got
