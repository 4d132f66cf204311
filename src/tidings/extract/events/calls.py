"""Phone calls: a consultation told by the means it was held by.

Speaking or talking to someone by, over or on the phone ("spoke to Ruto by phone"), with each other
("Putin and Erdogan spoke by phone"), calling someone to talk something over ("called Lavrov to
discuss Syria") or calling a named person, state or body with nothing else said of the call
("Biden called Netanyahu on Sunday") is a consultation (CONSULT, phone) of the caller with whom they
called; "spoke to reporters" alone is a statement, "called the vote a sham" a verdict, "called an
election" and "a group called Hamas" no call. The infinitive of talking a call was made for is the
call itself, not an event of its own (:func:`called_to_talk`).
"""

from __future__ import annotations

from typing import Any

from ..common import is_infinitive, word_class
from .candidate import Candidate, antecedent, preps_of, subject_of
from .phrases import coordinated, is_participant_like

# Verbs whose object is the topic of talks ("discussed Syria with Erdogan"), never a side of them.
TOPIC_VERBS = word_class("events.coding.detect.topic_verbs")
TALKING_VERBS = word_class("events.coding.constructions.talking_verbs")
CALL_MEANS = word_class("events.coding.constructions.call_means")
CALLING_VERBS = word_class("events.coding.constructions.calling_verbs")  # "called Lavrov to discuss ..."


def _talk_called_for(v: Any) -> Any:
    """The infinitive of talking a call was made for ("called Lavrov to discuss Syria": discuss),
    with the one called as the call's object; None otherwise."""
    if v.lemma_.lower() not in CALLING_VERBS or not any(c.dep_ == "dobj" and is_participant_like(c) for c in v.children):
        return None
    return next((c for c in v.children if c.dep_ in ("xcomp", "advcl") and is_infinitive(c)
                 and c.lemma_.lower() in TALKING_VERBS | TOPIC_VERBS), None)


_SAID_OF = frozenset({"oprd", "attr", "acomp", "xcomp", "ccomp", "prt", "nsubjpass", "dative"})
_NAMED = frozenset({"PERSON", "GPE", "ORG", "NORP"})


def _named_one_called(v: Any) -> Any:
    """The named person, state or body a verb of calling takes with nothing else said of it ("called
    Breedlove on Monday") in a clause of its own subject; None for "called X a hero", "called an
    election", "called on X", "a group called Hamas"."""
    objs = [c for c in v.children if c.dep_ == "dobj"] or [c for c in v.children if c.dep_ == "oprd"]  # (the parser's naming)
    if v.lemma_.lower() not in CALLING_VERBS or not any(c.dep_ == "nsubj" for c in v.children) or any(
            (c.dep_ in _SAID_OF and c not in objs) or (c.dep_ == "prep" and c.lower_ in ("for", "upon", "as")) for c in v.children):
        return None
    if len(objs) != 1 or not (objs[0].pos_ == "PROPN" or objs[0].ent_type_ in _NAMED) or objs[0].ent_type_ == "DATE" \
            or any(d.dep_ == "det" for d in objs[0].children):  # "a group called the Sea Org": a name given
        return None
    on = [g for g in preps_of(v, ("on",)) if g.ent_type_ not in ("DATE", "TIME")]
    return None if on else objs[0]


def called_to_talk(v: Any) -> bool:
    """Whether a verb is the talk a phone call was made for: the call is the event ("called Lavrov
    to discuss Syria": not Lavrov discussing)."""
    talk = _talk_called_for(v.head) if v.dep_ in ("xcomp", "advcl") else None
    return talk is not None and talk.i == v.i


def phoned(v: Any) -> Candidate | None:
    """CONSULT (phone) for speaking or talking to someone by, over or on the phone ("spoke to Ruto by
    phone"), or with each other ("Putin and Erdogan spoke by phone", "the two leaders spoke by phone"):
    the call says a consultation, where "spoke to reporters" alone is a statement; and for
    calling someone to talk something over ("called Lavrov to discuss Syria") or calling a named
    one with nothing else said ("called Breedlove on Monday")."""
    if v.pos_ == "VERB" and _talk_called_for(v) is not None:
        called = [c for c in v.children if c.dep_ == "dobj"]
        return Candidate("CONSULT", "phone", f"call:{v.lemma_.lower()}_to_talk", [v], [v], v,
                         actors=subject_of(v)[0], recipients=called[:1], score=0.7)
    if v.pos_ == "VERB" and (called := _named_one_called(v)) is not None:  # "called Breedlove on Monday"
        callers = [antecedent(c) for c in v.children if c.dep_ == "nsubj"]  # its own subject ("called" may be tagged a participle)
        return Candidate("CONSULT", "phone", f"call:{v.lemma_.lower()}_named", [v], [v], v, actors=callers,
                         recipients=[called], score=0.7)
    if v.pos_ != "VERB" or v.lemma_.lower() not in TALKING_VERBS:
        return None
    spoken_to = [g for g in preps_of(v, ("to", "with")) if is_participant_like(g)]
    means = [g for t in [v, *spoken_to] for g in preps_of(t, ("by", "over", "on", "via"))
             if g.lemma_.lower() in CALL_MEANS]  # (also hung on the one called)
    if not means:
        return None
    subjects = subject_of(v)[0]
    if not spoken_to:  # "Putin and Erdogan spoke by phone", "the two leaders spoke by phone": with each other
        if not subjects or not (len(coordinated(subjects[0])) > 1 or subjects[0].tag_ in ("NNS", "NNPS")):
            return None
        return Candidate("CONSULT", "phone", f"call:{v.lemma_.lower()}_together", [v], [v], v, actors=subjects,
                         score=0.7)
    return Candidate("CONSULT", "phone", f"call:{v.lemma_.lower()}", [v], [v], v, actors=subjects,
                     recipients=spoken_to[:1], score=0.7)


__all__ = ["CALL_MEANS", "CALLING_VERBS", "TALKING_VERBS", "TOPIC_VERBS", "called_to_talk", "phoned"]
