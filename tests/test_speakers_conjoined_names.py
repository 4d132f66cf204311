"""A conjoined speech verb whose subject the parser hung in an opening phrase (sentences written
for these tests, fictional names).

Class: 'The Commission welcomed the news and in a reaction to it Commissioner Ivo Marsh said "…"'
is parsed with "Ivo Marsh" as the object of "to" and "said" conjoined to "welcomed" with no
subject of its own, so the first conjunct's subject took the quote. A name ending a phrase that
opens the conjoined clause (right after "and"/"but") and stands right before its verb is the
verb's subject. A conjoined verb with no name before it keeps the first subject.
"""

from __future__ import annotations

import pytest

from builders import speakers_by_quote

pytestmark = pytest.mark.model


def test_speakers_name_opening_conjunct_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The United Realms welcomed the announcement and in a reaction to the news Commissioner for Trade "
            "Ivo Marsh said \"the Realms are very much in favour of solutions for a single market.\"")
    got = speakers_by_quote(nlp, text)
    quote = "the Realms are very much in favour of solutions for a single market."
    assert quote in got, got
    assert got[quote] == "Ivo Marsh", got


def test_speakers_conjunct_without_name_keeps_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The United Realms welcomed the announcement and in a reaction to the news said \"we are very much in "
            "favour of solutions for a single market.\"")
    got = speakers_by_quote(nlp, text)
    quote = "we are very much in favour of solutions for a single market."
    assert got.get(quote) == "United Realms", got
