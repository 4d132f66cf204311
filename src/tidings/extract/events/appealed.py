"""Appeals and offers whose object names the act asked for or offered.

A verb of appeal with an act noun as its direct object and no infinitive asks for that act:
"urged an end to the killings", "urged restraint", "recommended the closure of the border" are
REQUESTs of the subject, as "called for an end" is (the guide's "called on, urged, … asked"); the
mode comes from the act asked for as a demand's does ("urged international assistance": assist).
A verb of proposing with an act noun offers it: "proposed the lifting of visa rules", "proposed
talks" are typed as the commit frame types the act (AGREE, CONCEDE for an easing, THREATEN for a
blow), PLOVER's offer.

An act noun is a noun of the event lexicon with a type, or one of the word class
``events.appealed.asked_acts`` (acts of no type of their own: "an end", "restraint", "the
closure"). Readiness for an act offers it as a promise does: "open to negotiation", "ready for
peace talks" are AGREE (PLOVER codes future talks as AGREE), typed by the commit frame (word class
``events.appealed.ready_for``, its "to"/"for" phrase; cooperative acts only: "open to
accusations" is exposure). Anything else ("urged the ministers", "proposed a budget", "suggested a name") asks for
or offers no act, and a verb that embeds a clause is left to the frames.

Word classes: ``events.appealed.asking_verbs``, ``events.appealed.offering_verbs``,
``events.appealed.asked_acts``, ``events.appealed.ready_for``.
"""

from __future__ import annotations

from typing import Any, Callable

from ...ontology import quad_of
from ..common import is_infinitive, word_class
from .appeals import act_owners, addressed_appeal, requested_act
from .args import is_participant_like
from .candidate import Candidate, subject_of
from .candidate import preps_of as _preps
from .lexicon import frame_event

_ACT_POS = frozenset({"NOUN"})


def asked_act_type(noun: Any, noun_type: Callable[[Any], str | None]) -> str | None:
    """The type of the act a noun names ("assistance": AID), "" for an act of no type of its own
    ("an end", word class ``events.appealed.asked_acts``), or None for no act."""
    if noun.pos_ not in _ACT_POS or is_participant_like(noun):
        return None
    typed = noun_type(noun)
    if typed:
        return typed
    return "" if noun.lemma_.lower() in word_class("events.appealed.asked_acts") else None


def appealed_act(v: Any, noun_type: Callable[[Any], str | None]) -> Candidate | None:
    """The REQUEST (or offer) a verb of appeal or proposal makes with an act noun as its object;
    None for other verbs, other objects, passives and verbs that embed a clause."""
    lemma = v.lemma_.lower()
    asking = lemma in word_class("events.appealed.asking_verbs")
    if not asking and lemma not in word_class("events.appealed.offering_verbs"):
        return None
    if any(c.dep_ in ("xcomp", "ccomp", "nsubjpass", "auxpass") for c in v.children):
        return None
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    inner = asked_act_type(obj, noun_type)
    if inner is None:
        return None
    if asking:
        event, mode = frame_event("demand", inner or None)
        recipients = act_owners(obj)
    else:
        event, mode = frame_event("commit", inner or None)
        recipients = [r for r in _preps(obj, ("with",)) + _preps(v, ("to", "with")) if is_participant_like(r)]
    if event is None:
        return None
    return Candidate(event, mode, f"appeal:{lemma}_act", [v], [v], v, actors=subject_of(v)[0],
                     recipients=recipients, objects=[obj], inner=inner or None, score=0.45)


def _offered(inner: str | None) -> bool:
    """Whether one can be ready for an act as an offer: a cooperative one or one of no type ("open to
    talks"); being "open to accusations" or "ready for war" is exposure or menace, no offer."""
    return inner is not None and (inner == "" or quad_of(inner) in (1, 2))


def ready_for_act(adj: Any, noun_type: Callable[[Any], str | None]) -> Candidate | None:
    """The offer an adjective of readiness makes with an act noun in its "to"/"for" phrase ("is open
    to negotiation", "was ready for peace talks"); None for other words, for things ("open to the
    public") and for hostile acts ("open to accusations")."""
    if adj.pos_ != "ADJ" or adj.lemma_.lower() not in word_class("events.appealed.ready_for"):
        return None
    act = next((n for n in _preps(adj, ("to", "for")) if _offered(asked_act_type(n, noun_type))), None)
    if act is None:
        return None
    inner = asked_act_type(act, noun_type)
    event, mode = frame_event("commit", inner or None)
    if event is None:
        return None
    verbs = [adj] + ([adj.head] if adj.head != adj and adj.head.lemma_ == "be" else [])
    actors = subject_of(adj)[0] or (subject_of(adj.head)[0] if len(verbs) > 1 else [])
    return Candidate(event, mode, f"frame:{adj.lemma_.lower()}_for", [adj], verbs, adj, actors=actors,
                     recipients=[r for r in _preps(act, ("with",)) if is_participant_like(r)], objects=[act],
                     inner=inner or None, future=True, score=0.75)


QUESTION_WORDS = word_class("events.appealed.question_words")
QUESTION_VERBS = word_class("events.appealed.question_verbs")


def asks_a_question(v: Any) -> bool:
    """Whether a verb of asking (word class ``events.appealed.question_verbs``) asks for an answer:
    its clause opens with a question word ("asked the minister whether the army had been
    deployed", "Asked how X would react, ..."); an infinitive ("asked X to leave") or a "that"
    clause ("asked that a decision be made") asks for an act."""
    if v.lemma_.lower() not in QUESTION_VERBS or any(
            c.dep_ == "xcomp" or (c.dep_ in ("ccomp", "advcl") and is_infinitive(c)) for c in v.children):
        return False
    return any(c.dep_ in ("ccomp", "advcl", "dobj") and min(c.subtree, key=lambda t: t.i).lower_ in QUESTION_WORDS
               for c in v.children)


def appeal_of(v: Any, inner_of: Callable[[Any], str | None], noun_type: Callable[[Any], str | None]) -> Candidate | None:
    """The request a verb of appealing makes (:func:`.appeals.addressed_appeal`,
    :func:`.appeals.requested_act`, :func:`appealed_act`); None for a question asked, which the
    guide codes as no event."""
    if asks_a_question(v):
        return None
    return addressed_appeal(v, inner_of) or requested_act(v) or appealed_act(v, noun_type)


__all__ = ["appeal_of", "appealed_act", "asked_act_type", "asks_a_question", "ready_for_act"]
