"""A pronoun in a quote resumed after its cue refers first to whom the turn named before it.

'"Tom Hale is giving away our land," said Ivo Marsh. "He has no mandate."': one speaker's turn, cut
by its cue into two quotes. The pronoun of the second refers to Hale, named in the first, as it
would in one quote; it went to someone outside the quote, and the speaker's accusation to the wrong
person (issue 10: a quote's pronoun resolved wrong). The quotes of one paragraph are one turn; a
quote in another paragraph is not, and a pronoun there searches as before. Sentences written for
the test (the cast of ``test_coref_pronoun_classes``).
"""

from __future__ import annotations

import pytest

from test_coref_pronoun_classes import referent

pytestmark = pytest.mark.model

CASES = [
    # the turn resumed after its cue: the one named in its first part
    ('Per Lund spoke on Monday. "Tom Hale is giving away our land," said Ivo Marsh. "He has no mandate."',
     "Tom Hale"),
    ('Per Lund spoke on Monday. "Omar Varo lied to us," Ann Vale said. "He must resign."', "Omar Varo"),
    # negative: nobody agreeing named in the first part: the search goes on as before (the speaker)
    ('Per Lund spoke on Monday. "The land is ours," said Ivo Marsh. "He has no mandate."', "Ivo Marsh"),
    # negative: a quote in a new paragraph is another turn; its pronoun does not reach into the old one
    ('Per Lund spoke on Monday. "Tom Hale is giving away our land," said Ivo Marsh.\n\n'
     'Ivo Marsh left the hall. "He has no mandate," he said.', "Ivo Marsh"),
]


@pytest.mark.parametrize("text, who", CASES, ids=["said-then-resumed", "cue-then-resumed", "nobody-named",
                                                   "new-paragraph"])
def test_pronoun_in_a_resumed_quote(nlp, text: str, who: str) -> None:  # type: ignore[no-untyped-def]
    assert referent(nlp, text, word="He") == who
