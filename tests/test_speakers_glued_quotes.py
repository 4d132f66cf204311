"""A narrative clause the parser hung under the quoted words after it (sentences written for these
tests, fictional names).

Class: 'X, for his part, paraphrased Y, commenting before launch: "We are go for launch."' is
parsed with the quote's verb as the root of the whole sentence and the narrative verb as its
complement; the comma participle "commenting" then found no controller (or took the quote's own
"we"). A narrative clause that is the complement of words inside a quote after it is the main
clause: its subject goes on speaking. A participle under a true reported clause ("X said the
minister resigned, citing health") still skips that clause's subject.
"""

from __future__ import annotations

import pytest
from builders import named_speakers

pytestmark = pytest.mark.model


def quotes_of(code_text, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    """{quote text: speaker name or None}."""
    return named_speakers(code_text(text))


GLUED = [
    ("paraphrased-commenting", 'Pilot Ivo Marsh, for his part, paraphrased an old astronaut, commenting before '
     'launch on the occasion of the return: "We are go for launch. Let\'s light this candle."',
     "We are go for launch. Let's light this candle.", "Ivo Marsh"),
    ("named-object-commenting", 'Pilot Ivo Marsh, for his part, paraphrased the first citizen in orbit, Tom Baker, '
     'commenting before launch on the occasion of the return to human flight: "We\'re go for launch. Let\'s light '
     'this candle."', "We're go for launch. Let's light this candle.", "Ivo Marsh"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in GLUED], ids=[c[0] for c in GLUED])
def test_speakers_glued_quote_main_clause_speaks(code_text, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = quotes_of(code_text, text)
    assert quote in got, got
    assert got[quote] is not None and speaker in got[quote], got


NOT_GLUED = [
    # the participle hangs on the speaker's report: the speaker, not the reported clause's subject
    ("reported-clause", "Ann Vale said the minister had resigned, citing \"grave concerns about his health\".",
     "grave concerns about his health", "Ann Vale"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in NOT_GLUED], ids=[c[0] for c in NOT_GLUED])
def test_speakers_glued_quote_reported_clause_unchanged(code_text, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = quotes_of(code_text, text)
    assert all(v != "minister" for v in got.values()), got
