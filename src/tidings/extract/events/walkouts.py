"""Leaving talks: "quit peace talks", "walked out of the negotiations with X", "withdrew from the
talks", "pulled out of the dialogue" are refusals to meet (REJECT, mode meet), not a resignation or
a withdrawal of troops, and not a boycott. A verb of leaving whose object (word class
``events.coding.walkouts.leaving``) or whose "from"/"of" phrase (``events.coding.walkouts.leaving_from``)
is a meeting noun (a noun the lexicon gives CONSULT: talks, negotiations, a summit) leaves that
meeting; the meeting's "with" parties are whom the refusal is towards. Leaving an office, a race, a
treaty or a place is not this (the noun is no meeting).

Putting a meeting off ("postponed its annual meeting with X", "delayed a visit to X", word class
``events.coding.walkouts.putting_off``) is a refusal to meet too, when the meeting is with someone
(a "with" or "to" phrase on the noun or the verb); putting off an election, a vote or a meeting
with no one named is not.
"""

from __future__ import annotations

from typing import Any

from ..common import word_class
from .lexicon import Entry, Lexicon
from .nominals import entry_for_noun

_LEAVING = word_class("events.coding.walkouts.leaving")  # "quit the talks", "abandoned the negotiations"
_LEAVING_FROM = word_class("events.coding.walkouts.leaving_from")  # "withdrew from", "walked out of"
_PUTTING_OFF = word_class("events.coding.walkouts.putting_off")  # "postponed the visit"
_FROM = frozenset({"from", "of"})

REFUSED_MEETING = Entry("verb", "", "", "REJECT", "meet", "diplomatic")


def _is_meeting(noun: Any, lex: Lexicon) -> bool:
    entry = entry_for_noun(noun, lex) if noun.pos_ == "NOUN" else None
    return entry is not None and entry.event == "CONSULT"


def left_meeting(v: Any, lex: Lexicon) -> Any | None:
    """The meeting noun a verb of leaving leaves ("quit peace talks" -> talks), or None."""
    lemma = v.lemma_.lower()
    if lemma in _LEAVING:
        for o in (c for c in v.children if c.dep_ == "dobj"):
            if _is_meeting(o, lex):
                return o
    if lemma in _LEAVING_FROM:
        preps = [c for c in v.children if c.dep_ == "prep"]
        preps += [g for c in preps if c.lower_ in ("out", "away") for g in c.children if g.dep_ == "prep"]  # "out of"
        for p in (c for c in preps if c.lower_ in _FROM):
            for o in (g for g in p.children if g.dep_ == "pobj"):
                if _is_meeting(o, lex):
                    return o
    if lemma in _PUTTING_OFF:
        for o in (c for c in v.children if c.dep_ in ("dobj", "nsubjpass")):
            if _is_meeting(o, lex) and _with_someone(o, v):
                return o
    return None


def _with_someone(meeting: Any, v: Any) -> bool:
    """Whether a meeting, or the verb putting it off, names whom it is with or to."""
    return any(p.dep_ == "prep" and p.lower_ in ("with", "to") and any(g.dep_ == "pobj" for g in p.children)
               for t in (meeting, v) for p in t.children)


__all__ = ["REFUSED_MEETING", "left_meeting"]
