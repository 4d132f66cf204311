"""Facts checked with a source (sentences written for these tests, fictional names).

Class: 'The Herald confirmed with Vantrix that the two leaks involved separate servers': who
confirms *with* someone asked them; the clause is the source's word. A source that can speak (a
name, a body or group noun) after "confirmed/checked/verified with" is the speaker; "confirmed,
with regret, that …" names no source and keeps the subject.
"""

from __future__ import annotations

import pytest

from builders import speakers_by_quote

pytestmark = pytest.mark.model


CHECKED = [
    ("confirmed-with-name", "The Arnor Herald confirmed with Valley Radio that the two leaks involved separate servers.",
     "the two leaks involved separate servers", "Valley Radio"),
    ("confirmed-with-police", "Ann Vale confirmed with police that the road would reopen on Monday.",
     "the road would reopen on Monday", "police"),
]
NOT_CHECKED = [
    ("with-regret", "Ann Vale confirmed with regret that the plant would close in May.",
     "the plant would close in May", "Ann Vale"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in CHECKED + NOT_CHECKED],
                         ids=[c[0] for c in CHECKED + NOT_CHECKED])
def test_speakers_checked_with_source(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = speakers_by_quote(nlp, text)
    assert quote in got, got
    assert got[quote] is not None and speaker in got[quote], got
