"""Reported clauses whose attribution the parser hung inside or after them.

"The switch, he said, would happen next year", "At least 12 people were killed, the ministry said
on Saturday", "As Ann Vale told the Herald, ozone levels have dropped": a speech verb with no
report of its own, set off by commas or opened by "as", attached to the clause it attributes. The
clause, less the attribution, is what was said. Pure functions of the parse.
"""

from __future__ import annotations

from typing import Any

from ..common import word_class
from .cues import is_speech_verb
from .nouns import stranded_name

_MIN_WORDS = 3


def _trimmed(toks: list[Any]) -> list[Any]:
    """``toks`` without the punctuation and spaces at either end (the commas an attribution leaves)."""
    start, end = 0, len(toks)
    while start < end and (toks[end - 1].is_punct or toks[end - 1].is_space):
        end -= 1
    while start < end and (toks[start].is_punct or toks[start].is_space):
        start += 1
    return toks[start:end]


def _parenthetical_report(verb: Any) -> list[Any] | None:
    """``The switch, he said, would happen next year``: a speech verb with its subject set off by
    commas inside the clause it hangs from, and no report of its own: that clause (less the
    attribution) is what was said."""
    doc = verb.doc
    words = [t for t in verb.subtree if not t.is_punct]
    left, right = words[0].i, words[-1].i
    if verb.dep_ != "parataxis" or left == 0 or right + 1 >= len(doc) or doc[left - 1].text != "," \
            or doc[right + 1].text != "," or not any(c.dep_ == "nsubj" for c in verb.children) \
            or any(c.dep_ == "ccomp" for c in verb.children) or verb.head.i == verb.i:
        return None
    head = verb.head
    toks = _trimmed([t for t in head.subtree if not (left - 1 <= t.i <= right + 1)])
    return toks if sum(t.is_alpha for t in toks) >= _MIN_WORDS else None


_ATTRIBUTION_PARTS = frozenset({"prep", "npadvmod", "advmod", "agent", "punct"})


def _attribution_after(verb: Any) -> list[Any] | None:
    """``At least 12 people were killed when …, the ministry said on Saturday``, ``The bridge would
    be inspected, X said, to determine …``: a speech verb the parser hung as a clause on the clause
    before it, with its subject right after a comma, no object or report of its own and only its own
    phrases before the next comma or the sentence end: the clause it hangs from (less the
    attribution, with what the parser hung on the verb beyond it) is what was said."""
    doc, head = verb.doc, verb.head
    subj = max((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i, default=None) \
        or stranded_name(verb)
    if verb.dep_ not in ("advcl", "conj", "parataxis") or head.i >= verb.i or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or subj is None or subj.i > verb.i or subj.left_edge.i < 1 or doc[subj.left_edge.i - 1].text != "," \
            or is_speech_verb(head) or any(c.dep_ in ("ccomp", "dobj", "cc", "xcomp") and c.i < verb.i
                                           or c.dep_ in ("ccomp", "dobj", "dative", "attr") for c in verb.children):
        return None
    start = subj.left_edge.i - 1  # the comma
    end = verb.i
    for c in verb.rights:
        if c.dep_ not in _ATTRIBUTION_PARTS or c.text == ",":
            break
        end = c.right_edge.i
    after = doc[end + 1] if end + 1 < len(doc) else None
    if after is not None and after.text != "," and not (after.is_punct and after.i == verb.sent.end - 1):
        return None
    sent = verb.sent
    toks = _trimmed([t for t in sent if not (start <= t.i <= end + (after is not None and after.text == ","))])
    return toks if sum(t.is_alpha for t in toks) >= _MIN_WORDS and head in toks else None


def _as_report(verb: Any) -> list[Any] | None:
    """``As Ann Vale told the Herald, ozone levels have dropped``: a reporting verb opened by "as", with
    its own subject and no clause or object of its own, hung on a clause no one else is said to have
    said: that clause (less the attribution) is what was said, as with "according to X"."""
    if verb.dep_ != "advcl" or verb.lemma_.lower() not in word_class("quotes.as_attribution_verb") \
            or verb.head.pos_ not in ("VERB", "AUX") or verb.head.i == verb.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i == verb.left_edge.i for c in verb.children) \
            or not any(c.dep_ == "nsubj" for c in verb.children) \
            or any(c.dep_ in ("ccomp", "xcomp", "dep") for c in verb.children) \
            or verb.lemma_.lower() not in word_class("quotes.hearer_verb") and any(c.dep_ == "dobj" for c in verb.children) \
            or verb.head.dep_ == "ccomp" and is_speech_verb(verb.head.head):
        return None  # "said prices rose as the agency reported an increase": the agency reported its own object
    left, right = verb.left_edge.i, verb.right_edge.i
    toks = _trimmed([t for t in verb.head.subtree if not left <= t.i <= right])
    return toks if sum(t.is_alpha for t in toks) >= _MIN_WORDS else None


def attributed_clause(verb: Any) -> list[Any] | None:
    """The tokens of the clause ``verb`` attributes from inside or after it, or None."""
    return _parenthetical_report(verb) or _as_report(verb) or _attribution_after(verb)


__all__ = ["attributed_clause"]
