"""Acts the text marks as further ones: two reports of one type and one doer are one act told twice
unless the text says the second is another ("Orlov also asked the governments ...", "In addition
to stepping down as governor, Varga will resign the party's leadership"). Read by the merge
(:func:`tidings.extract.events.coding.merge_events`): an additive adverb on the clause of a later
act, or an additive phrase holding one of two acts of a sentence and not the other, keeps them
apart.
"""

from __future__ import annotations

from typing import Any

from ...schema import Event
from ..common import token_at, word_class
from .modality import past_period

# the dependencies a trigger climbs to reach the clause whose adverbs speak of it
_CLIMB = frozenset({"dobj", "pobj", "prep", "xcomp", "ccomp", "compound", "attr", "oprd", "acomp"})


def _clause_path(tok: Any) -> list[Any]:
    """The trigger and the heads it climbs up to its clause's verb."""
    path = [tok]
    while path[-1].dep_ in _CLIMB and path[-1].head is not path[-1] and len(path) < 6:
        path.append(path[-1].head)
    return path


def marked_further(tok: Any) -> bool:
    """Whether the clause of an act's trigger carries an additive adverb ("Orlov also asked") and
    names its doer as subject: in a passive clause ("help will also be given by X") the adverb may
    add the doer, not the act."""
    adverbs = word_class("events.coding.further.additive_adverbs")
    path = _clause_path(tok)
    return any(c.dep_ == "nsubj" for c in path[-1].children) and any(
        c.dep_ == "advmod" and c.lower_ in adverbs for t in path for c in t.children)


def _additive_phrases(sent: Any) -> list[Any]:
    """The subtrees (as token index sets) of a sentence's additive phrases ("in addition to ...")."""
    heads = word_class("events.coding.further.additive_phrases")
    return [frozenset(t.i for t in w.subtree) for w in sent
            if w.lower_ in heads and w.dep_ in ("pobj", "prep", "advmod")]


def _background_only_by_tense(tok: Any) -> bool:
    """Whether a trigger reads as background only by its past perfect ("announced he had asked
    Monday night"): "had" on its verb and no year or past period in its clause ("had asked in
    2018", "had asked last year" is another time)."""
    if tok is None or not any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children):
        return False
    return not past_period(" ".join(t.text for t in tok.subtree))


def retold(doc: Any, earlier: Event, later: Event) -> bool:
    """Whether two reports of one type, only one of them background, are one act told twice: the
    same doers and the same named recipients, and the background one is so only by its past
    perfect ("Trump announced he had asked for Bolton's resignation" and, in his own words, "I
    asked John for his resignation"). An act with no recipient, other recipients or a time of its
    own may be another act ("had accused X in 2019"). Class of issue 11: one act coded twice."""
    if earlier.event != later.event or not earlier.recipient or set(earlier.actor) != set(later.actor) \
            or set(earlier.recipient) != set(later.recipient):
        return False
    past = earlier if "historical" in earlier.aux else later
    return _background_only_by_tense(token_at(doc, past.trigger or past.evidence))


def further_apart(doc: Any, earlier: Event, later: Event) -> bool:
    """Whether ``later`` is told as an act beside ``earlier``, not as another report of it."""
    a, b = token_at(doc, earlier.trigger or earlier.evidence), token_at(doc, later.trigger or later.evidence)
    if a is None or b is None or "+attributed" in later.rule:
        return False  # a doer inferred: "X also spoke at the rally" adds X, not another rally
    if b.sent.start != a.sent.start:
        return marked_further(b)
    if marked_further(b) and not marked_further(a):
        return True
    return any((a.i in p) != (b.i in p) for p in _additive_phrases(b.sent))


__all__ = ["further_apart", "marked_further", "retold"]
