"""Concern voiced about another actor's conduct: verbal disapproval (PLOVER ACCUSE, disapprove).

"expressed concern over Ostria's treatment of journalists", "a resolution that expressed concern
regarding Ostria's record", "voiced deep concern about the arrests of students by the police": a
verb of voicing (word class ``events.coding.concern.voicing_verbs``) with a noun of concern
(``events.coding.concern.nouns``) as its object, and a phrase of what it is about (``over``,
``about``, ``regarding``, ``at``) naming whose conduct it is: the possessor or "by" agent of the
thing, or a participant named as the thing itself ("concern about Ostria"). The one who voices it
accuses, the one whose conduct it is is the recipient. Concern *for* someone ("for the safety of
the sailors") or about their wellbeing ("about West's mental state", word class
``events.coding.concern.wellbeing``), about a state of things no one is named for ("over the situation"), or denied ("did
not express any concern") accuses no one: no event.

Displeasure is the same act, voiced ("expressed anger at X's decision", nouns of
``events.coding.concern.nouns``) or told as felt in the narration ("was appalled by X's decision",
"felt disgusted by the remarks of X": a word of ``events.verdicts.displeased``, the participle or
the complement of a verb of feeling, ``events.coding.concern.feeling_verbs``), and what it is at
("by", "at", "with", "over", "about") names whose conduct it is (:func:`.appeals.doers_of_thing`).
Displeasure at what no one did ("shocked by the death of the singer") accuses no one.
"""

from __future__ import annotations

from typing import Any, Callable

from ..common import word_class
from .act_owners import doers_on_target
from .appeals import doers_of_thing
from .args import is_participant_like
from .candidate import Candidate, preps_of, subject_of
from .lexicon import POINTING_DETERMINERS, act_nouns

VOICING_VERBS = word_class("events.coding.concern.voicing_verbs")
CONCERN_NOUNS = word_class("events.coding.concern.nouns")
WELLBEING = word_class("events.coding.concern.wellbeing")
OF_NOUNS = word_class("events.coding.concern.of_nouns")  # "disapproval of X": about X
# what concern is about ("concern over X", "about", "regarding", "at", "concerning")
CONCERN_ABOUT = frozenset({"over", "about", "regarding", "at", "concerning"})
_FELT_AT = frozenset({"by", "at", "with", "over", "about"})
FEELING_VERBS = word_class("events.coding.concern.feeling_verbs")
DISPLEASED = word_class("events.verdicts.displeased")
# words of feeling troubled by what someone did ("alarmed by the arrests"): disapproval as displeasure is
TROUBLED = word_class("events.coding.concern.troubled")
# every word of a feeling at someone's conduct that disapproves of it
FELT = DISPLEASED | TROUBLED
_NEGATORS = frozenset({"not", "n't", "never", "no"})
_BY, _OF = ("by",), ("of",)


def _denied(v: Any, noun: Any) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in _NEGATORS)
               for t in (v, noun) for c in t.children)


def _conduct_of(thing: Any) -> list[Any]:
    """Whose conduct a thing is: a participant named as the thing, else its possessor or "by" agent
    (also hung on its "of" phrase: "arrests of X by Y"), else whoever else did it
    (:func:`.appeals.doers_of_thing`: "the remarks of X")."""
    if is_participant_like(thing):
        return [thing]
    owners = [c for c in thing.children if c.dep_ == "poss" and c.pos_ != "PRON"] + preps_of(thing, _BY)
    owners += [g for o in preps_of(thing, _OF) for g in preps_of(o, _BY)]  # "arrests of X by Y"
    return [o for o in owners if is_participant_like(o)] or [o for o in doers_of_thing(thing) if o.pos_ != "PRON"] \
        or doers_on_target(thing)  # "the attack on the embassy by militants", "by" hung on the target


def voiced_concern(v: Any, noun_type: Callable[[Any], str | None] = lambda t: None) -> Candidate | None:
    """ACCUSE for concern voiced about a named actor's conduct, or about an act told before (a
    definite act noun: ``noun_type`` gives a noun's event type, or one that points back, "the
    move"), whose doer the judged acts' pass finds; None otherwise."""
    if v.lemma_.lower() not in VOICING_VERBS:
        return None
    noun = next((c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in CONCERN_NOUNS), None)
    if noun is None or _denied(v, noun):
        return None
    # concern about someone's health, safety or fate is sympathy, not disapproval of their conduct
    things = [g for t in (noun, v) for g in preps_of(t, CONCERN_ABOUT) if g.lemma_.lower() not in WELLBEING]
    if noun.lemma_.lower() in OF_NOUNS and not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        things += preps_of(noun, _OF)  # "disapproval of the code" (not "the disapproval of its members": theirs)
    targets = [o for t in things for o in _conduct_of(t)]
    if not targets and not any(_told_act(t, noun_type) for t in things):
        return None  # "concern about the humanitarian situation": no one's act
    return Candidate("ACCUSE", "disapprove", f"concern:{v.lemma_.lower()}", [v], [v], v,
                     actors=subject_of(v)[0], recipients=targets[:1], score=0.6)


def _told_act(thing: Any, noun_type: Callable[[Any], str | None]) -> bool:
    """Whether a thing is an act told before: a definite noun the lexicon gives an event type or that
    points back at an act ("over the arrests", "about the decision")."""
    return any(c.dep_ == "det" and c.lower_ in POINTING_DETERMINERS for c in thing.children) and (
        bool(noun_type(thing)) or thing.lemma_.lower() in act_nouns())


def felt_displeasure(v: Any, noun_type: Callable[[Any], str | None] = lambda t: None) -> Candidate | None:
    """ACCUSE for displeasure felt at a named actor's conduct ("was appalled by X's decision", "felt
    disgusted by the remarks of X", "was alarmed by the arrests" told before, whose doer the judged
    acts' pass finds; "is concerned about X's silence", the feeling an adjective after "be"), told
    in the narration; None otherwise."""
    if v.pos_ in ("ADJ", "VERB") and v.dep_ == "acomp" and {v.lower_, v.lemma_.lower()} & FELT \
            and v.head.lemma_.lower() in FEELING_VERBS:
        feeling, holder = v, v.head  # "is deeply concerned about": the complement of "be", its subject's
    elif v.pos_ != "VERB":
        return None
    elif {v.lower_, v.lemma_.lower()} & FELT and any(c.dep_ in ("nsubjpass", "nsubj") for c in v.children):
        feeling, holder = v, v  # "was appalled by": the participle heads the clause
    elif v.lemma_.lower() in FEELING_VERBS:
        holder = v  # "felt disgusted by": the feeling is the verb's complement
        feeling = next((c for c in v.children if c.dep_ in ("acomp", "oprd") and {c.lower_, c.lemma_.lower()} & FELT),
                       None)
        if feeling is None:
            return None
    else:
        return None
    if _denied(holder, feeling):
        return None
    things = preps_of(feeling, _FELT_AT)
    targets = [o for t in things for o in _conduct_of(t)]
    actors = [a for a in holder.children if a.dep_ in ("nsubj", "nsubjpass")]
    if not actors or not targets and not any(_told_act(t, noun_type) for t in things):
        return None
    return Candidate("ACCUSE", "disapprove", f"feeling:{feeling.lemma_.lower()}", [feeling], [feeling], holder,
                     actors=actors, recipients=targets[:1], score=0.55)


__all__ = ["CONCERN_ABOUT", "CONCERN_NOUNS", "FELT", "felt_displeasure", "voiced_concern"]
