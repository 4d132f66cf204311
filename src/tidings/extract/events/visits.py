"""Visits: whom one told by its noun is paid to, and an official's trip as one.

A visit's host is its "to" phrase ("a state visit to X"), or the owner of the seat it names ("a
working visit to NATO headquarters", "to the offices of X"); a seat of no one named ("to the old
headquarters") names no host. A visit told on a verb of going ("travelled to Washington for a
three-day visit", "arrived in Moscow on a two-day visit"; word class ``events.coding.detect.going``)
is paid where the visitor goes: the verb's "to" or "in" phrase, when it names a place (a name
the tagger calls a country, city or state), never a building or a person's seat of no owner.
Talks a visitor travelled for ("arrived in Cairo for talks on a ceasefire") are held with that
place's state when they name no partner of their own.

An official or a delegation travelling to a place ("a U.S. diplomatic delegation arrived in Buenos
Aires", "Foreign Minister Wang Yi arrived in Moscow"; word classes ``events.coding.visits.travelling``
and ``events.coding.visits.officials``, on the subject's head or its title) visits it, with no
visit noun (:func:`official_trip`): CONSULT (visit), the place its recipient; a trip made to meet
someone ("to meet President Thein Sein", "to hold talks with X") is that meeting, and no visit of a
place besides. Whoever else travels (refugees, fans, a name with no title: a traveller of any kind)
makes no visit, and one going home ("returned to Paris") none either; a trip within one's own state
is left to the coder's own-country check, which leaves the visit with no one visited.

Envoys received "from" someone ("Iran received a delegation from Hamas", "hosted an envoy from
Qatar"; the parser hangs the phrase on the verb) came for them (:func:`envoys_sender`): the sender
is a guest of the meeting beside the envoys. Received "from" a place of no envoys ("received
400 refugees from Syria") names no one sent.
"""

from __future__ import annotations

from typing import Any

from ..common import is_infinitive, word_class
from .candidate import Candidate, preps_of, subject_of
from .phrases import is_someone

VISIT_NOUNS = word_class("events.coding.recipient.visit_nouns")
SEAT_NOUNS = word_class("events.coding.recipient.seat_nouns")
GOING = word_class("events.coding.detect.going")
ENVOYS = word_class("events.coding.detect.envoys")
TALK_NOUNS = word_class("events.coding.visits.talk_nouns")
_GOAL_PREPS = frozenset({"to", "in"})
_PLACE_LABELS = frozenset({"GPE"})


def _gone_to(noun: Any) -> list[Any]:
    """The place a visitor goes to when the visit hangs on a verb of going ("travelled to X for a
    visit", "arrived in X on a visit")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "on") or prep.head.lemma_.lower() not in GOING:
        return []
    return [g for g in preps_of(prep.head, _GOAL_PREPS) if g.ent_type_ in _PLACE_LABELS]


def visit_goals(noun: Any) -> list[Any]:
    """Whom a visit told by its noun is paid to (see the module's docstring), and where talks a
    visitor travelled for were held ("arrived in Cairo for talks": word class
    ``events.coding.visits.talk_nouns``); empty for other nouns."""
    if noun is not None and noun.lemma_.lower() in TALK_NOUNS:
        return _gone_to(noun)
    if noun is None or noun.lemma_.lower() not in VISIT_NOUNS:
        return []
    found: list[Any] = []
    for g in preps_of(noun, frozenset({"to"})):
        found.extend(seat_owners(g) if _seat(g) else [g])
    return found or _gone_to(noun)


_OWNER_LABELS = frozenset({"NORP", "GPE", "ORG"})


def _seat(tok: Any) -> bool:
    """A seat noun, not a body by its name ("the Ministry of the Interior": no seat of another)."""
    return tok.lemma_.lower() in SEAT_NOUNS and tok.pos_ != "PROPN"


def seat_owners(seat: Any) -> list[Any]:
    """Whose a body's seat is (word class ``events.coding.recipient.seat_nouns``): a name or demonym
    before it ("NATO headquarters", "the Russian embassy"), its possessor, else its "of" phrase ("the
    offices of X"); none for another noun, a seat of no owner named ("the old headquarters") or a
    body by its name ("the Ministry of the Interior": a visit to it is paid to it)."""
    if not _seat(seat):
        return []
    named = [c for c in seat.children if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < seat.i
             and (c.ent_type_ in _OWNER_LABELS or c.pos_ == "PROPN")]
    return named or preps_of(seat, frozenset({"of"}))


TRAVELLING = word_class("events.coding.visits.travelling")
OFFICIALS = word_class("events.coding.visits.officials")
MEETING_PURPOSES = word_class("events.coding.visits.meeting_purposes")


def _official(tok: Any) -> bool:
    """Whether a subject names an official or a delegation: its head or a title before a name."""
    return tok.lemma_.lower() in OFFICIALS or (tok.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lemma_.lower() in OFFICIALS for c in tok.children))


def _meets_there(v: Any) -> bool:
    """Whether the trip's purpose is a meeting ("arrived in Myanmar to meet President Thein Sein",
    "travelled to X to hold talks with Y"): that meeting is the visit, with whom it names."""
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in MEETING_PURPOSES and is_infinitive(c)
               and _names_partner(c) for c in v.children)


def _names_partner(purpose: Any) -> bool:
    """Whether a meeting purpose names whom it meets: an object ("to meet Thein Sein") or a "with"
    phrase ("to hold talks with X"); "to discuss the crisis" meets no one named."""
    met = purpose.lemma_.lower() in ("meet", "visit") and any(c.dep_ == "dobj" for c in purpose.children)
    return met or any(t.dep_ == "prep" and t.lower_ == "with" for t in purpose.subtree)


def official_trip(v: Any) -> Candidate | None:
    """CONSULT (visit) for an official travelling to a named place, with no visit noun; None otherwise."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in TRAVELLING:
        return None
    actors = subject_of(v)[0]
    goals = [g for g in preps_of(v, _GOAL_PREPS) if g.ent_type_ in _PLACE_LABELS]
    if not actors or not goals or not all(_official(a) for a in actors) or _meets_there(v):
        return None
    return Candidate("CONSULT", "visit", f"visit:{v.lemma_.lower()}", [v], [v], v, actors=actors,
                     recipients=goals[:1], context="diplomatic", score=0.6)


def envoys_sender(v: Any, objects: list[Any]) -> list[Any]:
    """Whom envoys a hosting verb takes came from: the verb's "from" phrase naming someone, when an
    object is an envoy noun (word class ``events.coding.detect.envoys``) with no "from" or "of" of
    its own (see the module); else none."""
    if not any(o.lemma_.lower() in ENVOYS and not preps_of(o, ("from", "of")) for o in objects):
        return []
    return [g for g in preps_of(v, ("from",)) if is_someone(g)]


__all__ = ["SEAT_NOUNS", "VISIT_NOUNS", "envoys_sender", "official_trip", "seat_owners", "visit_goals"]
