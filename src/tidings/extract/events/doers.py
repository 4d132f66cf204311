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

:mod:`.aims` reads protests of an act and acts "over" an act the same way.
"""

from __future__ import annotations

from typing import Any

from ..common import word_class
from .phrases import is_participant_like

_MODIFIERS = frozenset({"amod", "compound", "nmod"})
# entity types of a modifier naming where, when or how much, not who
_NOT_DOERS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
# adjectives spelled as a noun for people that, as adjectives, name no one ("an official statement")
_NO_ONE = word_class("events.coding.doers.no_one_adjectives")


def doer_modified(noun: Any) -> bool:
    """Whether a noun names an act or statement that someone does (its modifier may be the doer)."""
    lemma = noun.lemma_.lower()
    return lemma in word_class("statement_or_act") or lemma in word_class("events.coding.recipient.doer_modified")


def act_modifier_doers(noun: Any) -> list[Any]:
    """The participants written as modifiers before an act or statement noun: its doers."""
    if noun.pos_ != "NOUN" or is_participant_like(noun) or not doer_modified(noun):
        return []
    return [c for c in noun.children if c.dep_ in _MODIFIERS and c.i < noun.i and c.ent_type_ not in _NOT_DOERS
            and is_participant_like(c) and not (c.pos_ == "ADJ" and c.lower_ in _NO_ONE)]  # not "an official statement"


__all__ = ["act_modifier_doers", "doer_modified"]
