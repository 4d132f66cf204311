"""The ``times`` component: every temporal expression of the text, resolved to a date.

Candidates come from spaCy's DATE and TIME entities and from patterns the small model misses
("on Wednesday", "two days ago", "between 1 and 3 May"); overlapping candidates keep the
longest. Each is resolved by :mod:`tidings.extract.times.temporal` against the article's date with
the tense of the clause it belongs to, so "will meet on Monday" looks forward and "met on
Monday" looks back; "the following day" and "two days later" count from the last date the
story told before them, when it is near. An expression that cannot be resolved is still listed, with no value.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from typing import Any, Iterable, Iterator

from ...registry import Resources
from ...schema import ArticleResult, Provenance, Span, TimeExpression
from ..common import doc_text, word_class
from .temporal import MONTHS, WEEKDAYS, is_narrative, resolve, resolve_narrative

COMPONENT = "tidings.times.v1"
COMPARISON_WORDS = word_class("times.comparison_words")  # "from a year earlier" is a baseline
NARRATIVE_REACH = 1500  # characters back to the date "the following day" may count from (a paragraph or two)

_MONTH = "|".join(sorted((m for m in MONTHS if m != "may"), key=len, reverse=True))
_ANY_MONTH = _MONTH + "|may"
_WD = "|".join(sorted((w for w in WEEKDAYS if len(w) > 3), key=len, reverse=True))
_NUMW = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|a couple of)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_DAYN = r"[0-3]?\d(?:st|nd|rd|th)?"
_YEARN = r"(?:1[6-9]|20)\d\d"

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(p, re.IGNORECASE)) for name, p in (
        ("day-range", rf"\b(?:between|from)\s+{_DAYN}(?:\s+(?:{_ANY_MONTH})\.?)?\s+(?:and|to|until)\s+{_DAYN}\s+"
                      rf"(?:{_ANY_MONTH})\.?(?:,?\s+{_YEARN})?\b"),
        ("day-range", rf"\b(?:between|from)\s+(?:{_ANY_MONTH})\.?\s+{_DAYN}\s+(?:and|to|until)\s+"
                      rf"(?:(?:{_ANY_MONTH})\.?\s+)?{_DAYN}(?:,?\s+{_YEARN})?\b"),
        ("day-range", rf"\b{_DAYN}\s*[-\u2013]\s*{_DAYN}\s+(?:{_ANY_MONTH})\.?(?:,?\s+{_YEARN})?\b"),
        ("weekday-range", rf"\b(?:between|from)\s+(?:{_WD})\s+(?:and|to|until)\s+(?:{_WD})\b"),
        ("date", rf"\b(?:(?:{_WD}),?\s+)?{_DAYN}\s+(?:of\s+)?(?:{_ANY_MONTH})\.?(?:,?\s+{_YEARN})?\b"),
        ("date", rf"\b(?:(?:{_WD}),?\s+)?(?:{_ANY_MONTH})\.?\s+{_DAYN}\b(?:,?\s+{_YEARN}\b)?"),
        ("month", rf"\b(?:(?:last|next|this|early|late|mid|in)\s+)(?:{_MONTH})\.?(?:\s+{_YEARN})?\b"),
        ("month", rf"\b(?:{_MONTH})\.?\s+{_YEARN}\b"),
        ("weekday", rf"\b(?:(?:last|next|this|on|early|late)\s+)?(?:{_WD}){_PART}\b"),
        ("deictic", r"\b(?:the\s+day\s+(?:before|after)\s+)?(?:yesterday|today|tonight|tomorrow)"
                    r"(?:\s+(?:morning|afternoon|evening|night))?\b"),
        ("deictic", r"\b(?:last\s+night|this\s+(?:morning|afternoon|evening))\b"),
        ("ago", rf"\b{_NUMW}\s+(?:day|week|month|year)s?\s+ago\b"),
        ("relative-unit", r"\b(?:(?:earlier|later|early|late)\s+)?(?:last|next|this|past|coming)\s+"
                          r"(?:week|month|year|weekend)\b"),
        ("year", rf"\b(?:in|since|by|during|until|of)\s+(?:early\s+|late\s+|mid-?)?{_YEARN}\b"),
        ("recent", r"\b(?:recently|lately|in\s+recent\s+(?:days|weeks))\b"),
        # a day of the month told alone, where no noun follows ("the 30th anniversary", "the 5th floor")
        ("ordinal-day", rf"\bthe\s+{_DAYN}(?=\s*(?:[,.;:!?)]|$)|\s+(?:at|in|and|when|after|before|as|while|with|to)\b)"),
        # counted from a date the story told; "the day before" only where no noun follows ("the day
        # before the vote" counts from the vote)
        ("narrative", r"\bthe\s+(?:(?:following|previous|preceding)\s+(?:day|morning|afternoon|evening|night|week|"
                      r"month|year)|next\s+(?:day|morning|afternoon|evening|night))\b"),
        ("narrative", rf"\b(?:the\s+day|{_NUMW}\s+(?:day|week|month|year)s?)\s+(?:before|after)(?=\s*(?:[,.;:)!?]|$))"),
        ("narrative", rf"\b{_NUMW}\s+(?:day|week|month|year)s?\s+(?:later|earlier)\b"),
    )
)

DATE_OF_NOUN = frozenset({"compound", "nmod", "amod", "poss", "nummod"})  # "the November 27 deal", "Sunday's vote"
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "\u2019ll"}
_FUTURE_HEADS = {"expect", "plan", "schedule", "set", "due", "intend", "aim", "prepare", "hope", "going"}


def tense_of(token: Any) -> str | None:
    """The tense of the clause a token belongs to: ``past``, ``present``, ``future`` or ``None``.

    Climbs from the token to the nearest verb; a noun phrase ("the meeting on Monday") takes
    the tense of the verb it hangs from. A date that modifies a noun names a thing ("the November
    27 agreement is void"): a present verb says nothing of when that was, so it has no tense then.
    """
    if modifies_a_noun(token):
        tense = tense_of(token.head)
        return None if tense == "present" else tense
    verb = token
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ != "aux":
            break
        if verb.head.i == verb.i:
            break
        verb = verb.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl") and verb.head.i != verb.i:
        return tense_of(verb.head)  # "Speaking on Monday, he warned": the participle has its head's tense
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX:
        return "future"
    if verb.dep_ == "xcomp" and verb.head.lemma_ in _FUTURE_HEADS:
        return "future"
    if verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in verb.children):
        return "future"
    tags = {verb.tag_} | {a.tag_ for a in auxes}
    if tags & {"VBD"} or (verb.tag_ == "VBN" and words & {"has", "have", "had", "'s", "'ve"}):
        return "past"
    if verb.tag_ == "VBN" and not auxes:
        return "past"  # a reduced relative or participle clause of news prose
    if words & {"would", "could", "might", "may", "should", "must", "can"}:
        return None
    if verb.tag_ == "VBG" and not auxes:
        return None  # "the minister speaking to the council": a bare -ing form is no finite tense
    if tags & {"VBZ", "VBP", "VBG"}:
        return "present"
    return None


def _spans(doc: Any, text: str) -> Iterator[tuple[int, int, str]]:
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME"):
            yield ent.start_char, ent.end_char, f"ner-{ent.label_.lower()}"
    for rule, pattern in PATTERNS:
        for m in pattern.finditer(text):
            yield m.start(), m.end(), f"pattern-{rule}"


def candidate_spans(doc: Any, text: str | None = None) -> list[tuple[int, int, str]]:
    """Non-overlapping candidate expressions, longest first where they overlap.

    ``text`` is ``doc.text`` when the caller already has it: spaCy rebuilds that string from
    the tokens on every access, which cost more than all the patterns together.
    """
    text = doc.text if text is None else text
    starts: list[int] = []  # the chosen spans, which never overlap, sorted by start
    ends: list[int] = []
    chosen: list[tuple[int, int, str]] = []
    # the rule breaks ties, so an entity and a pattern on the same span pick the same winner
    # whatever the hash seed ordered the set in
    for start, end, rule in sorted(set(_spans(doc, text)), key=lambda s: (-(s[1] - s[0]), s[0], s[2])):
        if not text[start:end].strip():
            continue
        i = bisect.bisect_left(starts, start)
        # only the neighbours can overlap: chosen spans are disjoint and sorted
        if (i < len(starts) and starts[i] < end) or (i > 0 and ends[i - 1] > start):
            continue
        starts.insert(i, start)
        ends.insert(i, end)
        chosen.append((start, end, rule))
    return sorted(chosen)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading preposition ("on", "in") from the span: the expression is what follows."""
    m = re.match(r"(?i)(?:on|in|at|since|by|during|until)\s+", text[start:end])
    if m and start + m.end() < end:
        start += m.end()
    return start, end


def _head_token(doc: Any, start: int, end: int) -> Any:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def modifies_a_noun(token: Any) -> bool:
    """Whether a date's token modifies a noun ("the November 27 deal", "Sunday's vote", "the 2016
    election"): it dates that thing."""
    return token.dep_ in DATE_OF_NOUN and token.head.i != token.i and token.head.pos_ in ("NOUN", "PROPN")


def _first_day(value: str) -> dt.date | None:
    """The first day of a resolved value ("2025", "2025-09", "2025-09-03"), or None."""
    try:
        return dt.date.fromisoformat((value + "-01-01")[:10])
    except ValueError:
        return None


def _compared(text: str, start: int) -> bool:
    """Whether the expression at ``start`` is the baseline of a comparison ("sales fell 32% from a
    year earlier", "up on a year earlier"): a period compared with, not a date the story tells."""
    before = text[max(0, start - 20):start].split()
    return bool(before) and before[-1].lower() in COMPARISON_WORDS


def extract_times(doc: Any, anchor: Any, text: str | None = None) -> Iterable[TimeExpression]:
    """Yield each temporal expression of ``doc`` resolved against ``anchor`` (a date or ``None``);
    ``text`` is ``doc.text`` where the caller has it."""
    text = doc_text(doc, text)
    told: tuple[int, dt.date, Any] | None = None  # the story's last date told: (end, its first day, precision)
    for start, end, rule in candidate_spans(doc, text):
        start, end = _trim(text, start, end)
        raw = text[start:end]
        head = _head_token(doc, start, end)
        tense = tense_of(head) if head is not None else None
        res = resolve(raw, anchor, tense)
        if res.value is None and is_narrative(raw) and told is not None and start - told[0] <= NARRATIVE_REACH \
                and not _compared(text, start):
            res = resolve_narrative(raw, told[1], told[2])
        if res.value and res.precision and not res.end_value and not (head is not None and modifies_a_noun(head)):
            first = _first_day(res.value)
            told = (end, first, res.precision) if first is not None else told
        if res.value is None and rule.startswith("pattern"):
            continue  # our own patterns only keep what they can resolve
        reason = res.reason if anchor is not None or res.value else "no article date to resolve against"
        yield TimeExpression(
            span=Span(start, end, raw), value=res.value, precision=res.precision, end_value=res.end_value,
            provenance=Provenance(COMPONENT, f"{rule}/{res.rule}", 1.0 if res.value else 0.0,
                                  f"{reason}; tense {tense or 'unknown'}"),
        )


def run(doc: Any, draft: ArticleResult, resources: Resources) -> ArticleResult:
    """Assign ``times``: the article's temporal expressions with resolved values."""
    return dataclasses.replace(draft, times=tuple(extract_times(doc, draft.article.date, draft.article.text)))


__all__ = ["COMPONENT", "candidate_spans", "extract_times", "modifies_a_noun", "run", "tense_of"]
