"""Statements that someone did a wrong: "the army said the Red Hand Front was behind the bombing",
"is responsible for the attack", "were involved in the riots", "are the culprits". The speaker
accuses the subject of the predicate, although no accusing verb appears.

A predicate of culpability (``culpability`` in ``data/word_classes.csv``) counts when what it is
about is a wrong: a hostile act of the event lexicon (verbal or material conflict), a wrongdoing,
or a word the judgement table condemns ("responsible for schools", "involved in the festival" are
no accusation; an attempt or a plot is a wrong when what it attempts is one: "behind the coup
attempt"; responsibility borne is culpability: "bore full responsibility for the deaths"). "guilty"
and "culprit" need no act named. A denied, supposed or asked culpability
accuses no one, and a subject that is the speaker (a group owning its act) or a first person is
never accused by its own words. Who the subject stands for is decided by the caller.

A wrong named with its doer's "by" phrase accuses that doer too (:func:`wrongdoers`: "violations
committed by X", "the violence was caused by X", "an act of aggression by X"; session 52).
"""

from __future__ import annotations

from typing import Any

from ...ontology import quad_of
from ..common import preps_of, word_class
from . import lexicon as event_lexicon
from .judgement import SUPPOSING, judgement

# Culpability that stands alone: "X is guilty", "X are the culprits".
_SELF_STANDING = frozenset({"guilty", "culprit", "perpetrator", "mastermind", "instigator"})
_ACT_PREPS = frozenset({"for", "in", "behind", "of"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
HOSTILE_QUADS = (3, 4)
_BY = ("by",)  # a passive's agent, or "by" on a noun: who did it


def is_a_wrong(noun: Any, lex: event_lexicon.Lexicon) -> bool:
    """Whether a noun names a wrong: a hostile act, a wrongdoing, what the judgement table condemns,
    or a calamity someone is said to have caused ("responsible for the crisis")."""
    lemma = noun.lemma_.lower()
    entry = lex.nouns.get(lemma)
    if entry is not None and entry.event and quad_of(entry.event) in HOSTILE_QUADS:
        return True
    if lemma in word_class("events.coding.culpability.attempts"):  # "the coup attempt", "a plot to kill"
        return any(is_a_wrong(a, lex) for a in _attempted(noun))
    return lemma in word_class("events.coding.detect.wrongdoings") or judgement([lemma]) < 0 \
        or lemma in word_class("events.coding.culpability.calamities")  # "responsible for the bloodshed"


def _attempted(noun: Any) -> list[Any]:
    """What an attempt attempts: its compound ("coup attempt"), its "at"/"of" object ("an attempt
    at a coup"), or its infinitive ("a plot to kill")."""
    out = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.pos_ == "NOUN"]
    out += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("at", "of") for g in c.children if g.dep_ == "pobj"]
    return out + [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VB"]


def _acts(word: Any) -> list[Any]:
    """What a culpability word is about: its own object ("behind the bombing") or the object of
    its preposition ("responsible for the attack", "involved in the riots", "culprits of")."""
    if word.dep_ == "prep":
        return [g for g in word.children if g.dep_ == "pobj"]
    return [g for c in word.children if c.dep_ == "prep" and c.lower_ in _ACT_PREPS
            for g in c.children if g.dep_ == "pobj"]


def _predicate_head(word: Any) -> Any:
    """The clause head a culpability word is said in: the copula or verb it hangs from ("was
    behind", "is responsible", "were involved"), the verb that bears it ("bore responsibility for":
    word class ``events.coding.culpability.bearing_verbs``), or the word itself when it heads the clause."""
    if word.dep_ == "dobj" and word.head.lemma_.lower() in word_class("events.coding.culpability.bearing_verbs"):
        return None if any(c.dep_ == "det" and c.lower_ == "no" for c in word.children) else word.head  # not "bore no"
    if word.dep_ in ("prep", "acomp", "attr") or (word.dep_ == "ROOT" or word.pos_ == "VERB"):
        return word.head if word.dep_ in ("prep", "acomp", "attr") else word
    return None


def _denied_or_supposed(head: Any, word: Any) -> bool:
    if any(c.dep_ == "neg" for t in (head, word) for c in t.children):
        return True
    return any(c.dep_ == "mark" and c.lower_ in SUPPOSING for c in head.children) or head.dep_ == "advcl"


def culpable_subjects(span: Any, lex: event_lexicon.Lexicon | None = None) -> list[Any]:
    """The subjects that ``span`` says did a wrong, in order; first persons never."""
    lex = lex or event_lexicon.load()
    words = word_class("culpability")
    out = []
    for word in span:
        lemma = word.lemma_.lower()
        if lemma not in words or (lemma == "behind" and word.dep_ != "prep"):
            continue
        head = _predicate_head(word)
        if head is None or _denied_or_supposed(head, word):
            continue
        if lemma not in _SELF_STANDING and not any(is_a_wrong(a, lex) for a in _acts(word)):
            continue
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ not in _FIRST_PERSON and span.start <= subject.i < span.end:
            out.append(subject)
    return out


def _wrongdoing(noun: Any, lex: event_lexicon.Lexicon) -> bool:
    """A wrong that is no act of the event lexicon ("violations", "the violence", "aggression"): an
    attack or a demonstration "by X" is an act told, the event coder's own (and the allegations of
    :mod:`.speech` read it), not a verdict."""
    entry = lex.nouns.get(noun.lemma_.lower())
    return (entry is None or not entry.event) and is_a_wrong(noun, lex)


def _doing(verb: Any) -> bool:
    """A participle or passive of doing or causing (``events.coding.culpability.doing_verbs``:
    "committed", "caused", "carried out"), not denied or supposed: its "by" phrase did the wrong
    ("prosecuted by X", "condemned by X" name others)."""
    return verb.lemma_.lower() in word_class("events.coding.culpability.doing_verbs") and not _denied_or_supposed(verb, verb)


def wrongdoers(span: Any, lex: event_lexicon.Lexicon | None = None) -> list[Any]:
    """Who ``span`` says did a wrong by naming them with "by": on the wrong itself or the "act" it is
    of ("an act of aggression by X"), on a participle of doing that tells it ("violations committed
    by X"), or on the passive of doing whose subject it is ("the violence was caused by X"); not
    where that is denied or supposed, nor a good thing done ("the aid delivered by X"), nor an act
    the lexicon codes ("an attack by X"); first persons never."""
    lex = lex or event_lexicon.load()
    out: list[Any] = []
    for noun in (t for t in span if t.pos_ == "NOUN" and _wrongdoing(t, lex)):
        holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" else noun
        told = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and _doing(c)]  # "violations committed by X"
        found = preps_of(holder, _BY) + preps_of(noun, _BY) + [g for c in told for g in preps_of(c, _BY)]
        if noun.dep_ == "nsubjpass" and _doing(noun.head):
            found += preps_of(noun.head, _BY)
        out += [g for g in found if g.lower_ not in _FIRST_PERSON and span.start <= g.i < span.end and g not in out]
    return out


__all__ = ["culpable_subjects", "is_a_wrong", "wrongdoers"]
