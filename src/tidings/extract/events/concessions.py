"""Concessions agreed or still to come, which the guide codes as CONCEDE.

* Agreeing to, promising or offering a retreat or a concession ("agreed to a ceasefire with the
  rebels", "Israel and Hamas agreed a truce", "a truce was agreed between X and Y", "offered
  concessions"): what is agreed is a noun of the event lexicon whose type is RETREAT or CONCEDE
  (the object, the "to"/"on" phrase or the passive subject of a verb that codes AGREE with no act
  of its own embedded). An agreement to talks or to a deal stays one.
* A concession said to come ("would lift its checkpoints", "will issue an apology") stays a
  concession; only compliance to come is an agreement ("will comply with the ruling": word class
  ``events.coding.complying``), unless what it accepts is a policy or a restriction eased ("would
  accept the repeal of the law").
"""

from __future__ import annotations

from typing import Any

from ..common import word_class
from .anaphora import AGREED_CONCESSION, act_kind
from .candidate import Candidate, objects_of, preps_of
from .lexicon import Lexicon

COMPLYING = word_class("events.coding.complying")
# What an announced concession eases or withdraws: a policy or a restriction.
EASED = word_class("events.coding.detect.policies") | word_class("events.coding.detect.restrictions")
_CONCEDED = frozenset({"RETREAT", "CONCEDE"})


def conceded(c: Candidate, lex: Lexicon) -> None:
    """Make an agreement to a retreat or a concession a concession, in place ("agreed to a truce")."""
    if c.event != "AGREE" or c.inner is not None or c.rule.partition(":")[0] not in ("verb", "frame"):
        return
    v = c.trigger[0]
    agreed = [t for t in v.children if t.dep_ == "nsubjpass"]  # "a truce was agreed between X and Y"
    if any(t.pos_ == "NOUN" and act_kind(t, lex) in _CONCEDED and not _resignation(t, lex)
           for t in objects_of(v) + preps_of(v, ("to", "on")) + agreed):
        c.inner, c.event, c.mode, c.rule = "RETREAT", "CONCEDE", None, c.rule + AGREED_CONCESSION


def _resignation(tok: Any, lex: Lexicon) -> bool:  # "offered his resignation": a resignation to come, as the guide codes it
    entry = lex.nouns.get(tok.lemma_.lower())
    return entry is not None and entry.mode == "resign"


def complies(c: Candidate) -> bool:
    """Whether a concession to come is compliance ("will comply with the ruling"): a verb of
    complying whose object is no policy or restriction eased."""
    words = [*c.trigger, *(k for k in c.head.children if k.dep_ in ("dobj", "nsubjpass"))]
    return c.trigger[0].lemma_.lower() in COMPLYING and not any(t.lemma_.lower() in EASED for t in words)


__all__ = ["COMPLYING", "EASED", "complies", "conceded"]
