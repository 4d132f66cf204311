"""Quotes that go on: a direct quote with no cue of its own takes the speaker of the quote it
continues, in the same paragraph (only the first quote's attribution between them, or "and"
joining two quotes of one sentence) or across paragraphs (a multi-paragraph quote, or a paragraph
that opens with a quote after a paragraph of someone's speech), unless someone else acts between.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Sequence

from ..common import doc_text
from .book import ActorBook, Found
from .cues import is_speech_verb
from .marks import Paragraph, QuoteRegion
from .placement import segment
from .shape import TokenIndex


def only_attribution_between(prev: Found, region: QuoteRegion, index: TokenIndex, book: ActorBook) -> bool:
    """Between two quotes of a paragraph stands nothing but the first one's attribution (and no one
    else doing something: '"We will win," Tom said, and Ann laughed. "I doubt it."' is not Tom's)."""
    assert prev.region is not None
    between = [t for t in segment(index, prev.region.outer_end, region.open) if not t.is_punct]
    closed = prev.cue is not None and prev.region.outer_end <= prev.cue.start  # 'we need to "…," X said.'
    if prev.kind == "partial" and not closed:  # 'X said the plan "…." "…"': a run of quotes with nothing between
        return not between or _joined_by_coordinator(prev.region, region, between, index)
    cue_end = prev.cue.end if prev.cue is not None else -1
    # the attribution stands between the two quotes: a cue after the first, whatever rule found it
    cue_between = prev.cue is not None and prev.region.outer_end <= prev.cue.start and cue_end <= region.open
    if not (prev.rule.startswith(("direct-cue-after", "direct-same-paragraph")) or cue_between) \
            or cue_end > region.open:
        return prev.rule.startswith("direct-same-paragraph") and not between
    own = prev.speaker.span if prev.speaker is not None else None  # "…," said X commenting on it. "…"

    def another_speaks(verb: Any) -> bool:
        return any(c.dep_ == "nsubj" and not (own is not None and own.start <= c.idx < own.end) for c in verb.children)
    return len(between) <= 25 and not any(is_speech_verb(t) and t.idx > cue_end and another_speaks(t) for t in between) \
        and not any(_someone_else(t, prev, book) for t in between if t.idx > cue_end)


def joined_quote(region: QuoteRegion, found: Sequence[Found], index: TokenIndex) -> Found | None:
    """The attributed quote of the same paragraph that this one is joined to by "and" (see below)."""
    same = [f for f in found if f.paragraph == region.paragraph and f.kind != "indirect" and f.region is not None]
    if not same or same[-1].speaker is None or same[-1].region is None:
        return None
    prev = same[-1].region
    between = [t for t in segment(index, prev.outer_end, region.open) if not t.is_punct]
    return same[-1] if between and _joined_by_coordinator(prev, region, between, index) else None


def _joined_by_coordinator(prev: QuoteRegion, region: QuoteRegion, between: Sequence[Any], index: TokenIndex) -> bool:
    """'X said he was "humbled" by the results and "…"': the words between two quotes of one sentence
    end with "and" and hold no subject, speech verb or sentence end, so the second quote goes on
    with the same speech."""
    text = doc_text(index.doc)[prev.outer_end: region.open]
    return between[-1].lower_ in ("and", "but") and len(between) <= 12 and not any(ch in text for ch in ".;!?") \
        and not any(t.dep_ in ("nsubj", "nsubjpass", "expl") or is_speech_verb(t) for t in between)


def _someone_else_after(prev: Found, par: Paragraph, index: TokenIndex, book: ActorBook) -> bool:
    """After a quote and its attribution, the rest of its paragraph has another actor as a subject."""
    assert prev.region is not None
    start = max(prev.region.outer_end, prev.cue.end if prev.cue is not None else 0,
                prev.speaker.span.end if prev.speaker is not None and prev.speaker.span is not None else 0)
    return any(_someone_else(t, prev, book) for t in segment(index, start, par.end + 1))


def _someone_else(tok: Any, prev: Found, book: ActorBook) -> bool:
    """A subject between two quotes that names someone other than the first quote's speaker."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ == "PRON" or prev.speaker is None \
            or tok.head.dep_ in ("relcl", "acl"):
        return False  # "…," said Tom, whose party won: an aside about the speaker
    if prev.speaker.span is not None and prev.speaker.span.start <= tok.idx < prev.speaker.span.end:
        return False
    actor = book.at_token(tok)
    if actor is not None:
        return actor.id != prev.speaker.actor
    return tok.ent_type_ == "PERSON"


def inherited_speaker(region: QuoteRegion, found: list[Found], pars: Sequence[Paragraph], text: str,
               indirect: Sequence[Found] = (), index: TokenIndex | None = None,
               book: ActorBook | None = None) -> tuple[Found, str] | None:
    """A speaker carried over from the previous paragraph's quote.

    A paragraph that continues a multi-paragraph quote keeps its speaker; a paragraph that opens
    with a quote and names no one continues the quote run of the paragraph before (news style),
    unless someone else acts after that quote ('"…," said X. Y was unimpressed.').
    """
    if region.open != pars[region.paragraph].start and not region.continues:
        return None
    prev = [f for f in found if f.paragraph == region.paragraph - 1 and f.kind == "direct"]
    if prev and prev[-1].speaker is not None:
        if region.continues and prev[-1].region is not None and prev[-1].region.continued:
            return prev[-1], "direct-continued-paragraph"
        if index is not None and book is not None and (
                _someone_else_after(prev[-1], pars[region.paragraph - 1], index, book)
                or _someone_else_in_own_paragraph(region, prev[-1], pars[region.paragraph], index, book)):
            return None
        return prev[-1], "direct-previous-paragraph"
    reported = [f for f in indirect if f.paragraph == region.paragraph - 1 and f.speaker is not None
                and f.speaker.actor is not None]
    if reported and not prev and _ends_paragraph(reported[-1], pars[region.paragraph - 1], text) and not (
            index is not None and book is not None
            and _someone_else_in_own_paragraph(region, reported[-1], pars[region.paragraph], index, book)):
        return reported[-1], "direct-previous-paragraph"  # "…, X said." then a paragraph of X's words
    return None


def _someone_else_in_own_paragraph(region: QuoteRegion, prev: Found, par: Paragraph, index: TokenIndex,
                                   book: ActorBook) -> bool:
    """The quote's own paragraph goes on with another actor as a subject ('"The vote is over." Reyes
    stood up and left the hall.'): the paragraph is about someone, not a continuation of the speech
    before, so the speaker before is not carried over."""
    return any(_someone_else(t, prev, book) for t in segment(index, region.outer_end, par.end + 1))


def reported_just_before(region: QuoteRegion, indirect: Sequence[Found], text: str) -> Found | None:
    """The reported clause of the same paragraph whose closing attribution ends the sentence right
    before the quote ("…, Medvedev said. "The market …""): its speaker goes on speaking."""
    for f in indirect:
        if f.paragraph != region.paragraph or f.cue is None or f.speaker is None \
                or f.speaker.actor is None or f.cue.end > region.open:
            continue
        if f.cue.start < f.end:  # "As X told Y, Z. "…"": the attribution opens the sentence
            if f.cue.end > f.start:
                continue
            tail = f.end
        else:
            tail = max(f.cue.end, f.speaker.span.end if f.speaker.span is not None else 0)
        if text[tail: region.open].strip() == ".":
            return f
    return None


def _ends_paragraph(f: Found, par: Paragraph, text: str) -> bool:
    """The reported clause's attribution closes its paragraph ("…, the minister said.")."""
    return f.cue is not None and f.cue.start >= f.end and not text[f.cue.end: par.end].strip(" .").count(".")


def fill_back_continued(found: list[Found]) -> list[Found]:
    """A multi-paragraph quote attributed in a later paragraph: earlier parts get that speaker, over
    one only guessed from the paragraph before the quote (rule ``direct-previous-paragraph``)."""
    out = list(found)
    for k in range(len(out) - 2, -1, -1):
        f, nxt = out[k], out[k + 1]
        guessed = f.speaker is None or (f.rule == "direct-previous-paragraph" and nxt.cue is not None)
        if guessed and f.region is not None and f.region.continued and nxt.region is not None \
                and nxt.region.continues and nxt.paragraph == f.paragraph + 1 and nxt.speaker is not None:
            out[k] = dataclasses.replace(f, speaker=nxt.speaker, cue=nxt.cue, rule="direct-continued-paragraph",
                                         score=0.7)
    return out


__all__ = ["fill_back_continued", "inherited_speaker", "joined_quote", "only_attribution_between",
           "reported_just_before"]
