"""Quoted words inside another's claim, order or statement (sentences written for these tests,
fictional names).

Class: 'Ann Vale denied Tom Baker's claim that she had "misled parliament"', 'the navy announced
an order by Admiral Tom Baker directing units to "join the search"': the quoted words lie in the
content of a claim or document noun whose owner or author is named (X's claim, an order by X):
they are the owner's words, not those of the one who denies, announces or repeats them. A noun
with no owner named ("denied the claim that …") and quoted words outside the noun's clause keep
the speech verb's subject.
"""

from __future__ import annotations

import pytest

from builders import speakers_by_quote

pytestmark = pytest.mark.model


OWNED = [
    ("possessive-claim", "Ann Vale denied Tom Baker's claim that she had \"misled parliament\".", "misled parliament",
     "Tom Baker"),
    ("accusation", "Ann Vale rejected Tom Baker's accusation that the army had \"shelled the town\" on Monday.",
     "shelled the town", "Tom Baker"),
    ("order-by", "The Coast Guard has announced an order by Coast Guard Commandant Admiral Ivo Marsh directing Coast "
     "Guard units nearby to \"join the police in the search for the attackers.\"",
     "join the police in the search for the attackers.", "Ivo Marsh"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in OWNED], ids=[c[0] for c in OWNED])
def test_speakers_claim_owner_speaks(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = speakers_by_quote(nlp, text)
    assert quote in got, got
    assert got[quote] == speaker, got


NOT_OWNED = [
    ("no-owner", "Ann Vale denied the claim that she had \"misled parliament\" last year.", "misled parliament",
     "Ann Vale"),
    ("outside-claim", "Ann Vale called Tom Baker's claim \"a fantasy\".", "a fantasy", "Ann Vale"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in NOT_OWNED], ids=[c[0] for c in NOT_OWNED])
def test_speakers_claim_owner_only_inside_claim(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = speakers_by_quote(nlp, text)
    assert quote in got, got
    assert got[quote] == speaker, got
