"""Find quoted stretches of text from the quote marks alone (no parser needed).

News text mixes conventions: straight and curly double quotes, British single quotes (with
apostrophes in "Ukraine's" or "dialled in'" that must not open anything), «guillemets» and
„low-high“ quotes, quotes inside quotes, and the multi-paragraph convention in which a paragraph
that runs on into the next one has no closing mark. So the number of marks may be odd; this
module never raises on unbalanced marks, it just reports the regions it can pair or justify.

Each paragraph (a line of the text) is scanned once with a stack. A mark's role comes from its
shape (“ opens, ” closes) or, for the ambiguous straight marks, from its flanking characters the
way Markdown decides emphasis: a mark preceded by space and followed by a letter opens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Literal

Family = Literal["double", "single", "guillemet"]

# mark -> (family, may open, may close); ambiguous marks are decided by context
_MARKS: dict[str, tuple[Family, bool, bool]] = {
    '"': ("double", True, True),
    "\u201c": ("double", True, True),   # “ opens (English) or closes („…“ German)
    "\u201d": ("double", True, True),   # ” closes (and opens in Swedish style)
    "\u201e": ("double", True, False),  # „
    "\u201f": ("double", True, False),  # ‟
    "\u00ab": ("guillemet", True, True),  # «
    "\u00bb": ("guillemet", True, True),  # »
    "'": ("single", True, True),
    "\u2018": ("single", True, True),   # ‘
    "\u2019": ("single", True, True),   # ’ (also the typographic apostrophe)
    "\u201a": ("single", True, False),  # ‚
    "\u2039": ("single", True, True),   # ‹
    "\u203a": ("single", True, True),   # ›
}
# marks that by their shape prefer one role when both are possible
_PREFERS_OPEN = {"\u201c", "\u201e", "\u201f", "\u00ab", "\u2018", "\u201a", "\u2039"}
_PREFERS_CLOSE = {"\u201d", "\u00bb", "\u2019", "\u203a"}
_APOSTROPHES = {"'", "\u2019"}
# a straight or right single mark before these is an elision, not an opening quote
_ELISIONS = ("em ", "em,", "em.", "til ", "tis ", "twas ", "cause ", "bout ", "n ", "n'", "n\u2019", "round ")
_OPEN_CONTEXT = set("([{\u2014\u2013-/") | {'"', "\u201c", "\u201e", "\u00ab", "\u2018", "\u201a", "\u2039", "'"}
_CLOSE_CONTEXT = set(".,;:!?)]}\u2014\u2013-/\u2026") | {'"', "\u201d", "\u00bb", "\u2019", "\u203a", "'"}


# typewriter double quotes: ``…'' (two backticks open, two straight single marks close), one paragraph
_TYPEWRITER = re.compile(r"``(.+?)''")
# and single ones: `…' (a lone backtick opens; a straight mark before no letter closes, not the one of "it's")
_TYPEWRITER_SINGLE = re.compile(r"(?<!`)`(?!`)([^`]+?)'(?!\w)")


@dataclass(frozen=True)
class QuoteRegion:
    """A quoted stretch: ``[start, end)`` is the content inside the marks.

    ``close`` is None where the paragraph ended with the quote still open (multi-paragraph
    quotes); ``continues`` says the paragraph picks up a quote left open by the previous one,
    ``continued`` that this one is left open and the next paragraph reopens it.
    """

    start: int
    end: int
    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark
    family: Family
    depth: int
    paragraph: int
    continues: bool = False
    continued: bool = False

    @property
    def outer_start(self) -> int:
        return self.open

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.close is not None else self.end


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int  # without the trailing newline and trailing spaces


def paragraphs(text: str) -> list[Paragraph]:
    """Non-blank lines of the text, with their offsets (a newline ends a paragraph)."""
    out: list[Paragraph] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.rstrip()
        lead = len(line) - len(line.lstrip())
        if stripped.strip():
            out.append(Paragraph(len(out), pos + lead, pos + len(stripped)))
        pos += len(line) + 1
    return out


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _role(text: str, i: int, lo: int, hi: int, open_families: list[Family]) -> str | None:
    """'open', 'close' or None (an apostrophe or a stray mark) for the mark at ``text[i]``."""
    ch = text[i]
    family, may_open, may_close = _MARKS[ch]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if family == "single" and ch in _APOSTROPHES:
        if _is_word(prev) and _is_word(nxt):
            return None  # Ukraine's, don't, rock'n'roll
        if not prev.isspace() and prev not in _OPEN_CONTEXT and "single" not in open_families:
            return None  # the leaders' plan, goin' home: no single quote is open to close
        if (prev.isspace() or prev in _OPEN_CONTEXT) and (nxt.isdigit() or text[i + 1: i + 8].lower().startswith(_ELISIONS)):
            return None  # '90s, 'em, 'til
    left_flanking = not nxt.isspace() and (prev.isspace() or prev in _OPEN_CONTEXT)
    right_flanking = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_CONTEXT or not _is_word(nxt))
    is_open = family in open_families
    if ch == "\u201c" and is_open and right_flanking and not left_flanking:
        return "close"  # „German style“
    if ch in _PREFERS_OPEN and may_open and left_flanking:
        return "open"
    if ch in _PREFERS_CLOSE and is_open and right_flanking:
        return "close"
    if ch in _PREFERS_CLOSE and family == "guillemet" and left_flanking and not is_open:
        return "open"  # »German style«
    if is_open and may_close and right_flanking:
        return "close"
    if may_open and left_flanking:
        return "open"
    if is_open and may_close and ch not in _PREFERS_OPEN and family != "single":
        return "close"  # word"word: close what is open rather than open something new
    if family == "double" and may_open and not is_open and not nxt.isspace() and i + 1 < hi:
        return "open"
    return None


def _scan(text: str, par: Paragraph) -> tuple[list[QuoteRegion], list[tuple[int, Family]]]:
    """Pair the marks of one paragraph; return closed regions and the marks left open."""
    stack: list[tuple[int, Family]] = []
    regions: list[QuoteRegion] = []
    for i in range(par.start, par.end):
        ch = text[i]
        if ch not in _MARKS:
            continue
        role = _role(text, i, par.start, par.end, [f for _, f in stack])
        family = _MARKS[ch][0]
        if role == "open":
            stack.append((i, family))
        elif role == "close":
            depth = max(k for k, (_, f) in enumerate(stack) if f == family)
            open_pos = stack[depth][0]
            del stack[depth:]  # marks opened inside and never closed were not quotes
            s, e = _trim(text, open_pos + 1, i)
            if e > s:
                regions.append(QuoteRegion(s, e, open_pos, i, family, depth, par.index))
    return regions, stack


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _opens_with_mark(text: str, par: Paragraph) -> Family | None:
    ch = text[par.start]
    if ch in _MARKS and par.start + 1 < par.end and not text[par.start + 1].isspace():
        return _MARKS[ch][0]
    return None


def _lone_close(text: str, par: Paragraph, family: Family) -> int | None:
    """The closing mark that ends a paragraph opened by none ('…said, "I think …\n\nIt was … here."'):
    the paragraph's first mark of the family closes a word and ends the paragraph's text."""
    marks = [i for i in range(par.start, par.end) if text[i] in _MARKS and _MARKS[text[i]][0] == family]
    if len(marks) != 1:
        return None
    i = marks[0]
    closes_word = i > par.start and not text[i - 1].isspace()
    return i if closes_word and not text[i + 1: par.end].strip() else None


def find_quote_regions(text: str) -> list[QuoteRegion]:
    """Every quoted region of the text, outer and inner, sorted by offset.

    Typewriter pairs (``…'' and `…') are regions of their own, found first; the other marks are
    then paired with those blanked out. An opening mark left unclosed at the end of a paragraph
    yields a region up to the paragraph's end when the next paragraph reopens a quote of the same kind (the multi-paragraph convention)
    or when the mark opened the paragraph; otherwise it was a stray mark and is ignored.
    """
    pars = paragraphs(text)
    out: list[QuoteRegion] = []
    for pattern, family in ((_TYPEWRITER, "double"), (_TYPEWRITER_SINGLE, "single")):
        found = [(par, m) for par in pars for m in pattern.finditer(text, par.start, par.end)]
        if not found:
            continue
        chars = list(text)  # scan the rest with the pairs' marks blanked out, at the same offsets
        for par, m in found:
            width = 2 if family == "double" else 1
            chars[m.start(): m.start() + width] = " " * width
            chars[m.end() - width: m.end()] = " " * width
            s, e = _trim(text, m.start() + width, m.end() - width)
            if e > s:
                out.append(QuoteRegion(s, e, m.start(), m.end() - 1, family, 0, par.index))  # type: ignore[arg-type]
        text = "".join(chars)
    carried = False  # the previous paragraph left a quote open for this one
    closing: tuple[int, Family] | None = None  # a quote left open that this paragraph closes with a lone mark
    for k, par in enumerate(pars):
        regions, left_open = _scan(text, par)
        if closing is not None:
            s, e = _trim(text, par.start, closing[0])
            if e > s and not any(r.open < closing[0] <= (r.close or r.end) for r in regions):
                # no mark opens it: the paragraph break before it stands for the opening mark
                regions.insert(0, QuoteRegion(s, e, par.start - 1, closing[0], closing[1], 0, par.index, continues=True))
            closing = None
        nxt_family = _opens_with_mark(text, pars[k + 1]) if k + 1 < len(pars) else None
        this_continues = carried and _opens_with_mark(text, par) is not None
        carried = False
        if left_open:
            open_pos, family = left_open[0]
            at_start = open_pos == par.start
            reopened = nxt_family == family
            lone = _lone_close(text, pars[k + 1], family) if k + 1 < len(pars) and not reopened else None
            if reopened or at_start or lone is not None:
                s, e = _trim(text, open_pos + 1, par.end)
                if e > s:
                    regions.append(QuoteRegion(s, e, open_pos, None, family, 0, par.index,
                                               continued=reopened or lone is not None))
                carried = reopened
                closing = (lone, family) if lone is not None else None
        if this_continues:
            regions = [_mark_continues(r, par) for r in regions]
        out.extend(regions)
    out.sort(key=lambda r: (r.start, r.depth))
    return out


def _mark_continues(region: QuoteRegion, par: Paragraph) -> QuoteRegion:
    if region.open != par.start or region.depth:
        return region
    return QuoteRegion(region.start, region.end, region.open, region.close, region.family, region.depth,
                       region.paragraph, continues=True, continued=region.continued)


def top_level(regions: list[QuoteRegion]) -> Iterator[QuoteRegion]:
    """The outermost regions (quotes inside quotes belong to their outer quote)."""
    last_end = -1
    for r in sorted(regions, key=lambda r: (r.start, -r.end)):
        if r.start >= last_end:
            last_end = r.end
            yield r


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) character offsets of the outermost quotes of ``text``."""
    return [(r.start, r.end) for r in top_level(find_quote_regions(text))]


__all__ = ["Family", "Paragraph", "QuoteRegion", "find_quote_regions", "paragraphs", "quoted_spans", "top_level"]
