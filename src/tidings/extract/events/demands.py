"""Demands told as statements: "X said Y must do Z", "X insisted that Y withdraw its troops".

A speech verb whose complement clause has "must" or "should" (or the semi-modals "needs to", "has
to", "ought to"), or a mandative verb (word class
``events.coding.detect.mandative``: insist, demand, ...) with a subjunctive clause, demands the
clause's act of its subject: REQUEST, its mode from the act demanded (``frame_event``). Moved out of
:mod:`.detect` unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from ..common import is_infinitive, word_class
from .candidate import Candidate, subject_of
from .lexicon import frame_event
from .phrases import is_someone

_MUST = frozenset({"must", "should"})
# Semi-modals of obligation whose infinitive is the act demanded ("NATO needs to stand by Turkey",
# "Europe has to do more", "the Council ought to act").
_OBLIGING = frozenset({"need", "have", "ought"})
# Speech verbs whose subjunctive complement is a demand ("insisted that Gondor withdraw its troops").
_MANDATIVE = word_class("events.coding.detect.mandative")


def _subjunctive(cc: Any, subj: list[Any]) -> bool:
    """Whether a clause is a mandative subjunctive ("insisted that Gondor withdraw"): the bare verb
    with no auxiliary, which a singular subject shows plainly and a plural one after a past verb."""
    if any(c.dep_ in ("aux", "auxpass") for c in cc.children) or not subj:
        return False
    if cc.tag_ == "VB":
        return True
    return cc.tag_ == "VBP" and (subj[0].tag_ in ("NN", "NNP") or cc.head.tag_ == "VBD")


def speech_demand(v: Any, inner_type: Callable[[Any], str | None], taken: set[int]) -> Iterator[Candidate]:
    """"X said Y must do Z", "X insisted that Y withdraw": a demand on Y reported as a statement;
    "X told Y to do Z": a demand on the person told (:func:`told_to`)."""
    if (told := told_to(v)) is not None:
        person, act = told
        taken.update(t.i for t in act.subtree)  # what is demanded has not happened
        inner = inner_type(act)
        event, mode = frame_event("demand", inner)
        yield Candidate(event or "REQUEST", mode, f"speech:{v.lemma_.lower()}_to", [v], [v, act], v,
                        actors=subject_of(v)[0], recipients=[person], inner=inner, score=0.6)
        return
    for cc in (c for c in v.children if c.dep_ == "ccomp"):
        subj = [c for c in cc.children if c.dep_ in ("nsubj", "nsubjpass")]
        mandative = v.lemma_.lower() in _MANDATIVE and _subjunctive(cc, subj)
        act = cc if mandative else _obliged(cc)
        if act is None:
            continue
        if not subj or subj[0].pos_ == "PRON":
            continue
        if mandative:  # what is demanded has not happened
            taken.update(t.i for t in cc.subtree)
        actors, _ = subject_of(v)
        inner = inner_type(act)
        event, mode = frame_event("demand", inner)
        # "needs to", "has to": a rule of its own, so that its reliability is learnt apart from "must"
        kind = "subjunctive" if mandative else "must" if act is cc else f"{cc.lemma_.lower()}_to"
        rule = f"speech:{v.lemma_.lower()}_{kind}"
        yield Candidate(event or "REQUEST", mode, rule, [v], [v], v, actors=actors,
                        recipients=subj, inner=inner, score=0.6)


def _obliged(cc: Any) -> Any:
    """The act a reported clause says its subject must do: the clause itself under "must" or
    "should", the infinitive of "needs to", "has to", "ought to"; None otherwise ("needs more
    weapons" obliges no one to act, "will have to go to other stores" foretells)."""
    if any(c.dep_ == "aux" and c.lower_ in _MUST for c in cc.children):
        return cc
    if cc.lemma_.lower() not in _OBLIGING or any(c.dep_ == "aux" and c.tag_ == "MD" for c in cc.children):
        return None  # "will have to go elsewhere", "would need to show": a consequence foretold, no demand
    return next((c for c in cc.children if c.dep_ == "xcomp" and c.tag_ == "VB" and is_infinitive(c)), None)


def told_to(v: Any) -> tuple[Any, Any] | None:
    """(the person told, the act) of a speech verb with a person object and an infinitive ("told
    Kestria to withdraw its troops"); None for a clause of what is said ("told reporters that ...")."""
    person = next((c for c in v.children if c.dep_ in ("dobj", "dative") and is_someone(c)), None)
    act = next((c for c in v.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB" and is_infinitive(c)), None)
    return (person, act) if person is not None and act is not None and person.i < act.i else None


__all__ = ["speech_demand", "told_to"]
