"""Documents that speak for their authors, and "according to X" before a clause whose verb reports
nothing (sentences written for these tests, fictional names and places).

Class 1: "the study says …", "according to the report, …" in an article about research: the study
speaks for the researchers the article names with it, or for the one group of researchers before
it; a document issued by someone named keeps that issuer, and two groups of researchers leave it
unresolved.
Class 2: "According to X, the update adds …": a speech verb used in its plain sense ("adds",
"disclosed") reports no clause of its own, so the clause is X's report; a verb that does report a
clause ("X argued the tax was unfair, according to Y") keeps its own speaker.
"""

from __future__ import annotations

import pytest
from builders import named_speakers

pytestmark = pytest.mark.model


def quotes_of(code_text, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    """{quote text: speaker name or None}."""
    return named_speakers(code_text(text))


RESEARCH_AUTHORS = [
    ("study-says", "Children in Ostreland lack vitamin D, researchers say. A new study of 900 pupils was published "
     "on Monday.\n\nThe study says the decline is due to changes in diet.",
     "the decline is due to changes in diet", "researchers"),
    ("according-to-study", "Scientists at the Halden Institute said frogs evolved spikes many times. The survey "
     "covered 150 species.\n\nAccording to the study, large prey drove the change.",
     "large prey drove the change", "scientists"),
    ("report-authors", "The report's authors say bakers should use iodised salt. The report was written in "
     "Palu.\n\nThe report states that few bakers use iodised salt in their bread.",
     "few bakers use iodised salt in their bread", "authors"),
]
NOT_RESEARCH_AUTHORS = [
    ("no-researchers", "A report on the floods was released on Monday. Engineers inspected the dam on "
     "Tuesday.\n\nThe report says the dam is safe.", "the dam is safe", None),
    ("issuer-named", "Researchers at Palu University found that bees sleep. Police released a report on the crash on "
     "Friday.\n\nThe report says the driver was drunk.", "the driver was drunk", "Police"),
    ("two-groups", "Researchers at Palu University said bees sleep at noon. Scientists at the Halden Institute said "
     "ants dream at night.\n\nThe study says insects rest for hours.", "insects rest for hours", None),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in RESEARCH_AUTHORS], ids=[c[0] for c in RESEARCH_AUTHORS])
def test_speakers_documents_research_speaks_for_researchers(code_text, text: str, quote: str,  # type: ignore[no-untyped-def]
                                                            speaker: str) -> None:
    got = quotes_of(code_text, text)
    assert quote in got, got
    assert got[quote] is not None and speaker in got[quote].lower(), got


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in NOT_RESEARCH_AUTHORS],
                         ids=[c[0] for c in NOT_RESEARCH_AUTHORS])
def test_speakers_documents_research_author_only_when_one(code_text, text: str, quote: str,  # type: ignore[no-untyped-def]
                                                          speaker: str | None) -> None:
    got = quotes_of(code_text, text)
    assert quote in got, got
    assert got[quote] == speaker, got


ACCORDING_PLAIN_VERB = [
    ("adds-features", "According to Vantrix, the update adds forty new features to the phone.",
     "the update adds forty new features to the phone", "Vantrix"),
    ("disclosed-matter", "Regulators opened a case in March. According to Ivo Marsh, the bank voluntarily disclosed "
     "the matter to the regulator in May.", "the bank voluntarily disclosed the matter to the regulator in May",
     "Ivo Marsh"),
]
ACCORDING_REPORTING_VERB = [
    ("argued-clause", "Tom Arden argued the tax was unfair, according to the Valley Herald.", "the tax was unfair",
     "Tom Arden"),
    ("said-clause", "According to police, Tom Arden said he had lost control of the car.",
     "he had lost control of the car", "Tom Arden"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in ACCORDING_PLAIN_VERB],
                         ids=[c[0] for c in ACCORDING_PLAIN_VERB])
def test_speakers_documents_according_to_plain_verb(code_text, text: str, quote: str,  # type: ignore[no-untyped-def]
                                                    speaker: str) -> None:
    got = quotes_of(code_text, text)
    assert got.get(quote) == speaker, got


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in ACCORDING_REPORTING_VERB],
                         ids=[c[0] for c in ACCORDING_REPORTING_VERB])
def test_speakers_documents_according_to_keeps_reporter(code_text, text: str, quote: str,  # type: ignore[no-untyped-def]
                                                       speaker: str) -> None:
    got = quotes_of(code_text, text)
    assert got.get(quote) == speaker, got
    assert len(got) == 1, got  # no second quote of the whole sentence for the source
