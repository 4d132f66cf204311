"""Reactions that quote (sentences written for these tests, fictional names).

Class: 'X also reacted on Twitter, "Sad news …"': "react" introduces the words after it like
"respond" does, so the direct quote is X's. Like "respond", it has an everyday sense ("reacted
angrily to the 'provocation'"): a quoted word it does not introduce is no speech of its subject.
"""

from __future__ import annotations

import pytest

from builders import speakers_by_quote

pytestmark = pytest.mark.model


def test_speakers_reaction_introduces_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    got = speakers_by_quote(nlp, "Tom Baker also reacted on Twitter, \"Sad news hearing that the drummer has died. "
                                 "He was a fiery player.\"")
    assert got.get("Sad news hearing that the drummer has died. He was a fiery player.") == "Tom Baker", got


def test_speakers_reaction_scare_quote_is_no_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    got = speakers_by_quote(nlp, "Tom Baker reacted angrily to the \"provocation\" by the army on Monday.")
    assert got.get("provocation") is None, got
