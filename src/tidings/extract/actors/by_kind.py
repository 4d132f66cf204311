"""A body described by its kind ("the airline", "the court", "the network", "the group"): the one
body of that kind named before it in the article, or of two the one clearly most salient where the
description is read (:func:`kind_descriptions`, read by the linker, :mod:`.link`).

The kind is the description's head: a sector term of the knowledge base that names a kind of body
("airline", "company", "party"), another word for one (``data/kind_words.csv``), or a general head
("the group", ``data/general_kinds.csv``) used for bodies of some sectors only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ...kb import KnowledgeBase
from ...kb.model import fold
from ...ontology import SECTOR_GROUPS
from ...schema import Actor
from ..common import data_rows, word_class
from .alike import NAME_JOINERS, NAMING, POSSESSIVES, body_taken_for_person, body_titled_by_a_word, capitalised_name, unnamed
from .holders import _ARTICLES, _BODY_KINDS, _STATE_ITSELF, _STATE_SECTORS, _head_word, _state_names, _words
from .salience import Place, most_salient
from .variants import SETS_APART

# Kinds of sector terms that name a kind of body ("airline", "company", "party").
_BODY_TERM = "org"
# The sector the knowledge base gives a word of no particular sector ("group").
_NO_SECTOR = "UNK"
# Articles that make a description indefinite: "a company" is one not met before.
_INDEFINITE = frozenset({"a", "an", "another", "one"})
# Kind words a study shares ("the paper"): they describe a body only where no research is named before.
_AMBIGUOUS_KIND_WORDS = word_class("actors.link.study_kind_words")
_RESEARCH = re.compile(r"\b(%s)\b" % "|".join(sorted(word_class("quotes.research_document"))), re.I)


def _first(actor: Actor) -> int:
    return min((m.span.start for m in actor.mentions), default=0)


@lru_cache(maxsize=1)
def _kind_words() -> dict[str, str]:
    """Words for a kind of body the sector terms name otherwise ("network" -> broadcaster)."""
    return {r["word"].strip().lower(): r["kind"].strip().lower() for r in data_rows("kind_words.csv")}


def _kind(word: str) -> str:
    return _kind_words().get(word, word)


# The shortest name looked for in the text where the tagger found none (not "UN", "AP").
_SHORTEST_NAME = 4


def _named_by_phrase(actor: Actor, kb: KnowledgeBase) -> bool:
    """Whether a body the text gives only as a phrase is named by it: a capitalised phrase with a
    word that is no kind, no state and no people ("ABS-CBN Corporation"; not "Broadcasters", "the
    Philippine government")."""
    for m in actor.mentions:
        words = m.span.text.replace("\u2019", "'").split()
        words = words[1:] if words[:1] and words[0].lower() == "the" else words
        if not words or not capitalised_name(words):
            continue
        if any(w.lower() not in NAME_JOINERS and not _common_word(fold(w), kb) for w in words):
            return True
    return False


def _common_word(word: str, kb: KnowledgeBase) -> bool:
    """A kind of body, a title, a state's name or its people's word ("Broadcasters", "Philippine")."""
    word = word[:-2] if word.endswith("'s") else word
    return any(kb.sector_terms.get(w) is not None for w in (word, word[:-1] if word.endswith("s") else word)) \
        or kb.demonym(word) is not None or word in _state_names(kb) or word in _STATE_ITSELF


@lru_cache(maxsize=1)
def _general_kinds() -> dict[str, frozenset[str]]:
    """General heads ("group", "organisation") and the sectors of the bodies each is used for."""
    return {r["word"].strip().lower(): frozenset(r["sectors"].split()) for r in data_rows("general_kinds.csv")}


def _same_side(own: str | None, sector: str | None) -> bool:
    """Whether a description's own sector ("the rebel group": REB) allows a body's: none said, or
    both of one group of sectors (civil society and civilians; not armed groups and civil society)."""
    return own in (None, _NO_SECTOR) or (sector is not None and SECTOR_GROUPS.get(own) == SECTOR_GROUPS.get(sector))


def _general_fits(a: Actor, general: frozenset[str], placed: Sequence[int], by_head: Sequence[int],
                  actors: Sequence[Actor]) -> list[int]:
    """The bodies a description by a general head may name: of a sector the word is used for (an
    international body: of the code of its kind, "the bloc"), or whose own name has that head
    ("Halvard Retail Group"), and of the description's own side."""
    return [k for k in placed if (actors[k].sector in general or k in by_head or actors[k].country in general)
            and _same_side(a.sector, actors[k].sector)]


def _unknown_bodies(placed: Sequence[int], actors: Sequence[Actor], kb: KnowledgeBase,
                    sector: str | None, root: Sequence[int]) -> list[int]:
    """The bodies among ``placed`` named by a name the knowledge base does not know (no sector:
    "Siemens", "Pacific Gas and Electric"), which a description of a kind of body of ``sector``
    may name: not one with a person's signs, and not one whose own name, or another name of the
    same entity ("CalFire" and "California Department of Forestry"), says it is of another sector
    (its head a kind of another sector, or a sector of its own: "the Velt Ministry of Works" is no
    company)."""
    out = []
    for k in placed:
        b = actors[k]
        if b.sector is not None or b.country is not None or unnamed(b) or b.wikidata:
            continue
        if b.kind not in _BODY_KINDS and not body_taken_for_person(b):
            continue
        if any(_other_sector(actors[h], kb, sector) for h in range(len(actors)) if root[h] == root[k]):
            continue
        out.append(k)
    return out


def _other_sector(actor: Actor, kb: KnowledgeBase, sector: str | None) -> bool:
    """Whether a proposal says it is of another sector than ``sector``: its own, or its name's head."""
    if actor.sector not in (None, _NO_SECTOR) and actor.sector != sector:
        return True
    own = kb.sector_terms.get(_kind(_head_word(actor.name)))
    return own is not None and own.sector not in (None, _NO_SECTOR) and own.sector != sector


def named_at(actor: Actor, text: str = "") -> int:
    """Where the text first names a body: its first mention, or before it the first place the text
    gives one of its names where the tagger found none ("ABS-CBN's franchise" before the one
    "ABS-CBN Corporation" it found): the whole name, case and word boundaries kept."""
    at = _first(actor)
    for name in body_names(actor):
        k = find_name(text, name, at)
        at = k if k >= 0 else at
    return at


def body_names(actor: Actor) -> set[str]:
    """The names of a body worth looking for in other text: its name and the words of its naming
    mentions, without "the", of at least :data:`_SHORTEST_NAME` characters."""
    names = {actor.name} | {m.span.text for m in actor.mentions if m.kind in NAMING}
    names = {n[4:] if n.lower().startswith("the ") else n for n in names}
    return {n for n in names if len(n) >= _SHORTEST_NAME}


def find_name(text: str, name: str, end: int | None = None) -> int:
    """Where ``text`` (before ``end``) first gives ``name`` as whole words, case kept, or -1."""
    end = len(text) if end is None else end
    k = text.find(name, 0, end)
    while 0 <= k:
        after = k + len(name)
        if (k == 0 or not text[k - 1].isalnum()) and (after >= len(text) or not text[after].isalnum()):
            return k
        k = text.find(name, k + 1, end)
    return -1


def kind_descriptions(actors: Sequence[Actor], kb: KnowledgeBase,
                      places: Sequence[Sequence[Place]] | None = None,
                      root: Sequence[int] | None = None, text: str = "") -> dict[int, int]:
    """For each body described only by its kind ("the airline", "the American auto company"), the
    index of the one named body of that sector (and no other state) named before it, or of two
    such bodies the one clearly most salient where the description is first read (``places``, the
    places of the actors' mentions: :mod:`.salience`); none where two fit equally, the description
    is indefinite ("a company"), plural or someone's, its head is no kind of body, or it is set
    apart from the one in mind ("the second largest party").

    The kind may be said with another word than the sector term's ("the network" of a
    broadcaster, "the city" of a municipality: ``data/kind_words.csv``). A kind of a state's own
    body ("the court", "the ministry") is bare and names the body whose own name has that head
    ("the Supreme Court of Cassation", "the Ministry of Health"), never the last body of its
    sector ("the army" after the Revolutionary Guard); the state itself ("the government") is
    :func:`state_itself`'s. A body without a sector may be named by its head alone ("the
    municipality" of the "Municipality of Varo"). A general head ("the group", "the organisation":
    ``data/general_kinds.csv``) names a body of the sectors it is used for, and only the one in
    mind where it is read (:func:`~.salience.most_salient`, even of one candidate): no places, no
    join. A body the tagger labelled an organisation and resolution took for a person is a body
    here (:func:`~.alike.body_taken_for_person`, :func:`~.alike.body_titled_by_a_word`). ``root``: for each proposal, the first of the
    proposals found one entity with it (by default each its own): one body proposed twice fits
    once, and is as salient as all its proposals' mentions. ``text``: the article's text, where a
    body may be named before the tagger found it (:func:`named_at`)."""
    root = list(range(len(actors))) if root is None else root
    named = [k for k, b in enumerate(actors)
             if (b.kind in _BODY_KINDS or body_taken_for_person(b) or body_titled_by_a_word(b, kb))
             and (not unnamed(b) or _named_by_phrase(b, kb))]
    starts = {k: named_at(actors[k], text) for k in named}
    out: dict[int, int] = {}
    for i, a in enumerate(actors):
        if a.kind not in _BODY_KINDS or not unnamed(a) or _named_by_phrase(a, kb) or any(
                w in POSSESSIVES for m in a.mentions for w in _words(m.span.text)):
            continue
        first = min(a.mentions, key=lambda m: m.span.start)
        if _words(first.span.text)[:1] and _words(first.span.text)[0] in _INDEFINITE:
            continue  # "a company" is one not met before
        if any(w in SETS_APART for m in a.mentions for w in _words(m.span.text)):
            continue  # "the second largest party", "the rival airline": another than the one in mind
        word = _head_word(a.name)
        if word in _AMBIGUOUS_KIND_WORDS and _RESEARCH.search(text[:_first(a)]):
            continue  # "a new study ... the paper said": the study, no newspaper
        head = _kind(word)
        term = kb.sector_terms.get(head)  # the singular only: "the companies" are several
        general = _general_kinds().get(head)
        if general is None and (term is None or term.kind != _BODY_TERM or head in _STATE_ITSELF):
            continue
        placed = [k for k in named if root[k] != root[i] and starts[k] < _first(a)
                  and not (a.country and actors[k].country and a.country != actors[k].country)]
        by_head = [k for k in placed if _kind(_head_word(actors[k].name)) == head]
        unknown: list[int] = []
        if general is not None:
            fits = _general_fits(a, general, placed, by_head, actors)
            if a.sector in (None, _NO_SECTOR):
                unknown = [k for k in _unknown_bodies(placed, actors, kb, None, root) if k not in fits]
        elif term is not None and term.sector in _STATE_SECTORS:
            # a state's own body: the bare kind, and the body so called
            bare = all(len([w for w in _words(m.span.text) if w not in _ARTICLES]) == 1
                       for m in a.mentions if m.kind != "pronoun")
            fits = by_head if bare else []
        else:
            fits = [k for k in placed if actors[k].sector == term.sector] \
                or [k for k in by_head if actors[k].sector is None]
            unknown = [k for k in _unknown_bodies(placed, actors, kb, term.sector, root) if k not in fits]
        fits = fits + unknown
        bodies: dict[int, list[int]] = {}
        for k in fits:
            bodies.setdefault(root[k], []).append(k)
        # a body of unknown sector is named by a kind only where it is the one in mind
        if len(bodies) == 1 and general is None and not unknown:
            out[i] = min(fits)
        elif bodies and places:
            here = [p for p in places[i] if p.start == first.span.start]
            groups = list(bodies.values())
            # a body is as salient as all of its proposals ("the Municipality of Varo" said twice)
            k = most_salient(range(len(groups)), [[p for h, r in enumerate(root) if r == root[g[0]]
                                                   for p in places[h]] for g in groups], here)
            if k is not None:
                out[i] = min(groups[k])
    return out


__all__ = ["body_names", "find_name", "kind_descriptions", "named_at"]
