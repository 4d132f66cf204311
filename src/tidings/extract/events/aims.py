"""Whom an act is aimed at when its own objects name no one: what it is for, over, or done to.

A protest of an act is aimed at the act's doer ("protested the arrest of journalists by police":
the police; :func:`protested_doers`). The last grammar readings of a candidate's recipient, tried
when its objects, its protest phrase and the places it strikes (:mod:`.recipient`) named no one:

- a sanction, threat, protest, refusal or reproach "over", "due to" or "because of" an act is
  aimed at the act's doer ("imposed sanctions over X's actions", "quit the talks due to the
  coalition's tactics"; :func:`reason_doers`). Only the nouns of acts count (word classes
  ``statement_or_act``, ``events.coding.recipient.doer_modified`` and ``patient_possessor``, whose
  doer only a "by" phrase names): "over the price of bread", "over the summer" name no one;
- a visit told by its noun is paid to its "to" phrase or the owner of the seat it names ("a working
  visit to NATO headquarters"; :func:`.visits.visit_goals`);
- an attack, blockade or deployment on a place someone holds is aimed at the holders ("shelled
  rebel-held areas"; :func:`.recipient.held_targets`);
- an attack or a deployment told with its purpose is aimed at whom the purpose would defeat
  ("launched air strikes to crush the rebels", "deployed troops to fight the militants",
  "began an offensive to drive the rebels out"; :func:`purpose_targets`, word class
  ``events.coding.recipient.defeating_verbs``); a purpose that defeats no one ("to protect the
  civilians", "to support the rebels") names no target;
- a pledge told by a noun or an adjective is for whom the act it promises is for ("made a
  commitment to send aid to X", "is ready to help X", "a commitment to ease restrictions on X's
  trade"; :mod:`.pledged`).
"""

from __future__ import annotations

from typing import Any, Sequence

from ..common import word_class
from .appeals import doers_of_thing
from .args import ActorBook, participants
from .candidate import Candidate, objects_of
from .doers import doer_modified
from .inside import inner_participants
from .phrases import is_participant_like
from .pledged import PLEDGE_TYPES, pledged_for, promised_acts
from .recipient import HELD_TARGET_TYPES, held_targets
from .visits import visit_goals


def protested_doers(objects: Sequence[Any]) -> list[Any]:
    """What a protest's objects stand for: the doers of a protested act or statement where its
    phrase names them ("the arrest of X by police", "the government's decision"), else the
    object itself ("protested against the government")."""
    out: list[Any] = []
    for o in objects:
        doers = doers_of_thing(o) if o.pos_ == "NOUN" and not is_participant_like(o) else []
        out.extend(doers or [o])
    return out


# acts aimed at whoever did what they are "over"
REASON_TYPES = frozenset({"SANCTION", "THREATEN", "PROTEST", "REJECT", "ACCUSE"})
# two-word reasons: the first word and the preposition under it
_REASON_PREPS = {"due": "to", "because": "of", "owing": "to"}


def _act_noun(tok: Any) -> bool:
    return tok.pos_ == "NOUN" and not is_participant_like(tok) and (
        doer_modified(tok) or tok.lemma_.lower() in word_class("patient_possessor"))


def reason_doers(tokens: Sequence[Any]) -> list[Any]:
    """The doers of the act an "over", "due to" or "because of" phrase on one of ``tokens`` (the
    event's verb, trigger and objects) names as its reason, else nothing."""
    out: list[Any] = []
    for t in tokens:
        for p in t.children:
            if p.dep_ != "prep":
                continue
            if p.lower_ == "over":
                heads = [p]
            elif p.lower_ in _REASON_PREPS:  # "due to X", "because of X": X under either word
                second = [c for c in p.children if c.dep_ in ("pcomp", "prep") and c.lower_ == _REASON_PREPS[p.lower_]]
                heads = [p] + second if second else []
            else:
                continue
            for o in (o for h in heads for o in h.children):
                if o.dep_ == "pobj" and _act_noun(o):
                    out.extend(d for d in doers_of_thing(o) if d not in out)
    return out


PURPOSE_TYPES = frozenset({"ASSAULT", "MOBILIZE"})
DEFEATING_VERBS = word_class("events.coding.recipient.defeating_verbs")
_PURPOSE_DEPS = frozenset({"advcl", "acl", "xcomp"})


def purpose_targets(seeds: Sequence[Any], verbs: frozenset[str] = DEFEATING_VERBS) -> list[Any]:
    """The objects of a "to"-infinitive of defeating (or of other ``verbs``) on one of ``seeds``
    (the act's verb, noun and objects) that name someone: "to crush the rebels", "to drive the
    rebels out of X"; also the one a helping verb helps do something ("to help Italy fight the
    pandemic", parsed as the subject of what is done)."""
    found: list[Any] = []
    for s in seeds:
        for v in s.children:
            if v.dep_ not in _PURPOSE_DEPS or v.lemma_.lower() not in verbs \
                    or not any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children):
                continue
            done = [g for c in v.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
            found.extend(o for o in [c for c in v.children if c.dep_ == "dobj"] + done
                         if (is_participant_like(o) or o.pos_ == "PROPN") and o not in found)
    return found


# aid sent "to help" someone goes to them ("sent medical supplies to help Italy fight the pandemic")
HELPING_VERBS = word_class("events.coding.recipient.helping_verbs")


def aimed_at(c: Candidate, book: ActorBook, actors: Sequence[str]) -> tuple[str, ...]:
    """The recipients the readings above give a candidate, its own actors left out."""
    seeds = [c.head, *c.trigger, *c.objects, *objects_of(c.head)]
    tokens: list[Any] = []
    if c.event in REASON_TYPES:  # "imposed sanctions over X's actions"
        tokens = reason_doers(seeds)
    elif c.event == "CONSULT":  # "a working visit to NATO headquarters"
        tokens = visit_goals(c.noun)
    if not tokens and c.event in HELD_TARGET_TYPES:  # "shelled rebel-held areas"
        tokens = held_targets(c.head, c.objects)
    if not tokens and c.event in PURPOSE_TYPES:  # "launched air strikes to crush the rebels"
        tokens = purpose_targets(seeds)
    if not tokens and c.event == "AID":  # "sent supplies to help Italy fight the pandemic"
        tokens = purpose_targets(seeds, HELPING_VERBS)
    if tokens:
        return tuple(r for r in participants(tokens, book) if r not in actors)
    return pledged_recipients(c, book, actors) if c.event in PLEDGE_TYPES else ()  # "a commitment to send aid to X"


def pledged_recipients(c: Candidate, book: ActorBook, actors: Sequence[str]) -> tuple[str, ...]:
    """Whom the act a pledge promises is for: someone its clause names, else someone the phrase of
    a thing it acts on names ("to ease restrictions on X's trade")."""
    someone, things = pledged_for(promised_acts([c.head, *c.trigger]))
    found = tuple(r for r in participants(someone, book) if r not in actors)
    for t in things:
        if found:
            break
        found = tuple(r for r in inner_participants(t, book) if r not in actors)
    return found


__all__ = ["DEFEATING_VERBS", "PURPOSE_TYPES", "REASON_TYPES", "aimed_at", "pledged_recipients",
           "protested_doers", "purpose_targets", "reason_doers"]
