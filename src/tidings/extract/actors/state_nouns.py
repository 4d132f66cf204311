"""The state a bare state noun stands for: "the country", "the nation", "the North African country".

Wire copy calls a state it has named by a state noun ("Ankara recalled its envoy ... the country's
president said", "the Gulf nation"): a definite description of one state the reader has in mind,
so it is a mention of that state's actor (annotation guide 2.1), not a second actor with no code.
Where the article names no state before it, the phrase names a country in general ("destroying
the country to build a new one"), a thing and no actor (guide 2.5): it is dropped.

A description is a state noun's when each of its non-pronoun mentions is a singular noun of word
class ``actors.kinds.state_nouns`` with at most modifiers before it, definite (never "a country",
"another nation", "the country of ..."), and it has no country code of its own (a coded one is
already its state's). The state meant is the one state actor (a country, or a government by the
words of the text) named before it; of two states, the one clearly most salient where it is read
(:func:`~.salience.most_salient`); none where two fit equally, or where the text names before it
a state that is no actor: unresolved beats wrong. A body or person such a noun owns ("the
country's foreign ministry", "the country's president") takes that state's code
(:func:`state_owned`), so the rules that join a state's bodies and office holders can place it;
where the text names no state actor before it, the one state it names as a place or a people
("Protests spread across Chile. The country's president ...") is the one meant.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from ...kb import KnowledgeBase
from ...ontology import STATE_ORGANS
from ...schema import Actor
from ..common import actor_of_token, reporting_subject, token_at, word_class
from .alike import POSSESSIVES
from .base import DOMAIN_NOUNS, GOVERNMENT_HEADS
from .cluster import government_name
from .holders import is_government
from .regions import region_states
from .salience import Place, mention_places, most_salient

STATE_NOUNS = word_class("actors.kinds.state_nouns")
ORGAN_PLURALS = word_class("actors.link.organ_plurals")
ORGANS_OF_NO_STATE = word_class("actors.link.organs_of_no_state")
ORGAN_WORDS = word_class("actors.link.organ_words")
_BODIES = frozenset({"group", "organization"})
# Words before a noun that bring in a state not met before, or set it apart from the one in mind.
_NOT_IN_MIND = frozenset({"a", "an", "another", "one", "other", "any", "every", "each", "no", "new",
                          "neighbouring", "neighboring", "foreign", "third", "host", "member", "home"})
# Words that bring in an organ not met before: those of a state, but a state's "foreign ministry" or
# "home office" and its "new government" are its own.
_ANOTHER_ORGAN = _NOT_IN_MIND - {"foreign", "home", "new"}
_DESCRIBED = frozenset({"group", "organization", "country"})
_PERSONS_POSSESSIVES = frozenset({"his", "her"})
_WORD = re.compile(r"[\w'’-]+")
# A phrase owned by a noun ending in a state noun: "the country's army", "the Gulf nation's ruler".
_OWNER = re.compile(r"^((?:the\s+)?(?:[\w-]+\s+){0,2}?(?:%s))['’]s?\s+\w" % "|".join(sorted(STATE_NOUNS)), re.I)


def _words(text: str) -> list[str]:
    return [re.sub(r"['’]s$", "", w) for w in _WORD.findall(text.lower())]


def says_state(text: str, start: int, end: int) -> bool:
    """Whether the phrase ``text[start:end]`` is a definite singular state noun ("the country",
    "the North African nation", "the country's"), not one brought in anew ("a country", "another
    nation") nor the head of an "of" phrase ("the country of origin")."""
    words = _words(text[start:end])
    before = _words(text[max(0, start - 12):start])[-1:]
    regional = bool(words) and words[-1] == "state" and region_states(words[:-1]) is not None  # "the Gulf state"
    if not words or (words[-1] not in STATE_NOUNS and not regional) or re.match(r"\s+of\b", text[end:end + 4]):
        return False
    return not any(w in _NOT_IN_MIND for w in words[:-1] + before)


def state_description(actor: Actor, text: str) -> bool:
    """Whether an actor with no country is described only by a state noun (:func:`says_state`)."""
    said = [m for m in actor.mentions if m.kind != "pronoun"]
    return bool(text) and bool(said) and actor.country is None and actor.kind in _DESCRIBED \
        and actor.wikidata is None and all(says_state(text, m.span.start, m.span.end) for m in said)


def _first(actor: Actor) -> int:
    return min((m.span.start for m in actor.mentions), default=0)


def _is_state(actor: Actor) -> bool:
    return bool(actor.country) and (actor.kind == "country" or is_government(actor))


def named_states(doc: Any, kb: KnowledgeBase | None, end: int) -> set[str]:
    """The codes of the states the parsed text names (as the tagger's GPE or NORP entities, by the
    knowledge base) before character ``end``: actors or mere places ("between Niger and Nigeria")."""
    if doc is None or kb is None:
        return set()
    codes = {id(state): code for code, state in kb.countries.items()}
    out: set[str] = set()
    for ent in doc.ents:
        if ent.end_char > end or ent.label_ not in ("GPE", "NORP"):
            continue
        out.update(codes[id(n)] for n in kb.lookup(ent.text) if id(n) in codes)
        code = kb.demonym(ent.text)
        out.update({code} if code else set())
    return out


def state_anaphors(actors: Sequence[Actor], text: str, places: Sequence[Sequence[Place]],
                   doc: Any = None, kb: KnowledgeBase | None = None) -> dict[int, int | None]:
    """For each state-noun description (:func:`state_description`) the article names a state
    before, the index of the state actor it names, or None where it is unresolved: the one state
    actor named before it, or of several the one clearly most salient where it is first read; none
    when the text (``doc``) names before it a state that is no actor ("between Niger and
    Nigeria, the country's president"): the one it means may be that one. A description with no
    state named before it at all is left out: a country in general (:func:`country_in_general`)."""
    out: dict[int, int | None] = {}
    for i, a in enumerate(actors):
        if state_description(a, text):
            named, k = _state_before(i, _first(a), actors, places, doc, kb, text)
            if named:
                out[i] = k
    return out


def _state_before(i: int, start: int, actors: Sequence[Actor], places: Sequence[Sequence[Place]],
                  doc: Any, kb: KnowledgeBase | None, text: str = "") -> tuple[bool, int | None]:
    """Whether the text names a state before ``start``, and the index of the state actor a state
    noun read there names (see :func:`state_anaphors`), or None."""
    before = [k for k, b in enumerate(actors) if k != i and _is_state(b) and _first(b) < start]
    codes = {actors[k].country for k in before}
    others = named_states(doc, kb, start) - codes
    region = _region(actors[i], text) if len(codes | others) > 1 else None
    if region is not None:  # "the African nation": of the states in view, the one in Africa
        before = [k for k in before if actors[k].country in region]
        codes, others = {actors[k].country for k in before}, others & region
    if others or not before:
        return bool(others), None
    if len(codes) == 1:
        countries = [k for k in before if actors[k].kind == "country"]
        return True, min(countries or before)
    return True, most_salient(before, places, [p for p in places[i] if p.start == start]) if places else None


def state_owned(actors: Sequence[Actor], text: str, doc: Any = None,
                kb: KnowledgeBase | None = None) -> list[Actor]:
    """The proposals, each one with no country that a state noun owns ("the country's president",
    "the nation's foreign ministry") given the country of the state that noun names
    (:func:`state_anaphors`): it is that state's, and may then be joined to its holder or body."""
    places = mention_places(actors, doc)
    out = list(actors)
    for i, a in enumerate(actors):
        said = [m for m in a.mentions if m.kind != "pronoun"]
        if a.country is not None or not said or not all(_owner_end(m.span.text) for m in said):
            continue
        first = min(said, key=lambda m: m.span.start)
        end = first.span.start + _owner_end(first.span.text)
        if not says_state(text, first.span.start, end):
            continue
        _, k = _state_before(i, first.span.start, actors, places, doc, kb, text)
        code = actors[k].country if k is not None else _only_state_named(i, first.span.start, actors, doc, kb, text)
        if code is not None:
            out[i] = dataclasses.replace(a, country=code)
    return out


def states_in_mind(actors: Sequence[Actor], text: str, doc: Any = None, kb: KnowledgeBase | None = None) -> list[Actor]:
    """The proposals, each state-noun description (:func:`state_description`) with no state actor
    before it made the one state the text names before it as a place, a people or a possessor
    ("Finland's defence chief ... The country has launched strikes": Finland), its name, code and
    Wikidata id the knowledge base's; with a state actor before it the linker joins it to that
    actor (:func:`state_anaphors`), and with two states named or none it stays as it was."""
    out = list(actors)
    if kb is None:
        return out
    for i, a in enumerate(actors):
        if not state_description(a, text):
            continue
        tok = _token_at(doc, _first(a))
        code = _state_of(_owner_of(tok), actors, kb) or _state_of(reporting_subject(tok), actors, kb, organ=True) \
            or _only_state_named(i, _first(a), actors, doc, kb, text)
        if code is not None:
            state = kb.countries[code]
            out[i] = dataclasses.replace(a, name=state.name, kind="country", country=code, sector="GOV",
                                         wikidata=state.wikidata)
    return out


def organs_in_mind(actors: Sequence[Actor], doc: Any = None,
                   kb: KnowledgeBase | None = None) -> tuple[list[Actor], dict[int, int]]:
    """The linked actors, each organ of a state named by a common noun alone that no rule joined to
    a body (:func:`_organ_description`: "the government", "the foreign ministry", "police") given the
    state the text has in mind where it is read: the state of the speaker whose reported clause
    names it, else the one state the text names before it (an actor of a state's code, a place or a
    people). With two states named before it, or none, it keeps no country: unresolved beats wrong.
    Also, for each such "government", the index of the actor of its state it is (the state, or its
    government by the words of the text), where there is one."""
    out = list(actors)
    joins: dict[int, int] = {}
    if kb is None or doc is None:
        return out, joins
    for i, a in enumerate(actors):
        sector = a.sector or _organ_sector(a, doc, kb)  # "the foreign ministry" a speaker's name the stage left untyped
        if not _organ_description(dataclasses.replace(a, sector=sector), doc):
            continue
        start = _first(a)
        code = _state_of(reporting_subject(_token_at(doc, start)), actors, kb, organ=True)
        if code is None:
            before = {b.country for k, b in enumerate(actors) if k != i and b.country in kb.countries and _first(b) < start}
            named = before | named_states(doc, kb, start)
            code = next(iter(named)) if len(named) == 1 else None
        if code is None:
            continue
        heads = {token_at(doc, m.span).lemma_.lower() for m in a.mentions if m.kind != "pronoun"}
        if heads <= GOVERNMENT_HEADS and sector == "GOV":
            out[i] = dataclasses.replace(a, name=government_name(kb.countries[code].name), kind="organization",
                                         country=code, sector=sector)
            state = [k for k, b in enumerate(actors) if k != i and b.country == code
                     and (b.kind == "country" or is_government(b))]
            if state:
                joins[i] = state[0]
        else:
            out[i] = dataclasses.replace(a, country=code, sector=sector)
    return out, joins


def _organ_sector(actor: Actor, doc: Any, kb: KnowledgeBase) -> str | None:
    """The state sector the head noun of each of an untyped body's mentions names ("the foreign
    ministry": GOV), or None."""
    heads = [token_at(doc, m.span) for m in actor.mentions if m.kind != "pronoun"]
    terms = {kb.sector_term(h.lemma_.lower()) for h in heads if h is not None}
    sectors = {t.sector for t in terms if t is not None and t.kind in ("org", "group")}
    return next(iter(sectors)) if len(sectors) == 1 and None not in terms and sectors <= STATE_ORGANS else None


def _organ_description(actor: Actor, doc: Any) -> bool:
    """Whether an actor of a state's sector with no country and no name of its own is told only by a
    common noun of one body, bare or definite ("the government", "the Foreign Ministry", "police",
    "the authorities"): not a plural of several ("governments", "officials"), an indefinite or counted
    one ("a ministry", "two officials"), one a pronoun owns ("its army"), nor a body of no one state
    (word class ``actors.link.organs_of_no_state``: "the international community")."""
    said = [m for m in actor.mentions if m.kind != "pronoun"]
    if not said or actor.country is not None or actor.wikidata is not None or actor.kind not in _BODIES \
            or actor.sector not in STATE_ORGANS:
        return False
    for m in said:
        head = token_at(doc, m.span)
        if head is None or head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in ("GPE", "NORP", "PERSON"):
            return False
        if head.tag_ in ("NNS", "NNPS") and head.lemma_.lower() not in ORGAN_PLURALS and head.lower_ not in ORGAN_PLURALS:
            return False
        words = [t for t in doc[head.left_edge.i:head.i] if t.idx >= m.span.start]
        if any(t.lower_ in _ANOTHER_ORGAN | ORGANS_OF_NO_STATE or t.like_num or t.ent_type_ in ("GPE", "NORP", "PERSON")
               or (t.dep_ == "poss" and t.pos_ == "PRON") for t in words):
            return False
        if any(t.text[:1].isupper() and t.lower_ != "the" and t.lower_ not in DOMAIN_NOUNS | ORGAN_WORDS for t in words):
            return False  # "the Kestrian Ministry of Culture": a name of its own, perhaps of a state no one knows
    return True


def _token_at(doc: Any, start: int) -> Any:
    if doc is None:
        return None
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _owner_of(tok: Any) -> Any:
    """The subject of the nearest clause above a state noun a person's pronoun owns ("he wants his
    country to ...": he), the person the pronoun stands for; else None."""
    if tok is None or tok.lower_ not in _PERSONS_POSSESSIVES or tok.dep_ != "poss":
        return None
    for verb in tok.ancestors:
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and tok.i not in {t.i for t in c.subtree}]
        if verb.pos_ in ("VERB", "AUX") and subjects:
            return subjects[0]
    return None


def _state_of(subject: Any, actors: Sequence[Actor], kb: KnowledgeBase, organ: bool = False) -> str | None:
    """The state of the actor a subject token names: a person's country (``organ``: a state, its
    organ or an office holder of one speaks of their own state), or None."""
    a = actor_of_token(actors, subject) if subject is not None else None
    if a is None or a.country not in kb.countries:
        return None
    if organ:
        return a.country if a.kind == "country" or a.sector in STATE_ORGANS else None
    return a.country if a.kind == "person" else None


def _only_state_named(i: int, start: int, actors: Sequence[Actor], doc: Any, kb: KnowledgeBase | None,
                      text: str = "") -> str | None:
    """The one state the text names before ``start`` where it names no state actor there: a place
    ("Protests spread across Chile. The country's president ...") or a people ("Chilean police")
    gives the state a state noun's owner serves; None for no state or several."""
    actors_before = {b.country for k, b in enumerate(actors) if k != i and _is_state(b) and _first(b) < start}
    named = named_states(doc, kb, start)
    region = _region(actors[i], text) if len(actors_before | named) > 1 else None
    if region is not None:  # of the states in view, the one of the description's region
        actors_before, named = actors_before & region, named & region
    if actors_before:
        return None
    return next(iter(named)) if len(named) == 1 else None


def _region(actor: Actor, text: str) -> frozenset[str] | None:
    """The states of the world region a state noun's first description names ("the West African
    nation"), or None (:func:`.regions.region_states`)."""
    said = [m for m in actor.mentions if m.kind != "pronoun"]
    if not text or not said:
        return None
    first = min(said, key=lambda m: m.span.start)
    return region_states(_words(text[first.span.start:first.span.end])[:-1])


def _owner_end(phrase: str) -> int:
    """Where a state noun that owns the rest of the phrase ends ("the country" of "the country's
    army"), or 0."""
    found = _OWNER.match(phrase)
    return found.end(1) if found else 0


def unplaced_speakers(actors: Sequence[Actor], text: str) -> set[str]:
    """The ids of the state-noun descriptions that only speak ("the country said") and that no state
    was found for (two states in view): no one a reader could name, so their quotes keep no speaker
    (unresolved beats wrong), and no piece of a state's actor is left beside it."""
    return {a.id for a in actors if state_description(a, text)
            and all(m.provenance is not None and m.provenance.rule.startswith("speaker") for m in a.mentions
                    if m.kind != "pronoun")}


def country_in_general(actors: Sequence[Actor], text: str, doc: Any = None,
                       kb: KnowledgeBase | None = None) -> set[str]:
    """The ids of the actors that are a bare state noun with no state named before it (a country
    in general, no actor: "destroy the country to build a new one"); "their country" is someone's."""
    found = state_anaphors(actors, text, [], doc, kb)
    return {a.id for i, a in enumerate(actors) if i not in found and state_description(a, text)
            and not any(w in POSSESSIVES for m in a.mentions for w in _words(m.span.text))}


__all__ = ["STATE_NOUNS", "country_in_general", "named_states", "says_state", "state_anaphors", "state_description",
           "organs_in_mind", "state_owned", "states_in_mind", "unplaced_speakers"]
