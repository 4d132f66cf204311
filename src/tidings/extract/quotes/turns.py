"""What a pronoun inside a quote can see: the words of the speaker's turn before it.

A pronoun in a quote refers first to whom that turn names before it ("Mr Hale should be remembered
for what he was. He was ruthless": Hale, not the quote's speaker). A turn is the quote holding the
pronoun and the quotes before it in the same paragraph: '"X is giving away our land," said Y. "He
has no mandate."' is one turn cut by its cue. Other quoted words stay hidden from the search
(:func:`tidings.extract.quotes.coreference.resolve`).
"""

from __future__ import annotations

import bisect
import itertools
from typing import Any, Callable

from ...schema import Actor
from .book import ActorBook


def quote_test(quoted: list[tuple[int, int]]) -> Callable[[Any], bool]:
    ordered = sorted(quoted)
    starts = [s for s, _ in ordered]
    reach = list(itertools.accumulate((e for _, e in ordered), max))  # the furthest end so far

    def inside(t: Any) -> bool:
        i = bisect.bisect_right(starts, t.idx)  # quotes that start at or before the token
        return i > 0 and reach[i - 1] > t.idx
    return inside


def turn_start(tok: Any, quoted: list[tuple[int, int]]) -> int | None:
    """Where the speaker's turn holding a quoted pronoun begins: the innermost quote holding it, and
    the quotes before it in the same paragraph ('"X is giving away our land," said Y. "He has no
    mandate."': one turn cut by its cue). None outside quotes."""
    own = [(s, e) for s, e in quoted if s <= tok.idx < e]
    if not own:
        return None
    start = max(s for s, _ in own)  # the innermost quote holding the pronoun
    text = tok.doc.text
    for s, e in sorted(quoted, reverse=True):
        if e <= start and "\n" not in text[e:start]:
            start = s
    return start


def outside_own_turn(tok: Any, quoted: list[tuple[int, int]], inside_quote: Callable[[Any], bool]
                       ) -> Callable[[Any], bool]:
    """The test that hides quoted words from a pronoun's search, but not those of the quote the
    pronoun stands in: a pronoun in a quote refers first to whom that quote names before it ("Mr
    Hale should be remembered for what he was. He was ruthless": Hale, not the quote's speaker)."""
    start = turn_start(tok, quoted)
    if start is None:
        return inside_quote
    return lambda t: inside_quote(t) and not start <= t.idx < tok.idx


def named_in_own_turn(tok: Any, quoted: list[tuple[int, int]], book: ActorBook,
                        fits: Callable[[Actor], bool]) -> list[Actor]:
    """The agreeing actors the quote holding a pronoun names before it (none outside a quote): the
    quote's speaker calls themselves "I", so a "he" or "she" there is first someone the quote names."""
    start = turn_start(tok, quoted)
    if start is None:
        return []
    inside = quote_test(quoted)
    found: list[Actor] = []
    for i in range(tok.i - 1, -1, -1):
        t = tok.doc[i]
        if t.idx < start:
            break
        if not inside(t):
            continue  # the cue between two quotes of the turn
        actor = book.at_token(t)
        if actor is not None and fits(actor) and actor not in found:
            found.append(actor)
    return found[::-1]


__all__ = ["named_in_own_turn", "outside_own_turn", "quote_test", "turn_start"]
