"""A title that is the subject of the clause after a fronted phrase is no appositive of the name
that ends the phrase.

"Per request of Prime Minister Boris Johnson, the Queen suspended parliament": the name ends a
fronted prepositional phrase, the comma closes it, and "the Queen" is the subject of the clause.
Read as "Boris Johnson, the Queen", the Queen became a mention of Johnson and the suspension his
(issue 10: wrong resolution). A title after a name and a comma is an appositive only when the
parse does not make it a clause's subject while the name sits in a phrase of its own. Real
appositives ("Ali Hassan, the minister, said") still join. Sentences written for the test.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, name, title", [
    ("Per request of Prime Minister Boris Johnson, the Queen suspended parliament for five weeks.", "Boris Johnson",
     "the Queen"),
    ("At the invitation of Prime Minister Ali Reza, the president visited Tulsa on Monday.", "Ali Reza", "the president"),
], ids=["per-request", "at-the-invitation"])
def test_the_subject_after_a_fronted_phrase_is_not_the_name(code_text, text: str, name: str, title: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    holders = [a for a in result.actors if any(m.span.text == title for m in a.mentions)]
    assert not [a for a in holders if a.name == name], [(a.name, [m.span.text for m in a.mentions]) for a in result.actors]


@pytest.mark.parametrize("text, name, title", [
    ("Ali Hassan, the minister, said the talks had failed.", "Ali Hassan", "the minister"),
    ("The talks were led by Ali Hassan, the foreign minister, on Monday.", "Ali Hassan", "the foreign minister"),
], ids=["subject-appositive", "phrase-appositive"])
def test_real_appositives_still_join(code_text, text: str, name: str, title: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    holders = [a for a in result.actors if any(m.span.text == title for m in a.mentions)]
    assert [a.name for a in holders] == [name], [(a.name, [m.span.text for m in a.mentions]) for a in result.actors]
