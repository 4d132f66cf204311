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
from .candidate import preps_of, subject_of
from .modality import intensity
from .relevance import is_live

_BROKERING = word_class("events.mediators.brokering")
# Accords a third party can broker: agreements, ceasefires and truces (RETREAT), concessions, exchanges.
_ACCORD_TYPES = frozenset({"AGREE", "RETREAT", "CONCEDE", "COOPERATE"})
# Pacts a verb's parties may agree to, sign or accept ("agreed to a truce brokered by Qatar").
_PACTS = word_class("events.coding.detect.pacts")


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


__all__ = ["mediated"]
