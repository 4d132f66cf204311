"""Failure class (issue 10, speakers; found on wire-style text written for the purpose in session 23):
"The Constitutional Council overturned the president's decision to postpone the election, ruling on
Thursday that the delay was unconstitutional": the parser hangs the participle "ruling" on the
object "decision", and the quote's speaker was that thing (no one). A participle after a comma that
hangs on a thing (a noun that names no one who speaks) is an adjunct of the main clause: whoever
did the act speaks.

Not: a participle on a group of people ("the demonstrators, demanding …"), who speak themselves
(the cue's older tests), nor one with no comma before it. Sentences written for these tests, before
the fix."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.pipeline import Pipeline
from tidings.schema import Article


def _speakers(text: str) -> list[str | None]:
    r = Pipeline(errors="raise", components=["actors", "quotes"]).code(Article(id="t", text=text, date=dt.date(2024, 3, 5)))
    names = {a.id: a.name for a in r.actors}
    return [names.get(q.speaker) if q.speaker else None for q in r.quotes]


@pytest.mark.parametrize("text, speaker", [
    ("The Velmar Supreme Court rejected the government's appeal on Monday, arguing that the law was clear.",
     "Supreme Court"),
    ("Senegal's Constitutional Council overturned President Macky Sall's decision to postpone the presidential "
     "election, ruling on Thursday that the delay was unconstitutional.", "Constitutional Council"),
])
def test_quotes_participle_on_a_thing_is_the_main_subjects(text, speaker) -> None:  # type: ignore[no-untyped-def]
    found = _speakers(text)
    assert found and found[0] is not None and speaker in found[0], found
