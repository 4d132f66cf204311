"""Actor classes of issue 10 (session 38), on sentences written for the purpose, each seen failing
before its fix.

1. A former office said by "the late" or "ex-". "The late president Hugo Chavez" and "Ex-president
   Hugo Chavez" were coded as a sitting head of government (GOV), where "Former president Hugo
   Chavez" and the bare name on the article's date are a former one (ELI): "late" was no word of a
   past office, and the hyphen of "Ex-president" ended the title, so the office read was the bare
   "president". "Late" before a title is a past office as "former" is (``resolve.words.FORMER``),
   and a prefix of a past office joined by a hyphen is part of the title. A sitting office holder
   stays one: "late" after the name or in a time phrase ("Late on Monday President X") is no title.
"""

from __future__ import annotations

import pytest
from builders import coded_result


def _sector(nlp, text: str, name: str) -> str | None:  # type: ignore[no-untyped-def]
    result = coded_result(nlp, text)
    found = [a for a in result.actors if name in a.name]
    assert found, [a.name for a in result.actors]
    return found[0].sector


@pytest.mark.parametrize("text", [
    "The late president Hugo Chavez was praised by the crowd on Monday.",
    "Ex-president Hugo Chavez was praised by the crowd on Monday.",
    "Former president Hugo Chavez was praised by the crowd on Monday.",
])
def test_a_past_office_before_a_name_is_a_former_one(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _sector(nlp, text, "Ch") == "ELI"


@pytest.mark.parametrize("text", [
    "Late on Monday President Emmanuel Macron signed the decree.",
    "President Emmanuel Macron arrived late on Monday.",
])
def test_a_sitting_office_holder_stays_one(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _sector(nlp, text, "Macron") == "GOV"
