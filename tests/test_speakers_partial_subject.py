"""A partial quote of four words or more with no speech verb above it, in a sentence whose subject
is one person: the person's words ('Ms Vale lauded Baker's "ability to lead the men around him"').
A short quoted term stays a scare quote, a subject that is no person names no one, and neither does
the person of the main clause when the quote lies in a clause with a subject of its own ("…, with
which the Herald credits X as …") (sentences written for these tests, fictional names).
"""

from __future__ import annotations

import pytest

from builders import quotes_with_cast as code, named_speakers

pytestmark = pytest.mark.model


def quotes_of(nlp, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    """{quote text: speaker name or None}."""
    return named_speakers(code(nlp, text))


PERSON_SUBJECT = [
    ("lauded", 'Ann Vale lauded Baker\'s "ability to lead the men around him" at the dinner.',
     "ability to lead the men around him", "Ann Vale"),
    ("looked-at-as", 'Tom Baker looked at the role as a "chance to face my old demons" after years of doubt.',
     "chance to face my old demons", "Tom Baker"),
]
NO_PERSON = [
    ("clause-of-its-own", 'Ann Vale received the award, with which the Arnor Herald credits a person as having done '
     '"the most to change the valley this year".', "the most to change the valley this year"),
    ("body-subject", 'The Arnor Herald built the new hall as "a way to keep the rain off the crowd" last year.',
     "a way to keep the rain off the crowd"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in PERSON_SUBJECT], ids=[c[0] for c in PERSON_SUBJECT])
def test_speakers_partial_quote_of_the_person_subject(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes_of(nlp, text).get(quote) == speaker


@pytest.mark.parametrize("text, quote", [c[1:] for c in NO_PERSON], ids=[c[0] for c in NO_PERSON])
def test_speakers_partial_quote_without_person_subject(nlp, text: str, quote: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes_of(nlp, text).get(quote) is None


def test_speakers_short_scare_quote_stays_unattributed(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "fury" not in quotes_of(nlp, 'Ann Vale met what the Herald called "fury" from the owners.')
