"""Ending one's own hostile act: a retreat, not the act.

"Halted its offensive", "called off the strike", "ended its blockade": a verb of ending (word
class ``events.coding.detect.enders``) whose object or gerund names a hostile act (an attack, a
protest, coercion, a deployment, a threat) is a RETREAT (ceasefire for armed acts) when the act is
the subject's own: its possessor is a pronoun or the subject, or no possessor is named and the verb
is not one that more often stops someone else's act (``events.coding.detect.preventers``: "police
stopped the protest"). A protest or strike with no owner named is its protesters' own when they
end it ("the union ended the strike", "protest leaders agreed to end the general strike"); the
police or an army ending it stop someone else's act. Moved out of :mod:`.objects`.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

from ..common import word_class
from .binding import same_sentence_subject
from .candidate import particle_of, subject_of
from .lexicon import Entry, Lexicon
from .measures import RESTRICTIONS
from .nominals import entry_for_noun, strike_type

ENDERS = word_class("events.coding.detect.enders")
# Ending these is preventing when the act is not plainly one's own ("stopped the protest").
PREVENTERS = word_class("events.coding.detect.preventers")
ENDABLE = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "THREATEN"})
_ARMED = frozenset({"ASSAULT", "MOBILIZE"})


def ender_of(v: Any) -> str | None:
    """The verb of ending ``v`` is ("end", "call off"), or None."""
    lemma = v.lemma_.lower()
    prt = particle_of(v)
    if prt and f"{lemma} {prt}" in ENDERS:
        return f"{lemma} {prt}"
    return lemma if lemma in ENDERS and not prt else None


# Who protests: a protest or strike they end with no owner named is their own ("the union ended the strike").
_PROTESTERS = word_class("events.coding.detect.workforce") | word_class("events.coding.implicit.protester_nouns")
_PROTEST_WORDS = frozenset({"protest", "strike", "opposition"})


def _protesting(subjects: Iterable[Any]) -> bool:
    """Whether a subject is people who protest: protesters, strikers and unions ("the union",
    "striking workers", "protest leaders"), not the police or an army stopping them; a pronoun is
    the earlier subject of its sentence it stands for ("the union said it ended the strike")."""
    subjects = [(same_sentence_subject(s) or s) if s.pos_ == "PRON" else s for s in subjects]
    return any(s.lemma_.lower() in _PROTESTERS or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _PROTEST_WORDS
                                                      for c in s.children) for s in subjects)


def _own_act(v: Any, act: Any, ender: str, kind: str | None = None) -> bool:
    """Whether the act ended is the subject's own: its possessor is a pronoun or the subject; with
    no possessor, unless the verb more often stops someone else's act (word class ``preventers``:
    "police ended the strike"), where a protest is still its protesters' own."""
    owners = [c for c in act.children if c.dep_ == "poss"]
    if not owners:
        return ender not in PREVENTERS or (kind == "PROTEST" and _protesting(subject_of(v)[0]))
    subjects = {c.lemma_.lower() for c in v.children if c.dep_ in ("nsubj", "nsubjpass")}
    return all(o.pos_ == "PRON" or o.lemma_.lower() in subjects for o in owners)


def ended_hostility(v: Any, type_of_act: Callable[[Any], str | None],
                    spoken_for: Callable[[Any], bool]) -> tuple[Entry | None, Any] | None:
    """What ending a hostile act makes of verb ``v``: (a RETREAT entry, the act noun ended or None for
    a gerund) when it ends its subject's own act, (None, None) when it ends someone else's (no event),
    None when ``v`` ends no hostile act. ``type_of_act`` gives the type an object noun or a gerund
    names; objects another rule speaks for (an idiom with the verb, a restriction) are not looked at."""
    ender = ender_of(v)
    if ender is None:
        return None
    acts = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass") and not spoken_for(c)]
    gerunds = [c for c in v.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG"]
    for act in acts + gerunds:
        kind = type_of_act(act)
        if kind not in ENDABLE:
            continue
        if act in acts and not _own_act(v, act, ender, kind):
            return None, None
        entry = Entry("verb", v.lemma_.lower(), "", "RETREAT", "ceasefire" if kind in _ARMED else None,
                      "military" if kind in _ARMED else None)
        return entry, (act if act in acts else None)
    return None


def ended_act(v: Any, lex: Lexicon) -> tuple[Entry | None, Any] | None:
    """Ending a hostile act (:func:`ended_hostility`) told by a verb; objects with an idiom of their own with the verb and
    restrictions (lifted or ended below) are not this construction's."""
    lemma = v.lemma_.lower()

    def type_of(t: Any) -> str | None:
        if t.pos_ in ("VERB", "AUX"):
            e = lex.verbs.get(t.lemma_.lower())
            return e.event if e is not None else None
        if t.lemma_.lower() == "strike":  # "halted the air strikes" ended an attack, "called off the strike" a protest
            return strike_type(t)[0]
        ne = entry_for_noun(t, lex)
        return ne.event if ne is not None else None

    def spoken_for(t: Any) -> bool:
        n = t.lemma_.lower()
        return lex.idiom(lemma, n) is not None or n in RESTRICTIONS
    return ended_hostility(v, type_of, spoken_for)


__all__ = ["ended_act", "ENDABLE", "ENDERS", "PREVENTERS", "ended_hostility", "ender_of"]
