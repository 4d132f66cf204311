"""An appositive never reaches across a quotation mark.

'"We spoke to Ali Hassan," the minister said' puts a name at the end of a quote and the speaker's
title after it, a comma and a closing mark between them. Read as "Ali Hassan, the minister", the
title became a mention of the man spoken of and the quote his (issue 10: split actors, wrong
speakers). The mark ends the quote: what follows is the cue's own subject. Real appositives,
inside or outside a quote, still join the name and the office. Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import speaker_of

pytestmark = pytest.mark.model

CASES = [
    # the speaker's title after a name that ends the quote is the speaker, never the name
    ("title-after-quoted-name", '"We spoke to Ali Hassan," the minister said.', "We spoke to Ali Hassan", "minister"),
    ("spokesman-after-quoted-name", '"We spoke to Ali Hassan," a spokesman for the army said.',
     "We spoke to Ali Hassan", "army"),
    ("quoted-appositive-then-cue", '"Talk to the head of the commission, Anna Berg," the minister said.',
     "Talk to the head of the commission", "minister"),
    # negative: appositives that are appositives
    ("appositive-outside", "Ali Hassan, the minister, said the talks had failed.", "the talks had failed", "Ali Hassan"),
    ("appositive-spokesman", "Ali Hassan, a spokesman for the army, said the strike hit a depot.",
     "the strike hit a depot", "Ali Hassan"),
    ("appositive-in-cue-after-quote", '"The decision belongs to Ali Hassan," the Veland president, Omar Bakr, said.',
     "The decision belongs to Ali Hassan", "Omar Bakr"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_appositive_stops_at_the_quote_mark(code_text, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_of(code_text, text, quote) == speaker


def test_the_quoted_name_keeps_no_title_of_the_speaker(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text('"We spoke to Ali Hassan," the minister said.')
    holders = [a for a in result.actors if any(m.span.text == "the minister" for m in a.mentions)]
    assert [a.name for a in holders] == ["minister"]
    assert all(a.role is None for a in result.actors if a.name == "Ali Hassan")
