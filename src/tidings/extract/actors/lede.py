"""A person the lede describes is the one the next sentences name first.

News leads often describe someone before they name them: "A prominent teacher in northwest Iran has
been killed ...", "The director of an organization that monitors killings was arrested this week",
"A lawmaker was killed in the capital". The next sentence, or the one after, names the person
("Jose Luis Gonzalez, who is accused ..., was taken into custody"; "Yoshimasa Hayashi, a lawmaker
from the ruling coalition, was found ..."), and the reader takes the two for one. The linker did
not: the description stayed an actor of its own, and the events told of it had a nameless actor or
recipient (session 52: the largest share of the "name and description" splits of the stories'
dev-work).

A description of one person in the article's first sentence (an unnamed proposal whose mentions,
pronouns aside, are descriptions headed by a singular noun for one person, and none a relation to
another: "his brother", "the leader's wife") names the first person the
text names after it, when that person's first name mention lies in one of the
:data:`WINDOW` sentences after the description's, no other person is named between the two, and
nothing said of the person contradicts the description: no other country or sector, no
description of their own with another head noun ("Mvogo, a witness" after "A soldier was shot"),
no other gender than the description's pronouns say, and not one who speaks of what the lede
says befell the one described ("The leader of the opposition has been beaten ... Yulia Timofeyeva
said": as often a relative or a witness).
A person named in the lede itself, or two people named before the window closes with the first
contradicting it, leave the description alone: unresolved beats wrong.

Read by the linker (:mod:`.link`) once the people are known with all their proposals; tested on
whole texts written for the tests (``tests/test_actors_s52.py``), since it reads the parse.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ...schema import Actor, Mention
from ..common import tokens_at, word_class
from ..agreement import actor_gender, mention_gender, person_roles
from .alike import NAMING, unnamed
from .holders import _head_word
from .salience import sentence_index

WINDOW = 2  # how many sentences after the lede's the name may come
_DESCRIBED = frozenset({"nominal", "title", "appositive"})
_SINGULAR = frozenset({"NN"})


def _one_described(actor: Actor, doc: Any) -> bool:
    """Whether an unnamed proposal describes one person, and no one by their relation to another:
    a person or a group, every mention (but pronouns) a description whose head is a singular noun
    for one person ("A former activist", "The director of an organization"; not "Protesters", "a
    federal jury", "his brother", "the leader's wife")."""
    said = [m for m in actor.mentions if m.kind != "pronoun"]
    if actor.kind not in ("person", "group") or not said or not unnamed(actor) \
            or any(m.kind not in _DESCRIBED for m in said):
        return False
    for m in said:
        span = tokens_at(doc, m.span) if doc is not None else None
        if span is None or span.root.tag_ not in _SINGULAR or span.root.pos_ != "NOUN" \
                or span.root.lemma_.lower() not in person_roles() or any(t.dep_ == "poss" for t in span):
            return False
    return True


def _fits(description: Sequence[Actor], person: Sequence[Actor], doc: Any = None) -> bool:
    """Whether nothing said of a person contradicts a description: no other country or sector, no
    description of their own with another head noun, no other gender than the description's
    pronouns say ("the leader ... as he entered" is not "Yulia Timofeyeva")."""
    def known(actors: Sequence[Actor], field: str) -> set[str]:
        return {v for a in actors if (v := getattr(a, field)) and v != "UNK"}

    said = {g for a in description for m in a.mentions if m.kind == "pronoun" and (g := mention_gender([m.span.text]))}
    gender = {g for a in person if (g := actor_gender(a, doc))}
    if len(said) == 1 and gender and not said & gender:
        return False

    for field in ("country", "sector"):
        mine, theirs = known(description, field), known(person, field)
        if mine and theirs and not mine & theirs:
            return False
    heads = {_head_word(m.span.text) for a in description for m in a.mentions if m.kind in _DESCRIBED}
    own = {_head_word(m.span.text) for a in person for m in a.mentions if m.kind in _DESCRIBED}
    return not own or bool(heads & own)


_UNDERGOING = frozenset({"nsubjpass", "dobj", "pobj"})
_SAYING = word_class("events.coding.modality.reporting_verbs")


def _witness_to(doc: Any, description: Mention, name: Mention) -> bool:
    """Whether the lede tells what befell the one described ("The leader of the opposition has been
    beaten") and the name opens a statement about it ("Yulia Timofeyeva said that ..."): the one
    who tells is as often a relative or a witness as the one it befell."""
    told, named = tokens_at(doc, description.span), tokens_at(doc, name.span)
    if told is None or named is None:
        return False
    return told.root.dep_ in _UNDERGOING and named.root.dep_ == "nsubj" and named.root.head.lemma_.lower() in _SAYING


def lede_descriptions(actors: Sequence[Actor], doc: Any, root: Sequence[int] | None = None) -> dict[int, int]:
    """For the description of one person in the article's first sentence, the index of the person
    the text names first after it (see the module docstring); empty without a parse.

    ``root``: for each proposal, the first of the proposals already found to be one entity with it
    (by default each its own)."""
    if doc is None:
        return {}
    index = sentence_index(doc)

    def sentence(m: Mention) -> int:
        return index(m.span.start)

    root = list(range(len(actors))) if root is None else list(root)
    members: dict[int, list[int]] = {}
    for k, r in enumerate(root):
        members.setdefault(r, []).append(k)
    first_named: dict[int, Mention] = {}  # each named person: where a name of theirs is first said
    for r, ks in members.items():
        named = [m for k in ks if actors[k].kind == "person" for m in actors[k].mentions if m.kind in NAMING]
        if named:
            first_named[r] = min(named, key=lambda m: m.span.start)
    out: dict[int, int] = {}
    for i, ks in members.items():
        if i in first_named or not all(_one_described(actors[k], doc) for k in ks):
            continue
        said = sorted((m for k in ks for m in actors[k].mentions if m.kind != "pronoun"), key=lambda m: m.span.start)
        if not said or sentence(said[0]) != 0:
            continue
        after = sorted((m.span.start, r) for r, m in first_named.items() if m.span.start > said[0].span.start)
        if not after:
            continue
        r = after[0][1]
        where = sentence(first_named[r])
        if 0 < where <= WINDOW and _fits([actors[k] for k in ks], [actors[k] for k in members[r]], doc) \
                and not _witness_to(doc, said[0], first_named[r]):
            out[i] = r  # (a person named in the lede itself comes first: the lede may well describe another)
    return out


__all__ = ["WINDOW", "lede_descriptions"]
