"""One violent act told twice in a sentence: as a harm with no doer and as a doer's act.

"Nine soldiers were killed when a bomber blew up a car" tells one attack: the killing, whose
doer the passive leaves out, happened in the blast whose clause names the bomber. The coding
guide reads through passives (4.3: "three soldiers were killed by militants" is the militants'
assault on the soldiers), and an event reported twice is coded once (4.7). So a harm with no doer
-- an assault event with recipients and no actor, or a verb of dying with a subject ("three
policemen died", word class ``events.coding.recipient.dying_verbs``) -- whose verb, or a verb
coordinated with it, has a clause of the same moment ("when", "as", "while": word class
``events.coding.recipient.when_marks``) telling an assault with an actor makes that assault's recipients the harmed; the doerless harm
is dropped, its evidence kept as a further mention of the assault. A clause of time that tells no
assault ("were killed when the bridge collapsed") gives the harm no doer.

An act done "to protest" is one protest (:func:`purposes_folded`, session 23): "Farmers blocked
highways to protest against grain imports", "Students occupied the campus to protest the tuition
increase" were two events of one deed (a PROTEST twice, or COERCE and PROTEST). A PROTEST whose
trigger is an infinitive of purpose of a protest verb (word class
``events.coding.purposes.protest_verbs``) on a verb that carries an event of the same actors is
folded into that event: a non-violent act done to protest (an occupation, a blockade) becomes a
PROTEST (obstruct), takes the protest's recipients where it had none, and keeps the purpose's
evidence as a further mention; a violent act keeps its type. Issue 11 (duplicates).

Force used for an act of force is that act (:func:`force_for_force_folded`, session 25): "Police
fired tear gas to disperse protesters" was a firing at no one and a dispersal of the protesters.
An act of force (quad 4) with no recipient whose infinitive of purpose carries an act of force of
the same doers is dropped into it, as a further mention; a purpose that tells no act ("to clear
the road") leaves the firing as it is.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Sequence

from ...ontology import cameo_quad, quad_of
from ...schema import Event
from ..common import token_at, word_class
from . import lexicon as event_lexicon
from .args import ActorBook, participants
from .modality import intensity

_TYPES = frozenset({"ASSAULT"})


def _same_moment(verb: Any) -> list[Any]:
    """The clauses of a verb, or of a verb coordinated with it, opened by "when"/"as"/"while": the
    verbs they tell ("nine were killed and twelve injured when a bomber blew up a car")."""
    marks = word_class("events.coding.recipient.when_marks")
    verbs = [verb] + [v for v in verb.conjuncts if v.pos_ in ("VERB", "AUX")]
    return [c for v in verbs for c in v.children if c.dep_ == "advcl"
            and any(m.dep_ in ("advmod", "mark") and m.lower_ in marks and m.i < c.i for m in c.children)]


def _told_in(doc: Any, ev: Event, clauses: list[Any]) -> bool:
    t = token_at(doc, ev.trigger)
    return t is not None and any(t.i == v.i or t.head.i == v.i for v in clauses)


def _live_doer_act(ev: Event) -> bool:
    return ev.event in _TYPES and bool(ev.actor) and "negation" not in ev.aux


def one_act_told_twice(doc: Any, events: Sequence[Event], book: ActorBook) -> list[Event]:
    """The events with each doerless harm folded into the assault its "when"/"as" clause tells."""
    dying = word_class("events.coding.recipient.dying_verbs")
    out = list(events)
    dropped: set[int] = set()
    for k, harm in enumerate(events):
        trig = token_at(doc, harm.trigger) if harm.trigger is not None else None
        if trig is None or harm.actor or not harm.recipient or harm.event not in _TYPES or "negation" in harm.aux:
            continue
        clauses = _same_moment(trig)
        doers = [j for j, e in enumerate(out) if j != k and j not in dropped and _live_doer_act(e)
                 and _told_in(doc, e, clauses)] if clauses else []
        if not doers:
            continue
        j = doers[0]
        out[j] = _with_harmed(out[j], harm.recipient, harm.evidence)
        dropped.add(k)
    for j, ev in enumerate(out):  # "three policemen died as gunmen attacked a checkpoint"
        trig = token_at(doc, ev.trigger) if ev.trigger is not None else None
        if j in dropped or not _live_doer_act(ev) or trig is None or trig.dep_ != "advcl" \
                or trig.head.lemma_.lower() not in dying or trig not in _same_moment(trig.head):
            continue
        subjects = [c for c in trig.head.children if c.dep_ == "nsubj"]
        harmed = tuple(r for r in participants(subjects, book, exclude=frozenset(ev.actor)) if r not in ev.actor)
        if harmed:
            out[j] = _with_harmed(ev, harmed, None)
    return [e for k, e in enumerate(out) if k not in dropped]


def _with_harmed(ev: Event, harmed: Sequence[str], evidence: Any) -> Event:
    recipient = ev.recipient + tuple(r for r in harmed if r not in ev.recipient and r not in ev.actor)
    mentions = ev.mentions + ((evidence,) if evidence is not None and evidence != ev.evidence else ())
    return dataclasses.replace(ev, recipient=recipient, mentions=mentions, rule=f"{ev.rule}+told_twice")


PROTEST_VERBS = word_class("events.coding.purposes.protest_verbs")
# Acts that, done to protest, are the protest itself: held or blocked ground, not force.
_RETYPED = frozenset({"COERCE", "PROTEST"})


def _purpose_of(tok: Any) -> Any | None:
    """The verb an infinitive of purpose "to protest" is for ("blocked highways to protest"), or None."""
    if tok is None or tok.lemma_.lower() not in PROTEST_VERBS or tok.dep_ not in ("advcl", "xcomp"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    return tok.head if tok.head.pos_ in ("VERB", "AUX") else None


def purposes_folded(doc: Any, events: Sequence[Event]) -> list[Event]:
    """``events`` with each protest told as the purpose of another event's act folded into it."""
    by_verb: dict[int, int] = {}
    for k, ev in enumerate(events):
        tok = token_at(doc, ev.trigger) if ev.trigger is not None else None
        if tok is not None and tok.pos_ in ("VERB", "AUX"):
            by_verb.setdefault(tok.i, k)
    out = list(events)
    dropped: set[int] = set()
    for k, ev in enumerate(events):
        if ev.event != "PROTEST" or ev.trigger is None:
            continue
        head = _purpose_of(token_at(doc, ev.trigger))
        j = by_verb.get(head.i) if head is not None else None
        if j is None or j == k or j in dropped:
            continue
        act = out[j]
        if ev.actor and act.actor and not set(ev.actor) & set(act.actor):
            continue  # another's protest
        changes: dict[str, Any] = {"mentions": act.mentions + (ev.evidence,)}
        if act.event in _RETYPED and act.event != "PROTEST":
            cameo = event_lexicon.cameo_code("PROTEST", "obstruct")
            changes.update(event="PROTEST", mode="obstruct", cameo=cameo, quad=cameo_quad(cameo),
                           intensity=intensity(cameo, act.aux))
        if not act.recipient and ev.recipient:
            changes["recipient"] = ev.recipient
        out[j] = dataclasses.replace(act, **changes)
        dropped.add(k)
    return [e for k, e in enumerate(out) if k not in dropped]


def _purpose_clause(tok: Any) -> Any | None:
    """The infinitive of purpose on a verb ("fired tear gas to disperse ..."), or None."""
    return next((c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def force_for_force_folded(doc: Any, events: Sequence[Event]) -> list[Event]:
    """``events`` with each act of force done for an act of force of the same doers folded into it."""
    by_verb = {tok.i: k for k, ev in enumerate(events)
               if (tok := token_at(doc, ev.trigger) if ev.trigger is not None else None) is not None
               and quad_of(ev.event) == 4 and "negation" not in ev.aux}
    out = list(events)
    dropped: set[int] = set()
    for k, ev in enumerate(events):
        tok = token_at(doc, ev.trigger) if ev.trigger is not None else None
        if tok is None or k not in by_verb.values() or ev.recipient or not ev.actor:
            continue
        purpose = _purpose_clause(tok)
        j = by_verb.get(purpose.i) if purpose is not None else None
        if j is None or j == k or j in dropped or not set(out[j].actor) & set(ev.actor):
            continue
        if ev.evidence != out[j].evidence:
            out[j] = dataclasses.replace(out[j], mentions=out[j].mentions + (ev.evidence,))
        dropped.add(k)
    return [e for k, e in enumerate(out) if k not in dropped]


__all__ = ["PROTEST_VERBS", "force_for_force_folded", "one_act_told_twice", "purposes_folded"]
