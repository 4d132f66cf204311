"""Informants: "sources" said it. A bare "sources said" names no one and stays without a speaker; a
qualified informant ("official sources", "sources close to the minister", "its source") is a
speaker of its own, and a medium's "its source" is never the medium itself (sentences written for
these tests, fictional names and places).
"""

from __future__ import annotations

import pytest
from builders import named_speakers

pytestmark = pytest.mark.model


def quotes_of(code_text, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    """{quote text: speaker name or None}."""
    return named_speakers(code_text(text))


QUALIFIED = [
    ("medium-its-source", "Two men were arrested in Palu on Monday. The Palu Courier reported its source said the men "
     "had planned a robbery.", "the men had planned a robbery", "source"),
    ("official-sources", "The two presidents met on Monday. According to official sources, Ostreland and Gondor "
     "discussed energy cooperation.", "Ostreland and Gondor discussed energy cooperation", "official sources"),
    ("sources-close-to", "The minister resigned on Monday. Sources close to the minister said he had been ill for "
     "months.", "he had been ill for months", "ources"),
]
BARE = [
    ("bare-sources", "The minister resigned on Monday. Sources said he had been ill for months.",
     "he had been ill for months"),
    ("the-sources", "Two men were arrested in Palu. The Palu Courier cited sources in the police. The sources said "
     "the men had planned a robbery.", "the men had planned a robbery"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in QUALIFIED], ids=[c[0] for c in QUALIFIED])
def test_speakers_informants_qualified_speak(code_text, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = quotes_of(code_text, text)
    assert got.get(quote) is not None and speaker in got[quote] and "Courier" not in got[quote], got


@pytest.mark.parametrize("text, quote", [c[1:] for c in BARE], ids=[c[0] for c in BARE])
def test_speakers_informants_bare_sources_name_no_one(code_text, text: str, quote: str) -> None:  # type: ignore[no-untyped-def]
    got = quotes_of(code_text, text)
    assert quote in got and got[quote] is None, got
