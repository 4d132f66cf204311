"""Doers of an act or a statement named as a modifier before its noun.

News writing names who did an act in a modifier as often as in a "by" phrase: "the rebel raids
on X", "opposition claims of abuse", "militia attacks", "Ostrian air strikes". Judging, denying or
protesting such an act is done to its doer (the coding guide, 4.3: the one criticised or
rejected is the recipient; a claim denied is its maker's), not to the place it struck nor to the
doers of what the claim is about ("denied opposition claims of abuse by soldiers": the
opposition). :func:`act_modifier_doers` gives those doers for the nouns of acts that someone does
(word classes ``statement_or_act`` and ``events.coding.recipient.doer_modified``); a modifier
that names a place, a time or an amount ("the Darna bombing", "the Sunday attack") names no
doer, and an act done to someone ("the student killings") is not among those nouns.

:func:`protested_doers` reads a protest's objects as a judgement does: a protest of an act is
aimed at the act's doer ("protested the arrest of journalists by police": the police).

:func:`reason_doers` reads an act's "over" ("due to", "because of") phrase the same way: a sanction, threat, protest,
refusal or reproach "over" an act is aimed at whoever did it ("imposed sanctions over Ostria's
actions", "went on strike over the government's reform", "recalled its envoy over the rebel
attacks"). Only the nouns of acts count (the word classes above and ``patient_possessor``, whose
doer only a "by" phrase names): "over the price of bread", "over the summer", "flew over the
capital" name no one.
"""

from __future__ import annotations

from typing import Any, Sequence

from ..common import word_class
from .phrases import is_participant_like

_MODIFIERS = frozenset({"amod", "compound", "nmod"})
# entity types of a modifier naming where, when or how much, not who
_NOT_DOERS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


def _doer_modified(noun: Any) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in word_class("statement_or_act") or lemma in word_class("events.coding.recipient.doer_modified")


def act_modifier_doers(noun: Any) -> list[Any]:
    """The participants written as modifiers before an act or statement noun: its doers."""
    if noun.pos_ != "NOUN" or is_participant_like(noun) or not _doer_modified(noun):
        return []
    return [c for c in noun.children if c.dep_ in _MODIFIERS and c.i < noun.i and c.ent_type_ not in _NOT_DOERS
            and is_participant_like(c)]


def protested_doers(objects: Sequence[Any]) -> list[Any]:
    """What a protest's objects stand for: the doers of a protested act or statement where its
    phrase names them ("the arrest of X by police", "the government's decision"), else the
    object itself ("protested against the government")."""
    from .appeals import doers_of_thing  # appeals reads act_modifier_doers: imported here, not at the top

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
        _doer_modified(tok) or tok.lemma_.lower() in word_class("patient_possessor"))


def reason_doers(tokens: Sequence[Any]) -> list[Any]:
    """The doers of the act an "over", "due to" or "because of" phrase on one of ``tokens`` (the
    event's verb, trigger and objects) names as its reason, else nothing."""
    from .appeals import doers_of_thing

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


__all__ = ["REASON_TYPES", "act_modifier_doers", "protested_doers", "reason_doers"]
