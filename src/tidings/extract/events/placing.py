"""Acts a verb names by the state or the role it puts someone in.

"Placed under house arrest", "put under investigation": a verb of placing (word class
``events.coding.detect.placing_verbs``) with "under" and a noun of the event lexicon. "Used civilians
as human shields", "took two soldiers as hostages", "were held as hostages": a verb of the word class
``events.coding.detect.as_verbs`` with "as" and a noun of an act, or the noun of an idiom the verb
makes ("take hostage"), when what is used, taken or held is someone; taking words "as a call" is
reading them, and names no act.
"""

from __future__ import annotations

from typing import Any

from ..common import word_class
from .lexicon import Entry, Lexicon
from .nominals import entry_for_noun
from .phrases import is_someone

_PLACING_VERBS = word_class("events.coding.detect.placing_verbs")
_AS_VERBS = word_class("events.coding.detect.as_verbs")
_GIVEN = frozenset({"dobj", "nsubjpass"})  # who is put in the state or given the role


def placed_role(v: Any, lex: Lexicon) -> tuple[Entry, str, Any] | None:
    """(entry, rule, noun) of the act a verb names by the state or role it puts someone in, or None."""
    lemma = v.lemma_.lower()
    for verbs, word in ((_PLACING_VERBS, "under"), (_AS_VERBS, "as")):
        if lemma not in verbs:
            continue
        if word == "as" and not any(is_someone(c) for c in v.children if c.dep_ in _GIVEN):
            continue  # "took his comments as a call": words read so, no one given a role
        for p in (c for c in v.children if c.dep_ == "prep" and c.lower_ == word):
            for o in (g for g in p.children if g.dep_ == "pobj"):
                entry = entry_for_noun(o, lex)
                if (entry is None or not entry.event) and word == "as":
                    entry = lex.idiom(lemma, o.lemma_.lower())  # "took two soldiers as hostages": took hostages
                if entry is not None and entry.event:
                    return entry, f"{word}:{lemma}_{o.lemma_.lower()}", o
    return None


__all__ = ["placed_role"]
