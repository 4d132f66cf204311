"""Whom a thing given back or sent goes to, when the parser hung the "to" phrase inside the thing.

"Returned a silver pendant engraved with the image of Peter the Great to Russian authorities",
"returned a painting stolen from a gallery in 1989 to the Italian government": the parser hangs "to
X" on the last word of a long object (the name "Peter the Great", the participle "stolen"), so the
verb of giving has no receiver. When the verb has no "to" phrase or dative of its own, a "to"
phrase inside its object is the verb's if it hangs on a participle describing the thing (reached
through participles without a subject of their own and prepositional phrases) or on a name ending
the thing's description, and the participle takes no "to" of its own (word class
``events.coding.transfers.own_to_verbs``: "a letter addressed to the minister", "land given to
settlers"). A "to" inside a clause with a subject of its own ("the statue, which the museum had
sent to France") belongs to that clause.

A pure function of the parse; the caller reads it only for events whose recipient a "to" names.

A thing taken "from" someone (word class ``events.coding.transfers.taking_verbs``: "retook the town
from al-Shabaab", "recaptured Bakhmut from Russian forces") is taken from them: the "from" phrase
names whom the act is done to, where it names someone; a "from" phrase of another verb ("fired
from a helicopter") or of no one ("seized weapons from a house") names no one.

Blame laid "on" someone (word class ``events.coding.transfers.blaming_verbs``: "blamed the explosion
on Israel") names whom it accuses, though the parser hangs the "on" phrase on the act blamed; blame
laid on no one ("blamed the floods on heavy rain") names no one.
"""

from __future__ import annotations

from typing import Any

from ..common import word_class
from .phrases import is_someone

OWN_TO = word_class("events.coding.transfers.own_to_verbs")
TAKING = word_class("events.coding.transfers.taking_verbs")
BLAMING = word_class("events.coding.transfers.blaming_verbs")
# names that end a thing's description ("the image of Peter the Great")
_NAME_LABELS = frozenset({"PERSON", "WORK_OF_ART", "FAC", "PRODUCT", "EVENT", "LAW"})
# relations the search goes down: a describing participle, its phrases, a name's apposition
_DOWN = frozenset({"acl", "prep", "pobj", "appos", "compound"})


def _participle(t: Any) -> bool:
    return t.tag_ == "VBN" and t.dep_ == "acl" and not any(k.dep_ in ("nsubj", "nsubjpass", "aux") for k in t.children)


def _hangs_wrongly(t: Any) -> bool:
    """Whether a "to" phrase on ``t`` can only be the main verb's: on a participle that takes none,
    or on a name."""
    if _participle(t):
        return t.lemma_.lower() not in OWN_TO
    return t.ent_type_ in _NAME_LABELS  # "Peter the Great": a name's last word, whatever its tag


def to_inside_object(v: Any) -> list[Any]:
    """The objects of a "to" phrase hung inside verb ``v``'s direct object that are the verb's
    (see the module), or [] when the verb has its own."""
    if any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in v.children):
        return []
    out: list[Any] = []
    stack = [c for c in v.children if c.dep_ == "dobj"]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "to" and _hangs_wrongly(t):
                out += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ in _DOWN and (c.dep_ != "acl" or _participle(c)):
                stack.append(c)
    return out


def taken_from(v: Any) -> list[Any]:
    """Whom a verb of taking takes from: the someone of its "from" phrase ("retook X from Y": Y)."""
    if v.lemma_.lower() not in TAKING:
        return []
    return [g for p in v.children if p.dep_ == "prep" and p.lower_ == "from"
            for g in p.children if g.dep_ == "pobj" and is_someone(g)]


def laid_on(v: Any) -> list[Any]:
    """Whom a verb of blaming lays an act on: the someone of an "on" phrase on the verb or on its
    object ("blamed the explosion on Israel": Israel)."""
    if v.lemma_.lower() not in BLAMING:
        return []
    return [g for h in (v, *(c for c in v.children if c.dep_ == "dobj")) for p in h.children
            if p.dep_ == "prep" and p.lower_ == "on" for g in p.children if g.dep_ == "pobj" and is_someone(g)]


__all__ = ["laid_on", "taken_from", "to_inside_object"]
