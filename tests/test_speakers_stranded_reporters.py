"""A relayed report whose source the parser took for the relaying verb's object (sentences
written for these tests, fictional names).

Class: 'Korvo.net further reported its source said that the tenant moved in' is parsed with "its
source" as the object of "reported" and "said" with no subject: the reported clause had no
speaker, and the relaying quote took its place. A subjectless reported speech verb right after
the object of the speech verb it hangs on takes that object as its subject (the annotation guide:
a relayed quote has its original source as speaker). A speech verb with a subject of its own
keeps it.
"""

from __future__ import annotations

import pytest

from builders import speakers_by_quote

pytestmark = pytest.mark.model


def test_speakers_stranded_source_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    got = speakers_by_quote(nlp, "Korvo.net further reported its source said that the flat's tenant moved in the "
                                 "day before the blast.")
    quote = "the flat's tenant moved in the day before the blast"
    assert quote in got, got
    assert got[quote] is not None and "source" in got[quote], got


def test_speakers_own_subject_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    got = speakers_by_quote(nlp, "Ann Vale told the Arnor Herald that Tom Baker had said the deal was dead.")
    assert got.get("the deal was dead") == "Tom Baker", got
