"""Whom a pledged act is for, where only the act's own clause names it.

A pledge told by a noun or an adjective carries the act it promises in a "to"-infinitive: "made a
commitment to send aid to X", "is ready to help X", "an offer to ease restrictions on X's trade".
The pledge's frame names no recipient; the promised act does:

- whom it gives to ("send aid to X", "provide X with loans": its "to"/"for" phrase, its dative);
- whom it benefits, as the object of a verb of helping (word class
  ``events.coding.recipient.benefiting_verbs``: "help X", "protect X");
- whom the thing it acts on belongs to or bears on ("ease restrictions on X's trade": what its
  object's phrase names, read by the caller with :func:`.inside.inner_participants`).

One level of a clause in between is read through ("would work together to provide credit to X").
"""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from ..common import is_infinitive, word_class

# Pledges whose promised act names whom they are for: agreeing, conceding, giving, cooperating.
PLEDGE_TYPES = frozenset({"AGREE", "CONCEDE", "AID", "COOPERATE"})
BENEFITING_VERBS = word_class("events.coding.recipient.benefiting_verbs")
_INFINITIVE_DEPS = frozenset({"acl", "xcomp", "advcl", "relcl"})
_GOAL_PREPS = frozenset({"to", "for"})
# clause relations of the pledge's own words that may carry the promised act's infinitive
_CARRIERS = frozenset({"acomp", "dobj", "attr"})


def _infinitives(tok: Any) -> list[Any]:
    """The "to"-infinitives hung on ``tok`` ("a commitment to ease", "ready to help")."""
    return [v for v in tok.children if v.dep_ in _INFINITIVE_DEPS and v.pos_ in ("VERB", "AUX") and is_infinitive(v)]


def promised_acts(seeds: Iterable[Any]) -> list[Any]:
    """The verbs of the acts a pledge's words promise: infinitives on the seeds (the pledge's verb,
    noun or adjective), on the adjective or noun completing a seed verb ("is ready to help"), and on
    an infinitive's own verb once more ("to work together to provide")."""
    out: list[Any] = []
    for s in seeds:
        holders = [s] + [c for c in s.children if c.dep_ in _CARRIERS and c.pos_ in ("ADJ", "NOUN")]
        for h in holders:
            for v in _infinitives(h):
                for act in (v, *_infinitives(v), *(c for c in v.children if c.dep_ == "ccomp")):
                    if act not in out:
                        out.append(act)
    return out


def pledged_for(acts: Sequence[Any]) -> tuple[list[Any], list[Any]]:
    """(heads naming whom the promised ``acts`` are for, things they act on) of the acts' clauses:
    datives and "to"/"for" phrases, the objects of verbs of helping; every other object is a thing
    whose phrase may name whom it bears on."""
    someone: list[Any] = []
    things: list[Any] = []
    for v in acts:
        helps = v.lemma_.lower() in BENEFITING_VERBS
        for c in v.children:
            if c.dep_ in ("dative", "iobj"):
                someone.extend(g for g in ([c] if c.pos_ != "ADP" else c.children)
                               if g.dep_ in ("dative", "iobj", "pobj") and g not in someone)
            elif c.dep_ == "prep" and c.lower_ in _GOAL_PREPS:
                someone.extend(g for g in c.children if g.dep_ == "pobj" and g not in someone)
            elif c.dep_ == "dobj":
                (someone if helps else things).append(c)
    return someone, things


__all__ = ["BENEFITING_VERBS", "PLEDGE_TYPES", "pledged_for", "promised_acts"]
