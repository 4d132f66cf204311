"""A quote after a partial quote closed by its attribution (sentences written for these tests,
fictional names).

Class: 'We need to "make sure … too much," Ms Vale said. "One of the reasons …"': a partial quote
whose attribution follows the quoted words is a speech turn like a direct quote's, so the quote
right after that attribution goes on with the same speaker; someone else acting after the
attribution ends the turn.
"""

from __future__ import annotations

from builders import speakers_by_quote

import pytest

pytestmark = pytest.mark.model

NEXT = "One of the reasons that iodine is going down is because people are not adding salt during cooking."


def test_speakers_partial_turn_goes_on(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Ann Vale of the food agency says new rules will come by the end of the year. We need to \"make sure "
            "there's enough iodine in the food supply. But we've got to make sure people don't get too much,\" "
            "Ms Vale said. \"" + NEXT + "\"")
    assert speakers_by_quote(nlp, text).get(NEXT) == "Ann Vale"


def test_speakers_partial_turn_ends_when_another_acts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("We need to \"make sure there's enough iodine in the food supply,\" Ms Vale said, and Tom Baker "
            "disagreed. \"" + NEXT + "\"")
    assert speakers_by_quote(nlp, text).get(NEXT) != "Ann Vale"
