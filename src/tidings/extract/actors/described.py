"""Finder passes over names the article describes: by a common noun right before them ("the
animation company Pixar", "news broadcaster NRK", "UCL astronomer Angelos Tsiaras"), and people by
the body they are "of" ("Martin Smith of PBS", "Ryan Cloutier of the Harvard-Smithsonian Center").

The article says what the name is, in the same noun phrase: the noun's sector (and the country of a
demonym before it) is the name's when the knowledge base does not know the name, a body noun
("company", "broadcaster", "charity") makes it an organisation whatever the tagger said, and the
description becomes part of the name's mention, so that the nominals pass does not make it an actor
of its own. A title before a person's name is the people pass's business (:mod:`.people`); this pass
takes what is left. A name the knowledge base knows keeps its own codes; a noun of no sector ("her
friend") gives none.

A person the knowledge base does not know, with no sector of their own, who is "of" a body the
article names (an organisation or group with a sector, not a state or a place: "Tom Hale of Canada"
says where he is from, not what he does) speaks for that body: its sector, and its country where
the person has none. A person with no country whose appositive's head a demonym modifies ("Mela
Ostrova, a Kenyan runner") is of that demonym's country.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...kb.model import Entity
from .base import FinderBase

# Words a description may hold before its head noun ("animation company", "German charity").
DESCRIPTION_POS = frozenset({"NOUN", "ADJ"})
# Syntactic ties by which a noun and a name form one phrase ("company" with its appositive "Pixar").
NAME_TIES = frozenset({"compound", "appos", "amod", "nmod"})
# Knowledge-base categories of places: "of" one says where a person is from, not what they do.
PLACE_CATEGORIES = frozenset({"country", "capital", "region"})


class DescribedPass(FinderBase):
    """Names typed by the common noun before them, and people by the body they are of."""

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

    def members(self) -> None:
        """"Martin Smith of PBS": an unknown person takes the sector of the body they are of."""
        by_token = {i: c for c in self.cands if c.kind == "name" for i in range(c.start, c.end)}
        for c in self.cands:
            if c.kind != "name" or c.res.kind != "person" or c.res.named is not None \
                    or c.res.sector not in (None, "UNK"):
                continue
            root = self.doc[c.start:c.end].root
            body = next((by_token.get(p.i) for k in root.children if k.dep_ == "prep" and k.lower_ == "of"
                         for p in k.children if p.dep_ == "pobj"), None)
            if body is None or body.res.kind not in {"organization", "group"} or body.res.sector in (None, "UNK"):
                continue
            if isinstance(body.res.named, Entity) and body.res.named.category in PLACE_CATEGORIES:
                continue
            c.res = dataclasses.replace(c.res, sector=body.res.sector, country=c.res.country or body.res.country,
                                        score=max(c.res.score, 0.5),
                                        reason=f"{c.res.reason}; of {body.res.name!r}: {body.res.sector}")

    def nationals(self) -> None:
        """"Mela Ostrova, a Kenyan runner": an unknown person with no country takes the one a demonym
        modifying their appositive's head gives (the head's sector, if any, is the nominals' to give)."""
        for c in self.cands:
            if c.kind != "name" or c.res.kind != "person" or c.res.named is not None or c.res.country:
                continue
            root = self.doc[c.start:c.end].root
            nouns = [k for k in root.children if k.dep_ == "appos"]
            if root.dep_ == "appos":
                nouns.append(root.head)  # "a Kenyan runner, Mela Ostrova"
            # a head with a sector ("a British director") is the nominals' to absorb, country and all
            codes = {code for n in nouns if n.pos_ == "NOUN" and n.text.islower()
                     and self.kb.sector_term(n.lemma_.lower()) is None and self.kb.sector_term(n.lower_) is None
                     for k in n.children if k.dep_ in {"amod", "compound"} and k.i < n.i
                     and (code := self.kb.demonym(k.text)) is not None}
            if len(codes) == 1:
                (code,) = codes
                c.res = dataclasses.replace(c.res, country=code, score=max(c.res.score, 0.4),
                                            reason=f"{c.res.reason}; an appositive's demonym -> {code}")

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
