"""What a quoted region looks like: a quotation, a partial quote, or not speech at all.

Quote marks also wrap titles ("the film 'Dark Waters'"), nicknames (Jane "Iron" Doe), names of
groups, and scare quotes (a so-called "peace plan"). These are told apart from speech by the
words around the marks and the shape of the content, before anyone looks for a speaker.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any, Literal

from ..common import doc_text
from .marks import QuoteRegion
from .speakers import is_speech_verb

Shape = Literal["direct", "partial", "title", "nickname", "scare"]

# a noun right before the marks that names a work, a label or a word: the quoted text is a name
TITLE_NOUNS = frozenset("""
book novel film movie song album single show series play poem documentary memoir essay column headline slogan
motto hashtag campaign operation programme program exhibition opera painting podcast track anthem musical
sitcom drama biography manifesto doctrine term word phrase expression label nickname title magazine newspaper
brand motto chant banner sign placard tagline catchphrase
""".split())
# verbs and adjectives right before the marks that introduce a name
NAMING_WORDS = frozenset("""
titled entitled called named dubbed nicknamed codenamed branded labelled labeled termed so-called self-styled
self-proclaimed
""".split())
_FUNCTION_WORDS = frozenset("of the and a an in on for to at by with from or".split())
_CLAUSE_OPENERS = set(":,\u2014\u2013-([")
_TERMINAL = set(".!?\u2026")
_CLOSING = set('"\u201d\u2019\u00bb\'')


@dataclass(frozen=True)
class RegionShape:
    shape: Shape
    tokens: tuple[Any, ...]
    words: int
    has_verb: bool
    starts_clause: bool
    ends_sentence: bool  # the content ends with . ! ? inside the marks


class TokenIndex:
    """Tokens of a Doc by character offset (bisect over token starts)."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.starts = [t.idx for t in doc]

    def within(self, start: int, end: int) -> list[Any]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [t for t in self.doc[lo:hi] if not t.is_space]

    def before(self, pos: int) -> Any | None:
        k = bisect.bisect_left(self.starts, pos) - 1
        while k >= 0 and self.doc[k].is_space:
            k -= 1
        return self.doc[k] if k >= 0 else None

    def after(self, pos: int) -> Any | None:
        k = bisect.bisect_left(self.starts, pos)
        while k < len(self.doc) and self.doc[k].is_space:
            k += 1
        return self.doc[k] if k < len(self.doc) else None


def _prev_char(text: str, pos: int, floor: int) -> str | None:
    k = pos - 1
    while k >= floor and text[k] in " \t":
        k -= 1
    return text[k] if k >= floor else None


def is_title_case(words: list[str]) -> bool:
    content = [w for w in words if w[:1].isalpha()]
    if len(content) < 2:
        return False
    return all(w[0].isupper() or w.lower() in _FUNCTION_WORDS for w in content) and content[0][0].isupper()


def shape_of(region: QuoteRegion, index: TokenIndex, par_start: int) -> RegionShape:
    """Classify one outer quoted region by its context and content."""
    text = doc_text(index.doc)
    toks = tuple(index.within(region.start, region.end))
    words = [t.text for t in toks if t.is_alpha or t.like_num]
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in toks)
    prev_ch = _prev_char(text, region.open, par_start)
    if prev_ch is not None and prev_ch in _CLOSING and region.open >= 2:
        before_mark = _prev_char(text, text.rindex(prev_ch, par_start, region.open), par_start)
        prev_ch = before_mark if before_mark in _TERMINAL or before_mark == "," else prev_ch  # ."  "Next …
    prev_tok = index.before(region.open)
    next_tok = index.after(region.outer_end)
    first_upper = bool(words) and words[0][:1].isupper()
    starts_clause = (
        prev_ch is None or prev_ch in _CLAUSE_OPENERS or prev_ch in _TERMINAL
        or (prev_tok is not None and prev_tok.idx < par_start)
        or (first_upper and prev_tok is not None and (is_speech_verb(prev_tok) or _object_of_speech(prev_tok)))
    )
    ends_sentence = text[region.end - 1] in _TERMINAL or text[region.end - 1] == ","
    shape: Shape
    lowered = prev_tok.lower_ if prev_tok is not None and prev_tok.idx >= par_start else ""
    before2 = index.before(prev_tok.idx) if prev_tok is not None else None
    if lowered in NAMING_WORDS or (lowered == "as" and before2 is not None and before2.lower_ in ("known", "billed")):
        shape = "title"
    elif (lowered in TITLE_NOUNS or (lowered == "," and before2 is not None and before2.lower_ in TITLE_NOUNS)) \
            and not starts_clause_strict(prev_ch):
        shape = "title"
    elif _is_nickname(prev_tok, next_tok, len(words), par_start):
        shape = "nickname"
    elif starts_clause and (has_verb or len(words) >= 4 or ends_sentence):
        shape = "direct"
    elif not starts_clause and is_title_case([t.text for t in toks]) and not has_verb:
        shape = "title"
    else:
        shape = "partial"
    return RegionShape(shape, toks, len(words), has_verb, starts_clause, text[region.end - 1] in _TERMINAL)


def starts_clause_strict(prev_ch: str | None) -> bool:
    return prev_ch == ":"


def _object_of_speech(tok: Any) -> bool:
    """``told reporters "We…"``: the hearer between a speech verb and the quote."""
    return tok.dep_ in ("dobj", "dative", "pobj") and is_speech_verb(tok.head) and tok.pos_ in ("NOUN", "PRON", "PROPN")


def _is_nickname(prev_tok: Any, next_tok: Any, words: int, par_start: int) -> bool:
    return (
        words <= 4 and prev_tok is not None and next_tok is not None and prev_tok.idx >= par_start
        and prev_tok.pos_ == "PROPN" and next_tok.pos_ == "PROPN" and next_tok.text[:1].isupper()
        and prev_tok.ent_type_ in ("PERSON", "") and not prev_tok.is_punct
    )


__all__ = ["NAMING_WORDS", "RegionShape", "Shape", "TITLE_NOUNS", "TokenIndex", "is_title_case", "shape_of"]
