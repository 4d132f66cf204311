"""Documents whose author is named further back (sentences written for these tests, fictional
names).

Class 1: "the filing" refers back to the nearest earlier "filing"; when that mention is itself a
definite description with no author ("In the filing itself …"), it refers further back too, so
the search goes on to the mention that introduced the document ("X said in a financial filing").
An indefinite earlier mention with no author ("a report was released") ends the search: a new
document, no speaker.
Class 2: "X, co-author of a new study, …" names the study's author: "the study says" is X's.
A reader or critic of the study ("X, a critic of the study") is no author.
"""

from __future__ import annotations

import pytest
from builders import named_speakers

pytestmark = pytest.mark.model


def quotes_of(code_text, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    """{quote text: speaker name or None}."""
    return named_speakers(code_text(text))


AUTHORED = [
    ("filing-chain", "Orvel Motors said in a financial filing to regulators that it was under investigation. In the "
     "filing itself the company also listed its debts. According to the filing, Orvel voluntarily disclosed the "
     "matter to the agency in May.", "Orvel voluntarily disclosed the matter to the agency in May", "Orvel"),
    ("co-author", "Professor Ann Vale of Palu University, co-author of a new study published on Monday, declared gun "
     "ownership a strong predictor of suicide. The study reports that suicide rates rose by 26 percent in the ten "
     "states.", "suicide rates rose by 26 percent in the ten states", "Ann Vale"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in AUTHORED], ids=[c[0] for c in AUTHORED])
def test_speakers_document_author_further_back(code_text, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = quotes_of(code_text, text)
    assert quote in got, got
    assert got[quote] is not None and speaker in got[quote], got


NOT_AUTHORED = [
    ("new-document", "Orvel Motors said in a financial filing to regulators that it was under investigation. A filing "
     "was made in another court on Friday. According to the filing, the bank voluntarily disclosed the matter to "
     "the agency in May.", "the bank voluntarily disclosed the matter to the agency in May"),
    ("critic", "Professor Ann Vale of Palu University, a critic of a new study published on Monday, spoke at the "
     "hearing. The study reports that suicide rates rose by 26 percent in the ten states.",
     "suicide rates rose by 26 percent in the ten states"),
]


@pytest.mark.parametrize("text, quote", [c[1:] for c in NOT_AUTHORED], ids=[c[0] for c in NOT_AUTHORED])
def test_speakers_document_no_author(code_text, text: str, quote: str) -> None:  # type: ignore[no-untyped-def]
    got = quotes_of(code_text, text)
    assert quote in got, got
    assert got[quote] is None, got
