"""Concern voiced about another actor's conduct: verbal disapproval (PLOVER ACCUSE, disapprove).

"expressed concern over Ostria's treatment of journalists", "a resolution that expressed concern
regarding Ostria's record", "voiced deep concern about the arrests of students by the police": a
verb of voicing (word class ``events.coding.concern.voicing_verbs``) with a noun of concern
(``events.coding.concern.nouns``) as its object, and a phrase of what it is about (``over``,
``about``, ``regarding``, ``at``) naming whose conduct it is: the possessor or "by" agent of the
thing, or a participant named as the thing itself ("concern about Ostria"). The one who voices it
accuses, the one whose conduct it is is the recipient. Concern *for* someone ("for the safety of
the sailors"), about a state of things no one is named for ("over the situation"), or denied ("did
not express any concern") accuses no one: no event.
"""

from __future__ import annotations

from typing import Any

from ..common import word_class
from .args import is_participant_like
from .candidate import Candidate, preps_of, subject_of

VOICING_VERBS = word_class("events.coding.concern.voicing_verbs")
CONCERN_NOUNS = word_class("events.coding.concern.nouns")
_ABOUT = frozenset({"over", "about", "regarding", "at", "concerning"})
_NEGATORS = frozenset({"not", "n't", "never", "no"})
_BY, _OF = ("by",), ("of",)


def _denied(v: Any, noun: Any) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in _NEGATORS)
               for t in (v, noun) for c in t.children)


def _conduct_of(thing: Any) -> list[Any]:
    """Whose conduct a thing is: a participant named as the thing, else its possessor or "by" agent."""
    if is_participant_like(thing):
        return [thing]
    owners = [c for c in thing.children if c.dep_ == "poss" and c.pos_ != "PRON"] + preps_of(thing, _BY)
    owners += [g for o in preps_of(thing, _OF) for g in preps_of(o, _BY)]  # "arrests of X by Y"
    return [o for o in owners if is_participant_like(o)]


def voiced_concern(v: Any) -> Candidate | None:
    """ACCUSE for concern voiced about a named actor's conduct; None otherwise."""
    if v.lemma_.lower() not in VOICING_VERBS:
        return None
    noun = next((c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in CONCERN_NOUNS), None)
    if noun is None or _denied(v, noun):
        return None
    things = [g for t in (noun, v) for g in preps_of(t, _ABOUT)]
    targets = [o for t in things for o in _conduct_of(t)]
    if not targets:
        return None
    return Candidate("ACCUSE", "disapprove", f"concern:{v.lemma_.lower()}", [v], [v], v,
                     actors=subject_of(v)[0], recipients=targets[:1], score=0.6)


__all__ = ["voiced_concern"]
