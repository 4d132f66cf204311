"""Ending one's own hostile act: de-escalation, not the act.

"halted its offensive", "called off the strike", "suspended their protests", "stopped attacking"
name an attack or a protest, but what they report is its end: PLOVER's RETREAT (ceasefire for
armed acts), and, promised or agreed to ("agreed to end their attacks"), CONCEDE. The verb must be
one of ending (word class ``events.coding.endings.enders``; a phrasal verb as "call off") and what
it ends an act of hostility the same actor carries out: a possessor other than the subject or a
pronoun ("stopped the students' protest") makes it someone else's act, and "stop" without a
possessor ("police stopped the protest") is preventing, not ending one's own: neither is a retreat.
Lifting a restriction (a ban, sanctions, a blockade) is handled where restrictions are
(``events.coding.detect.remove_verbs``).
"""

from __future__ import annotations

from typing import Any, Callable

from ..common import word_class
from .lexicon import Entry

ENDERS = word_class("events.coding.endings.enders")
# Ending these is preventing when the act is not plainly one's own ("stopped the protest").
PREVENTERS = word_class("events.coding.endings.preventers")
HOSTILE = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "THREATEN"})
_ARMED = frozenset({"ASSAULT", "MOBILIZE"})


def ender_of(v: Any) -> str | None:
    """The verb of ending ``v`` is ("end", "call off"), or None."""
    lemma = v.lemma_.lower()
    prt = next((c.lemma_.lower() for c in v.children if c.dep_ == "prt"), None)
    if prt and f"{lemma} {prt}" in ENDERS:
        return f"{lemma} {prt}"
    return lemma if lemma in ENDERS and not prt else None


def _own(v: Any, act: Any, ender: str) -> bool:
    """Whether the act ended is the subject's own: its possessor is a pronoun or the subject."""
    owners = [c for c in act.children if c.dep_ == "poss"]
    if not owners:
        return ender not in PREVENTERS
    subjects = {c.lemma_.lower() for c in v.children if c.dep_ in ("nsubj", "nsubjpass")}
    return all(o.pos_ == "PRON" or o.lemma_.lower() in subjects for o in owners)


def ended_hostility(v: Any, type_of_act: Callable[[Any], str | None],
                    has_idiom: Callable[[Any], bool]) -> tuple[Entry | None, Any] | None:
    """What ending a hostile act makes of verb ``v``: (a RETREAT entry, the act noun ended or None for
    a gerund) when it ends its subject's own act, (None, None) when it ends someone else's (no event),
    None when ``v`` ends no hostile act. ``type_of_act`` gives the type an object noun or a gerund
    names; objects with an idiom of their own with the verb (``has_idiom``) are the idiom's."""
    ender = ender_of(v)
    if ender is None:
        return None
    acts = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass") and not has_idiom(c)]
    gerunds = [c for c in v.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG"]
    for act in acts + gerunds:
        kind = type_of_act(act)
        if kind not in HOSTILE:
            continue
        if act in acts and not _own(v, act, ender):
            return None, None
        entry = Entry("verb", v.lemma_.lower(), "", "RETREAT", "ceasefire" if kind in _ARMED else None,
                      "military" if kind in _ARMED else None)
        return entry, (act if act in acts else None)
    return None


__all__ = ["ENDERS", "HOSTILE", "ended_hostility", "ender_of"]
