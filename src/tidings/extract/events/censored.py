"""Censorship told by a verb of removing: COERCE (censor) by whoever removes what others published.

"Censors deleted the hashtag", "the authorities blocked the opposition website", "shut down the
newspaper", "revoked the broadcaster's licence", "blocked access to Twitter", "the video was
taken down by the regulator", "the hashtag spread before being deleted by censors": a verb of
removing, blocking or closing (word class ``events.coding.censored.removing_verbs``; "take" and
"shut" only with "down") whose patient is something published or an outlet that publishes
(``events.coding.censored.content``: websites, posts, videos, accounts, newspapers, broadcasters,
their licences; a noun compounded with one: "radio stations"), or access to a named platform.
PLOVER codes restrictions on speech as COERCE (censor). The patient is the verb's object, its
passive subject, or, for a passive participle with no subject of its own ("before being
deleted"), the subject of the clause it hangs from; its owner ("the opposition website") is the
recipient.

No censorship: removing one's own words ("the minister deleted his tweet"), removing anything
but published content ("removed the barricades", "blocked the road": the lexicon's own senses),
or a removal with no one doing it.
"""

from __future__ import annotations

from typing import Any

from ..common import word_class
from .candidate import Candidate, particle_of, subject_of

REMOVING_VERBS = word_class("events.coding.censored.removing_verbs")
CONTENT = word_class("events.coding.censored.content")
_PARTICLES = {"take": "down", "shut": "down"}  # verbs that remove only with their particle
_ACCESS = "access"  # "blocked access to X": X is what is blocked
_PLACES = frozenset({"FAC", "GPE", "LOC"})  # access to a named building or place is no platform
_OWN = frozenset({"his", "her", "its", "their", "our", "my", "own"})


def _patients(v: Any) -> list[Any]:
    own = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    if own or not any(c.dep_ == "auxpass" for c in v.children) or v.dep_ not in ("pcomp", "advcl"):
        return own
    clause = v.head.head if v.dep_ == "pcomp" else v.head  # "X spread before being deleted": X
    return [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]


def _silenced(patient: Any) -> list[Any]:
    """What a removal silences: published content or an outlet ("the website", "two radio
    stations", "the licence of the broadcaster"), or what access to is blocked ("access to
    Twitter"): a named platform or content, no named building or place. Empty for anything else
    ("the road", "the factories")."""
    if patient.lemma_.lower() == _ACCESS:
        return [g for p in patient.children if p.dep_ == "prep" and p.lower_ == "to" for t in p.children
                if t.dep_ == "pobj" for g in (t, *t.conjuncts) if _said(g) or g.pos_ == "PROPN" and g.ent_type_ not in _PLACES]
    return [patient] if _said(patient) else []


def _said(tok: Any) -> bool:
    """Content or an outlet by its noun or the noun compounded into it ("radio stations")."""
    return tok.lemma_.lower() in CONTENT or any(c.dep_ == "compound" and c.lemma_.lower() in CONTENT for c in tok.children)


def _removers(v: Any) -> list[Any]:
    agent = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agent or any(c.dep_ == "auxpass" for c in v.children):
        return agent
    return subject_of(v)[0]


def censorship(v: Any) -> Candidate | None:
    """COERCE (censor) for a verb of removing published content by someone; None otherwise."""
    lemma = v.lemma_.lower()
    if lemma not in REMOVING_VERBS:
        return None
    if lemma in _PARTICLES and particle_of(v) != _PARTICLES[lemma]:
        return None
    content = [c for p in _patients(v) for c in _silenced(p)]
    if not content or any(c.lower_ in _OWN for p in content for c in p.children if c.dep_ in ("poss", "amod")):
        return None
    actors = [a for a in _removers(v) if a.pos_ in ("NOUN", "PROPN", "PRON")]  # the gate judges who they are
    if not actors:
        return None
    trigger = sorted([v, *(c for c in v.children if c.dep_ == "prt")], key=lambda t: t.i)
    return Candidate("COERCE", "censor", f"censor:{lemma}_{content[0].lemma_.lower()}", trigger, [v], v,
                     actors=actors, recipients=content, context="rights_freedoms", score=0.7)


__all__ = ["censorship"]
