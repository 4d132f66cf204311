"""Quote speakers and spans by class of construction, for the classes that failed on the benchmark
articles coded after the quote rules were written (sentences written for these tests, fictional
names). Each class has cases that must resolve and negative cases that must not: a wrong speaker
is worse than none.
"""

from __future__ import annotations

import pytest

from builders import actors_from_cast
from tidings.extract import quotes
from tidings.registry import Resources
from tidings.schema import Article, ArticleResult

pytestmark = pytest.mark.model

CAST = {
    "Ann Vale": ("person", ["Ann Vale", "Ms Vale", "Vale"]),
    "Tom Baker": ("person", ["Tom Baker", "Mr Baker", "Baker"]),
    "Ivo Marsh": ("person", ["Ivo Marsh", "Marsh"]),
    "Gondor": ("country", ["Gondor"]),
    "Arnor Herald": ("organization", ["Arnor Herald", "the Herald"]),
}


def code(nlp, text: str) -> ArticleResult:  # type: ignore[no-untyped-def]
    draft = ArticleResult(Article(id="t", text=text), actors=actors_from_cast(text, CAST))
    return quotes.run(nlp(text), draft, Resources())


def found(nlp, text: str) -> dict[str, tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    """{quote text: (speaker name or None, speaker words or None)}."""
    result = code(nlp, text)
    names = {a.id: a.name for a in result.actors}
    return {q.text: (names[q.speaker] if q.speaker else None, q.speaker_text) for q in result.quotes}


def speaker_name(nlp, text: str, quote: str) -> str | None:  # type: ignore[no-untyped-def]
    got = found(nlp, text)
    assert quote in got, got
    return got[quote][0]


# a proper name speaking that neither the entity recogniser nor the actors stage knew is an actor
UNKNOWN_NAMES = [
    ("one-word-body", "The deal covers 30 stores. With the purchase Kolvenmark said it seeks to grow in the south.",
     "it seeks to grow in the south", "Kolvenmark"),
    ("name-with-digits", "Ann Vale was taken to hospital; TVK24 reported she had surgery on Monday night.",
     "she had surgery on Monday night", "TVK24"),
    ("name-with-appositive", "Aerodex, a database of the aircraft flown by carriers, states the plane used the old "
     "runway.", "the plane used the old runway", "Aerodex"),
]
# negative: places, dates and titles said to speak are no new actor of their own
NOT_NAMES = [
    ("title-word", "Earlier that week President said the border would reopen on Friday.",
     "the border would reopen on Friday"),
    ("common-noun-opening", "Officials said the border would reopen on Friday.", "the border would reopen on Friday"),
    ("law", "Republic Act No. 3846, also known as the Radio Law, states no person shall run a station without a "
     "licence.", "no person shall run a station without a licence"),
    ("month", "Sources in Gondor told the Herald in March the border would reopen on Friday.",
     "the border would reopen on Friday"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in UNKNOWN_NAMES], ids=[c[0] for c in UNKNOWN_NAMES])
def test_speakers_unknown_name_becomes_actor(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_name(nlp, text, quote) == speaker


@pytest.mark.parametrize("text, quote", [c[1:] for c in NOT_NAMES], ids=[c[0] for c in NOT_NAMES])
def test_speakers_unknown_name_not_from_titles_or_places(nlp, text: str, quote: str) -> None:  # type: ignore[no-untyped-def]
    result = code(nlp, text)
    rules = {q.text: q.provenance.reason for q in result.quotes if q.provenance}
    assert quote in rules, rules
    assert "unknown-name" not in rules[quote]
