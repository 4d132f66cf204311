"""What the knowledge base says a common noun names: the sector term of the noun a phrase heads.

Read by the events stage's participants (:mod:`.phrases`, :mod:`.args`) to tell a kind of people or
body ("troops", "rights groups") from a word of no sector ("a man", "groups") and from a noun that
names no one. A pure function of the parse and the knowledge base's sector terms.
"""

from __future__ import annotations

from typing import Any

from ...kb import load_kb
from ..actors.variants import COLLECTIVE_HEADS  # "group", "faction": the noun before says what group

NO_SECTOR = "UNK"  # the sector the knowledge base gives a word of no particular sector ("group")


def _kind_before(tok: Any, kb: Any) -> Any:
    """The sector term of the words that say what a collective head's group is: the modifier right
    before it, with its own modifiers ("civil society" of "civil society groups"), else its lemma
    alone ("media" of "media groups"); None where they name no sector ("several groups")."""
    kind = next((c for c in tok.children if c.dep_ in ("amod", "compound") and c.i == tok.i - 1), None)
    if kind is None:
        return None
    phrase = " ".join(t.lower_ for t in kind.subtree)
    for words in (phrase, kind.lemma_.lower()):
        term = kb.sector_term(words)
        if term is not None and term.sector != NO_SECTOR:
            return term
    return None


def term_of(tok: Any) -> Any:
    """The knowledge base's sector term for the noun ``tok`` heads: its lemma's, else that of the
    lemma with the word the parser hangs after it ("attorneys general" -> "attorney general",
    "secretaries general"), for offices named with a postposed word, or, for a group of people,
    before it ("the international community"). A collective head of no sector ("groups") takes the
    sector of the words before it that say what group it is ("civil society groups")."""
    kb = load_kb()
    lemma = tok.lemma_.lower()
    term = kb.sector_term(lemma)
    if lemma in COLLECTIVE_HEADS and getattr(term, "sector", NO_SECTOR) == NO_SECTOR \
            and (kind := _kind_before(tok, kb)) is not None:
        return kind  # "civil society groups", "media groups": what the word before says
    for c in tok.children:
        if term is not None:
            break
        if c.dep_ not in ("amod", "compound", "appos") or abs(c.i - tok.i) != 1:
            continue
        if c.i > tok.i:
            term = kb.sector_term(f"{lemma} {c.lower_}")
        elif (before := kb.sector_term(f"{c.lower_} {lemma}")) is not None and before.kind == "group":
            term = before
    return term


__all__ = ["NO_SECTOR", "term_of"]
