"""Typewriter quote pairs: ``…'' (two backticks open, two straight single marks close), and `…'.

Some wire copy and older wiki text print double quotes this way; two articles of the benchmark's
newest development set do. Each pair is one double-quoted region at the same offsets as the text
(no character is replaced in the text itself). Negative cases: a lone backtick, an apostrophe,
and an ordinary double quote are left as they were.
"""

from __future__ import annotations

import pytest

from tidings.extract.quotes.marks import find_quote_regions, top_level


def outer_texts(text: str) -> list[str]:
    return [text[r.start: r.end] for r in top_level(find_quote_regions(text))]


@pytest.mark.parametrize("text, expected", [
    ("`` We will rebuild the bridge. '' said Ann Vale.", ["We will rebuild the bridge."]),
    ("``We will rebuild,'' she said, ``and soon.''", ["We will rebuild,", "and soon."]),
    ("He called it ``a betrayal'' on Monday.", ["a betrayal"]),
    ("`` The town is ready, '' said Tom. \"We are too,\" said Ann.", ["The town is ready,", "We are too,"]),
    ("on what is known as ` Black Friday '. The market fell. `` It's ugly, '' said Tom.",
     ["Black Friday", "It's ugly,"]),
    ("He called it `the last chance' in May, and it's over.", ["the last chance"]),
    # negative: no backtick pair, no region from a doubled apostrophe
    ("It is the dog's bowl and the cat's bed.", []),
    ("A lone ` mark and a plain word.", []),
    ('She said "yes" twice.', ["yes"]),
])
def test_quotes_marks_typewriter_pairs(text: str, expected: list[str]) -> None:
    assert outer_texts(text) == expected
