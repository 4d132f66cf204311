"""'X reported <a finding>': what a source reports as a noun phrase is its report (sentences written
for these tests, fictional names).

Class (session 41): "The Arnor Herald reported a sharp rise in arrests across the northern
provinces" gave no quote: a report was read only as a clause ("reported that arrests rose"), while
the coders of the real-news benchmark take what a newspaper, an agency or a research team
"reported" as a noun phrase (a toll, a rate, a finding) as its indirect speech. The object of a
verb of reporting (word class ``quotes.object_report_verbs``) of three words or more is an
indirect quote of its subject. A pronoun reported ("reported him to the police"), a bare noun
("reported the story"), no object ("reported for duty") and a denied report ("did not report the
arrests") are none. (An older row of tests/test_speakers_phrases.py, "Valley Radio reported the
death of the old ferryman", said the opposite and now uses "announced": what is announced as a
noun phrase stays no quote.)
"""

from __future__ import annotations

import pytest

from builders import speakers_by_quote

pytestmark = pytest.mark.model


REPORTED_OBJECTS = [
    ("newspaper", "The Arnor Herald reported a sharp rise in arrests across the northern provinces.",
     "a sharp rise in arrests across the northern provinces", "Arnor Herald"),
    ("radio", "On Monday, Valley Radio reported 22 deaths in the flooded villages of the south.",
     "22 deaths in the flooded villages of the south", "Valley Radio"),
    ("person", "Ann Vale reported the discovery of a mass grave near the border.",
     "the discovery of a mass grave near the border", "Ann Vale"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in REPORTED_OBJECTS], ids=[c[0] for c in REPORTED_OBJECTS])
def test_speakers_reported_object_is_the_subjects_report(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = speakers_by_quote(nlp, text)
    assert quote in got, got
    assert got[quote] == speaker, got


NOT_REPORTED_OBJECTS = [
    ("pronoun", "Ann Vale reported him to the police on Monday."),
    ("bare", "The Arnor Herald reported the story."),
    ("no-object", "Tom Baker reported for duty at the northern base on Monday."),
    ("denied", "The Arnor Herald did not report the arrests of the activists in the north."),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_REPORTED_OBJECTS], ids=[c[0] for c in NOT_REPORTED_OBJECTS])
def test_speakers_no_reported_object(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers_by_quote(nlp, text) == {}
