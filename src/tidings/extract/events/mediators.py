"""Mediators of accords: "Egypt and Qatar brokered a truce between Israel and Hamas", "a ceasefire
brokered by Turkey", "the Qatar-brokered ceasefire". The accord stays its parties' own event; whoever
brokered it met both sides as a third party: a CONSULT of its own (mode mediate, CAMEO 045), the
broker acting, the accord's parties its recipients. Before, the broker was no actor of anything.

A verb of brokering (word class ``events.mediators.brokering``) names the mediator as its subject
when the accord is its object, as its "by" agent when it describes the accord, and as the name before
its hyphen ("Qatar-brokered"). An accord with no party named, or a broker who is one of its parties,
gives no mediation. A pact the parties' verb agrees to ("agreed to a truce brokered by Qatar") is
brokered alike, and its broker is no recipient of the parties' act (session 23). Issue 11 (the actor
lost).

A mediation whose own words name no side ("mediated the dispute between Qatar and Saudi Arabia",
"launched a mediation effort to end the rift between X and Y") meets the sides of the conflict it
is about (:func:`mediated_sides`, read by the coder before an event is made of the candidate).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from ...ontology import cameo_quad
from ...schema import Event, Provenance
from ..common import token_at, word_class
from . import lexicon as event_lexicon
from .args import COMPONENT, ActorBook, participants
from .candidate import Candidate, between, objects_of, preps_of, subject_of
from .modality import intensity
from .relevance import is_live

_BROKERING = word_class("events.mediators.brokering")
# Accords a third party can broker: agreements, ceasefires and truces (RETREAT), concessions, exchanges.
_ACCORD_TYPES = frozenset({"AGREE", "RETREAT", "CONCEDE", "COOPERATE"})
# Pacts a verb's parties may agree to, sign or accept ("agreed to a truce brokered by Qatar").
_PACTS = word_class("events.coding.detect.pacts")
# Words of mediating ("mediate", "mediation"): their recipients are the sides of the conflict mediated.
_MEDIATING = word_class("events.mediators.mediating")
# Prepositions that name what a mediation is about ("mediating in the dispute", "over the row").
_ABOUT = ("in", "over", "on", "of")


def _brokers(noun: Any) -> list[Any]:
    """The tokens naming who brokered the accord ``noun`` names (see the module docstring)."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _BROKERING:
        return subject_of(noun.head)[0]  # "Egypt and Qatar brokered a truce"
    for c in noun.subtree:  # "a ceasefire between X and Y brokered by Z": it may hang on the last party
        if c.lemma_.lower() not in _BROKERING or c.head is c:
            continue
        if c.dep_ == "acl":  # "a ceasefire brokered by Turkey"
            return [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        if c.dep_ == "amod":  # "the Qatar-brokered ceasefire"
            return [g for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod") and g.pos_ == "PROPN"]
    return []


def _accords(doc: Any, ev: Event) -> list[Any]:
    """The accords an event names: its trigger noun, or a pact its verb's parties agree to, sign or
    accept (the verb's object or "to" phrase: "agreed to a truce brokered by Qatar")."""
    tok = token_at(doc, ev.trigger) if ev.trigger is not None else None
    if tok is None:
        return []
    if tok.pos_ == "NOUN":
        return [tok]
    if tok.pos_ != "VERB":
        return []
    objects = [c for c in tok.children if c.dep_ == "dobj"] + preps_of(tok, ("to",))
    return [o for o in objects if o.lemma_.lower() in _PACTS]


def mediated(doc: Any, events: Sequence[Event], book: ActorBook) -> list[Event]:
    """``events`` with the brokers of each accord taken from its recipients (the parties' act is
    between themselves), and after them the CONSULT (mediate) events of those brokers."""
    kept: list[Event] = []
    out: list[Event] = []
    for ev in events:
        if ev.event not in _ACCORD_TYPES or not is_live(ev):
            kept.append(ev)
            continue
        named = [a for noun in _accords(doc, ev) for a in participants(_brokers(noun), book)]
        brokers = [a for a in dict.fromkeys(named) if a not in ev.actor]
        ev = dataclasses.replace(ev, recipient=tuple(r for r in ev.recipient if r not in brokers)) \
            if set(brokers) & set(ev.recipient) else ev
        kept.append(ev)
        parties = ev.actor + ev.recipient
        if not brokers or not parties:
            continue
        cameo = event_lexicon.cameo_code("CONSULT", "mediate")
        rule = "mediator:broker"
        out.append(dataclasses.replace(
            ev, event="CONSULT", mode="mediate", actor=tuple(brokers), recipient=parties, cameo=cameo,
            quad=cameo_quad(cameo), intensity=intensity(cameo, ev.aux), rule=rule,
            provenance=Provenance(COMPONENT, rule, ev.confidence, "the broker of an accord meets its parties")))
    return kept + out


def _purposes(t: Any) -> list[Any]:
    """The infinitives of purpose on a word ("an effort to end the rift", "launched ... to resolve")."""
    return [c for c in t.children if c.dep_ in ("xcomp", "advcl", "acl") and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def mediated_sides(c: Candidate) -> tuple[list[Any], list[Any]]:
    """(the sides of the conflict a mediation names, the conflict nouns that name them) for a
    mediation whose own words name no side: the "between" phrase of what it mediates, in or over
    ("mediating in the dispute between X and Y", "mediated the dispute between X and Y"), or of what
    its purpose acts on ("launched a mediation effort to end the rift between X and Y"); ([], [])
    for other candidates."""
    words = [t for t in c.trigger for t in (t, *(k for k in t.children if k.dep_ == "compound"))]
    if c.event != "CONSULT" or not any(t.lemma_.lower() in _MEDIATING for t in words):
        return [], []
    holders = [h for t in c.trigger for h in (t, *_purposes(t))]
    about = [n for h in holders for n in objects_of(h) + preps_of(h, _ABOUT)]
    conflicts = [n for n in about if between(n)]
    return [k for n in conflicts for k in between(n)], conflicts


__all__ = ["mediated", "mediated_sides"]
