"""Finder pass over names described by a common noun right before them: "the animation company
Pixar", "news broadcaster NRK", "the German charity Sea-Eye", "UCL astronomer Angelos Tsiaras".

The article says what the name is, in the same noun phrase: the noun's sector (and the country of a
demonym before it) is the name's when the knowledge base does not know the name, a body noun
("company", "broadcaster", "charity") makes it an organisation whatever the tagger said, and the
description becomes part of the name's mention, so that the nominals pass does not make it an actor
of its own. A title before a person's name is the people pass's business (:mod:`.people`); this pass
takes what is left. A name the knowledge base knows keeps its own codes; a noun of no sector ("her
friend") gives none.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .base import FinderBase

# Words a description may hold before its head noun ("animation company", "German charity").
DESCRIPTION_POS = frozenset({"NOUN", "ADJ"})
# Syntactic ties by which a noun and a name form one phrase ("company" with its appositive "Pixar").
NAME_TIES = frozenset({"compound", "appos", "amod", "nmod"})


class DescribedPass(FinderBase):
    """Names typed by the common noun before them."""

    def described(self) -> None:
        for c in self.cands:
            if c.kind != "name" or c.res.named is not None or c.res.sector not in (None, "UNK"):
                continue
            start = self._description_start(c.start, c.end)
            if start is None:
                continue
            words = self.text(start, c.start)
            desc = self.resolver.resolve(words, self.date, places=False)
            if desc.named is not None or not desc.sector or desc.sector == "UNK":
                continue
            head = self.doc[c.start - 1]
            term = self.kb.sector_term(head.lemma_.lower()) or self.kb.sector_term(head.lower_)
            kind = "organization" if term is not None and term.kind == "org" else c.res.kind
            c.res = dataclasses.replace(c.res, kind=kind, sector=desc.sector, country=c.res.country or desc.country,
                                        score=max(c.res.score, 0.5),
                                        reason=f"{c.res.reason}; described as {words!r}: {desc.reason}")
            self.claim(start, c.start)
            c.start = start

    def _description_start(self, start: int, end: int) -> int | None:
        """Where a description of the name ``[start, end)`` begins, or ``None``: lower-case nouns and
        adjectives (a demonym may be capitalised) right before it, free, ending in a noun tied to
        the name in one phrase."""
        if start == 0:
            return None
        head = self.doc[start - 1]
        if head.pos_ != "NOUN" or not head.text.islower() or self.claimed[head.i] or not self._tied(head, start, end):
            return None
        k = start - 1
        while k > 0:
            t = self.doc[k - 1]
            if self.claimed[t.i] or t.pos_ not in DESCRIPTION_POS or not t.whitespace_:
                break
            if not t.text.islower() and self.kb.demonym(t.text) is None:
                break
            k -= 1
        return k

    def _tied(self, noun: Any, start: int, end: int) -> bool:
        """Whether ``noun`` and the name are one phrase: one modifies the other, or the parser made
        both the same argument of one word (a phrase it split in two)."""
        name = self.doc[start:end].root
        if noun.head.i in range(start, end) and noun.dep_ in NAME_TIES:
            return True
        if name.head.i == noun.i and name.dep_ in NAME_TIES:
            return True
        return name.head.i == noun.head.i and name.dep_ == noun.dep_ and name.i != noun.i


__all__ = ["DescribedPass"]
