"""Who speaks through a document met before (sentences written for these tests).

Class 1: a body that acts "in a statement" or "in a letter" issued it, whatever the verb
("condemned the expulsion in a statement", "resigned in a letter"): "the statement said" later is
theirs. Not one the document is about: a passive subject ("was criticised in a report") wrote nothing,
nor one who answers words it holds ("denied the claims in a report").
Class 2: a statement, a press release, a communique and an announcement are one kind of document:
"the statement said" after "a ministry release" is the ministry's. A letter is not a report.
Class 3: "It read, '…'" right after "X released a statement": the statement reads, so X speaks.
With no document before ("The council met. It read …") no one.
Class 4: a document stays the same one over a long passage when no other mention of it comes
between: "the report said" eight sentences after "X said in a report" is X's.
"""

from __future__ import annotations

import pytest
from builders import speaker_of

pytestmark = pytest.mark.model

_FILLER = ("The country signed a trade agreement in June. Its population is about two million. The capital lies "
           "on the coast. Fishing is the main industry. Tourism has grown since 2010. The islands have three "
           "airports. ")

ISSUED = [
    ("acted-in-statement", "The Hungarian embassy in Rome condemned the expulsion in a statement on Sunday.\n\n"
     "\"It is a provocative step that seeks to cover up the crimes of the government,\" the statement said.",
     "It is a provocative step", "Hungarian embassy"),
    ("resigned-in-letter", "Senator Maria Lopez resigned in a letter to the party's board on Monday. \"I have always "
     "said that I would be the first to let you know,\" the letter said.", "I have always said", "Maria Lopez"),
    ("release-then-statement", "The Health Ministry of Peru said in a press release that 11 people had died. The "
     "victims are all children under the age of 15, the statement said.", "The victims are all children", "Health Ministry"),
    ("it-read", "The Polish Tennis Federation released a statement about the player's arrest on Monday. It read, "
     "\"We have always condemned any form of violence and will make no comment until the inquiry ends.\"",
     "We have always condemned", "Polish Tennis Federation"),
    ("report-far-back", "Human Rights Watch said in a report released on Monday that the new constitution would "
     "restrict press freedom. " + _FILLER + "The reform will have a chilling effect on the media, the report said.",
     "The reform will have a chilling effect", "Human Rights Watch"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in ISSUED], ids=[c[0] for c in ISSUED])
def test_speakers_document_issuer_met_before(code_text, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = speaker_of(code_text, text, quote)
    assert got is not None and speaker in got, got


NOT_ISSUED = [
    ("passive-subject", "The Hungarian embassy in Rome was criticised in a statement on Sunday.\n\n\"It is a "
     "provocative step that seeks to cover up the crimes of the government,\" the statement said.",
     "It is a provocative step"),
    ("letter-not-report", "Senator Maria Lopez resigned in a letter to the party's board on Monday. The reform will "
     "have a chilling effect on the media, the report said.", "The reform will have a chilling effect"),
    ("claims-in-report", "Minister Ivo Marsh denied the claims in a report on Monday. Officials had lied to "
     "parliament for years, the report said.", "Officials had lied to parliament"),
    ("it-read-no-document", "The Polish Tennis Federation met on Monday after the player's arrest. It read, "
     "\"We have always condemned any form of violence and will make no comment until the inquiry ends.\"",
     "We have always condemned"),
    ("anonymous-statement", "A statement about the player's arrest was posted online on Monday. It read, "
     "\"We have always condemned any form of violence and will make no comment until the inquiry ends.\"",
     "We have always condemned"),
]


@pytest.mark.parametrize("text, quote", [c[1:] for c in NOT_ISSUED], ids=[c[0] for c in NOT_ISSUED])
def test_speakers_document_issuer_not_named(code_text, text: str, quote: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_of(code_text, text, quote) is None
