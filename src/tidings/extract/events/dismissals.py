"""Removing someone from a post: a SANCTION by the one who removed them.

"Mugabe fired his vice president", "Trump fired FBI Director James Comey", "the health minister
was sacked by the prime minister", "dismissed the army chief": a verb of dismissal (word class
``events.coding.dismissals.dismissing_verbs``) whose object, or passive subject, holds a post: a
person by name, a holder of an office (word class ``events.coding.dismissals.post_holders``:
minister, director, commander ...), or "him" / "her". The guide codes a removal from office as a
SANCTION of the one removed; the lexicon's own senses of these verbs are other acts ("fired on the
crowd": an attack; "dismissed the appeal": a rejection; "sacked the town": plunder).

A firm's staff laid off ("fired 300 workers", word class ``events.coding.detect.workforce``)
is no political act: no event, not an attack. Anything else the verb acts on (weapons, a case, a
claim, a town) leaves the lexicon's sense to decide, and a verdict ("dismissed the minister as
incompetent") stays the detector's.
"""

from __future__ import annotations

from typing import Any

from ..common import word_class
from .lexicon import Entry

DISMISSING_VERBS = word_class("events.coding.dismissals.dismissing_verbs")
POST_HOLDERS = word_class("events.coding.dismissals.post_holders")
WORKFORCE = word_class("events.coding.detect.workforce")
_HOLDER_PRONOUNS = frozenset({"him", "her"})
REMOVED = "post"  # removed from a post: SANCTION
LAID_OFF = "job"  # staff laid off: no event


def removal(v: Any) -> str | None:
    """``REMOVED`` when verb ``v`` removes a post holder, ``LAID_OFF`` when it lays off staff,
    None when it is no dismissal (another verb, or one acting on a thing)."""
    if v.lemma_.lower() not in DISMISSING_VERBS:
        return None
    removed = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    if v.tag_ == "VBN" and v.dep_ == "acl":
        removed.append(v.head)  # "the minister sacked on Monday"
    if any(_holds_a_post(t) for t in removed):
        return REMOVED
    if any(t.lemma_.lower() in WORKFORCE or t.lower_ in WORKFORCE for t in removed):
        return LAID_OFF
    return None


def _holds_a_post(tok: Any) -> bool:
    return tok.ent_type_ == "PERSON" or tok.lower_ in _HOLDER_PRONOUNS \
        or tok.lemma_.lower() in POST_HOLDERS or tok.lower_ in POST_HOLDERS


def dismissal_entry(lemma: str) -> Entry:
    """The lexicon entry of a removal from a post by verb ``lemma``."""
    return Entry("verb", lemma, "", "SANCTION", None, None)


__all__ = ["DISMISSING_VERBS", "LAID_OFF", "POST_HOLDERS", "REMOVED", "WORKFORCE", "dismissal_entry", "removal"]
