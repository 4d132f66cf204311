"""The linker: the one component that turns an article's proposed actors into its actors.

The finding stages propose actors (the ``proposals`` of the draft): the actors stage its names,
titles and nominals, the quotes stage speakers it met unresolved, the events stage participants.
Each proposal's mentions say how it was found (their kind: name, title, nominal, pronoun… and
their provenance: which stage and rule). The linker merges the proposals that name one entity
into one actor with all their mentions, and moves the speakers of quotes and the participants of
events to the merged ids, once, after every stage that proposes.

Two proposals are one entity (:func:`merge_map`; each test a pure function, the tests of a pair
of names in :mod:`.alike`) when:

- they carry the same Wikidata id, or all their names are aliases of one knowledge-base entry
  ("Daesh", "Islamic State"), and they are not a person and a body ("the Trump administration");
- they are called alike, or one's name, without honorifics and titles, is a shorter form of
  exactly one other person's ("Bin Salman", "Mr Khan" after "Mohammed bin Salman", "Sadiq
  Khan"): two people who share a surname ("Osama" and "Hamza bin Laden") are never merged, and a
  short form that fits both stays apart unless only one was met before it (a daughter named
  later by her full name); a forename alone is no short form;
- one body's name is the acronym or a short form of exactly one other's ("JHU", "Time" of "Time
  magazine", but not "Hamas" of "Hamas fighters"), or the text gives the acronym in brackets right
  after the name ("the Kurdistan Workers' Party (PKK)"), or the two names differ only in how they
  spell their own state ("U.S. Embassy", "United States Embassy");
- both are unnamed groups described alike (words, kind, sector, country), or an unplaced
  description ("government", "the protesters") repeats the description of one state's body, or
  a bare noun repeats the one unplaced group described with that head before it in the text
  ("observers" after "international observers"), or a group is described with a synonym of an
  earlier group's head and the same other words ("Coalition troops", "Coalition forces";
  :mod:`.synonyms`);
- an untyped participant name is the name of one actor ("Wiranto"), and a lone word taken for an
  organisation the forename or surname of one person named before it ("Schaff" after "Adam
  Schaff", :mod:`.lone_words`);
- the parse sets a description beside a person's or a body's name ("the senior US diplomat in
  Cuba, James Cason"; "The militant organisation, the Islamic State, claimed": the description
  then joins nothing else), or the text right before a body's name ("the American auto company
  Chrysler"), or a title the tagger left out of a name precedes it ("Attorney Bash" is "Bash",
  :mod:`.parsed`);
- a lone forename names the one person it begins ("Hosni"), a name is spelled with other vowels
  ("Hamza bin Ladin"), an honorific and a surname a letter or two apart name the one person
  with a surname that close ("Ms Brakman" after "Lydia Brackmann", :func:`.alike.honorific_variant`),
  a body's name is followed by another of its names in brackets ("HDT Kft. (HDT Limited)",
  :func:`.parsed.bracketed_names`), a body the tagger labelled an organisation was taken for a person
  ("Sears"), or a state's authorities or officials repeat its one government;
- a description by an office names the one person whose role holds it ("the Greek foreign
  minister" and Foreign Minister "George Dima", :mod:`.holders`), a description by a kind of body
  the one body of that sector named before it, or of two the one clearly most salient where it is
  read ("Aer Lingus ... the airline", :mod:`.salience`; "the group" only the one in mind), a
  person's own body ("Apple CEO Steve Jobs ... his company") the one body of its kind that
  person's mentions name (:mod:`.owned`), a description of a perpetrator ("the
  suspect", "the gunman") the one named person who may be them, a person the lede describes the
  one the next sentences name first (:mod:`.lede`), a state's government the
  state, and a bare "the state" or "the Government" placed in a state that state, or without its
  actor its one government named more fully.

Proposals that disagree on their Wikidata id, their country or person-hood never merge. Of a
merged set the first proposal that names the entity keeps its id and resolution (a name beats a
description); the others lend it only the facts it lacks. Unresolved is better than wrong:
nothing merges when two candidates fit. Country codes no one can read become null.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from ...kb import KnowledgeBase, load_kb
from ...registry import Resources
from ...resolve import Resolver
from ...schema import Actor, ArticleResult, Event, Quote
from ..common import gated, without_dropped
from .alike import (
    NAMING,
    as_body,
    body_taken_for_person,
    body_words,
    compatible,
    description_words,
    forename_of,
    has_word,
    heads_name,
    honorific_variant,
    initials,
    kb_keys,
    letters_of,
    mention_words,
    named_like_a_body,
    number_free,
    own_name,
    person_words,
    repeats_description,
    same_group,
    same_name,
    same_words,
    shortens,
    shortens_person,
    skeleton,
    spelled_alike,
    unnamed,
    untyped,
)
from .by_kind import kind_descriptions
from .holders import (
    office_holders,
    state_authorities,
    state_governments,
    state_itself,
)
from .owned import owned_descriptions
from .perpetrators import perpetrator_descriptions
from .portfolios import portfolio_groups
from .lede import lede_descriptions
from .bare_kinds import bare_kinds
from .kinds import worth_keeping
from .lone_words import people_taken_for_bodies
from .metonyms import capital_metonyms, capitals_among
from .national import domestic_groups
from .participants import known_countries, typed_participants
from .parsed import apposed, bracketed_acronyms, bracketed_names, described_before, untitled
from .salience import mention_places
from .state_nouns import country_in_general, organs_in_mind, state_anaphors, state_owned, states_in_mind, unplaced_speakers
from .state_offices import state_office_holders
from .synonyms import synonym_groups
from .variants import BODY_KINDS

COMPONENT = "tidings.link.v1"

# Fields an absorbed proposal may lend the actor that keeps it, when that actor has none.
_LENT = ("country", "sector", "role", "wikidata")
# The stage whose participants may come without a type ("group" by default) when the tagger gave none.
_PARTICIPANTS = "tidings.events.v1"


def target_of(i: int, actors: Sequence[Actor], acronyms: dict[str, int] | None = None,
              keys: Sequence[str | None] | None = None, own: Sequence[tuple[str, ...] | None] | None = None,
              near: Sequence[int] | None = None, one: Callable[[int], int] | None = None) -> int | None:
    """The index of the actor that proposal ``i`` names again, or None: an earlier one with its
    Wikidata id, its bracketed acronym's body, an earlier one of the same name, the one fuller
    name it shortens (earlier or later; of two people's, the one met before it), or an earlier
    group described alike. Where two different fuller names fit, none is chosen: unresolved is
    better than wrong. ``near``: the
    only proposals that may fit (:class:`Near`), by default all; ``one``: the actor each proposal
    is already joined to, so that two names of one body it fits ("HDT" of "HDT Kft" and of "HDT
    Limited", given side by side) count once."""
    a = actors[i]
    others = [k for k in (range(len(actors)) if near is None else near) if k != i]
    before = [k for k in others if k < i]
    same = [k for k in before if a.wikidata and actors[k].wikidata == a.wikidata and compatible(a, actors[k])]
    if keys and keys[i]:  # two names of one knowledge-base entry ("Daesh" and "Islamic State")
        same += [k for k in others if keys[k] == keys[i]
                 and (compatible(a, actors[k]) or untyped(a) or untyped(actors[k]))]
    if same:
        return min(same)
    if acronyms and a.kind in BODY_KINDS and not unnamed(a):
        k = acronyms.get(a.name.strip())
        if k is not None and k != i and compatible(a, actors[k]):
            return k
    same = [k for k in before if same_name(a, actors[k])]
    if own and own[i]:  # one state's body named with two spellings of the state ("U.S. Embassy")
        same += [k for k in before if own[k] == own[i] and actors[k].country == a.country]
    # a full name spelled otherwise ("Hamza bin Ladin" after "Hamza bin Laden")
    same += [k for k in before if len(person_words(a.name)) > 1 and spelled_alike(a, actors[k])]
    if same:
        return min(same)
    fits = [k for k in others if shortens(a, actors[k]) or (len(person_words(a.name)) == 1
                                                              and spelled_alike(a, actors[k]))
            or _heads(a, actors[k], own[k] if own else None)]
    # of nested fits ("Salman", "bin Salman", "Mohammed bin Salman") the fullest counts; a name
    # proposed twice, or spelled two ways, counts once
    fits = [k for k in fits if not any(shortens(actors[k], actors[h]) for h in fits)]
    fits = [k for k in fits if not any(h < k and (same_name(actors[k], actors[h]) or spelled_alike(actors[k], actors[h]))
                                       for h in fits)]
    if one is not None:
        fits = [k for n, k in enumerate(fits) if all(one(h) != one(k) for h in fits[:n])]
    if len(fits) > 1 and a.kind == "person":  # of two bearers of the name, the one met before it was meant
        met = [k for k in fits if _first(actors[k]) < _first(a)]
        fits = met if len(met) == 1 else fits
    if fits:  # a short form that fits two names, or one known to be someone else, stays apart
        return fits[0] if len(fits) == 1 and compatible(a, actors[fits[0]]) else None
    k = lone_forename(i, actors, others)
    if k is not None:
        return k
    groups = [k for k in before if same_group(a, actors[k])]
    if groups:
        return groups[0]
    if untyped(a):  # "Wiranto" as a participant the tagger left untyped, after the minister "Wiranto"
        named = [k for k in before if not unnamed(actors[k]) and not untyped(actors[k]) and same_words(a, actors[k])]
        if len(named) == 1:
            return named[0]
        # or the lone forename of the one person it begins ("Jamal" after "Jamal Khashoggi")
        as_person = [dataclasses.replace(a, kind="person") if k == i else b for k, b in enumerate(actors)]
        return lone_forename(i, as_person, others)
    # the bodies it may repeat must be one state's ("the government" after two governments is
    # neither), or one unplaced group ("observers" after "international observers" alone)
    placed = [k for k in before if repeats_description(a, actors[k]) and actors[k].country]
    if placed:
        return placed[0] if len({actors[k].country for k in placed}) == 1 else None
    # an unplaced group is the one read before it in the text, whichever stage proposed it
    read = [k for k in others if _first(actors[k]) < _first(a) and repeats_description(a, actors[k])]
    return read[0] if len(read) == 1 and a.kind == "group" and actors[read[0]].kind == "group" else None


def _heads(a: Actor, b: Actor, own: tuple[str, ...] | None) -> bool:
    """Whether body ``a`` is named by the name of body ``b`` before its "of" complement ("Supreme
    Court" of "the Italian Supreme Court of Cassation"; :func:`~.alike.heads_name`)."""
    return a.kind in BODY_KINDS and b.kind in BODY_KINDS and not unnamed(a) and not unnamed(b) \
        and heads_name(body_words(a.name), body_words(b.name), own)


def _first(a: Actor) -> int:
    """Where the text first mentions an actor."""
    return min((m.span.start for m in a.mentions), default=0)


def _one_person(a: Actor, b: Actor) -> bool:
    """Whether two people's names are one person's by the tests of names alone."""
    return same_name(a, b) or spelled_alike(a, b) or spelled_alike(b, a) or shortens_person(a, b) \
        or shortens_person(b, a)


def lone_forename(i: int, actors: Sequence[Actor], others: Sequence[int]) -> int | None:
    """The person whose forename proposal ``i`` is alone ("Hosni" after "Hosni Mubarak"), when every
    other person of the article with that word in their names is that person too (never "Anna"
    after "Anna Brell" and "Anna Kask")."""
    a = actors[i]
    fits = [k for k in others if forename_of(a, actors[k])]
    if not fits:
        return None
    word = person_words(a.name)[0]
    first = min(fits)
    holders = [k for k in others if has_word(actors[k], word)]
    return first if all(k == first or _one_person(actors[k], actors[first]) for k in holders) else None


def honorific_variants(actors: Sequence[Actor]) -> dict[int, int]:
    """For each person named only by an honorific and a surname spelled otherwise ("Ms Brakman"),
    the one person of the article whose surname it may be (:func:`~.alike.honorific_variant`):
    not when it fits two, nor when someone of the article has that very name."""
    out: dict[int, int] = {}
    people = [k for k, b in enumerate(actors) if b.kind == "person" and not unnamed(b)]
    for i in people:
        a = actors[i]
        if not a.mentions or not all(m.kind == "honorific" for m in a.mentions if m.kind in NAMING):
            continue
        words = person_words(a.name)
        if len(words) != 1 or any(has_word(actors[k], words[0]) for k in people if k != i):
            continue
        fits = [k for k in people if k != i and honorific_variant(a, actors[k])]
        if len(fits) == 1:
            out[i] = fits[0]
    return out


def _spelling(a: Actor) -> str | None:
    """What a person's surname keeps in any spelling (see :func:`~.alike.spelled_alike`)."""
    words = person_words(a.name) if a.kind == "person" else []
    return skeleton(words[-1]) if words else None


class Near:
    """Which proposals one proposal may name again, found through an index instead of by trying
    every pair, so that linking the thousands of actors of a very long article stays fast: every
    test needs all of a proposal's name words in the other's words (its rarest word will do), or
    its initials, Wikidata id, knowledge-base entry, own name, the spelling of its surname or the letters of its name."""

    def __init__(self, actors: Sequence[Actor], keys: Sequence[str | None],
                 own: Sequence[tuple[str, ...] | None]) -> None:
        self.actors = actors
        self.words: dict[str, set[int]] = {}
        self.other: dict[tuple[str, Any], set[int]] = {}
        for k, b in enumerate(actors):
            words = set(person_words(b.name)) | set(body_words(b.name)) | set(mention_words(b.name))
            for m in b.mentions:
                if m.kind in {"nominal", "title", "appositive"}:
                    words |= set(mention_words(m.span.text))
                elif m.kind in NAMING and b.kind == "person":
                    words |= set(person_words(m.span.text))
            for w in words:
                self.words.setdefault(w, set()).add(k)
            for tag, value in (("wd", b.wikidata), ("kb", keys[k]), ("own", own[k]), ("spelled", _spelling(b)),
                               ("letters", letters_of(b)), ("number", number_free(b))):
                if value:
                    self.other.setdefault((tag, value), set()).add(k)
            if b.kind in BODY_KINDS:
                for letters in initials(b.name):
                    self.other.setdefault(("initials", letters), set()).add(k)
        self.keys, self.own = keys, own

    def __call__(self, i: int) -> list[int]:
        a = self.actors[i]
        found: set[int] = set()
        said = [mention_words(m.span.text) for m in a.mentions if m.kind == "nominal"]
        for words in (person_words(a.name), body_words(a.name), description_words(a.name) or [], *said):
            if words:
                found |= self.words.get(min(words, key=lambda w: len(self.words.get(w, ()))), set())
        letters = (a.name[4:] if a.name.lower().startswith("the ") else a.name).replace(".", "").strip().lower()
        for tag, value in (("wd", a.wikidata), ("kb", self.keys[i]), ("own", self.own[i]), ("initials", letters),
                           ("spelled", _spelling(a)), ("letters", letters_of(a)), ("number", number_free(a))):
            if value:
                found |= self.other.get((tag, value), set())
        found.discard(i)
        return sorted(found)


def merge_map(actors: Sequence[Actor], text: str = "", kb: KnowledgeBase | None = None,
              doc: Any = None, capitals: set[int] | None = None) -> dict[int, int]:
    """For each proposal that names an entity proposed before it or more fully, the index of the
    actor it joins: of each set of proposals found to be one entity, the first that names it
    (a name beats a description), else the first. ``capitals``: the proposals that are capitals
    standing for their state (:func:`.metonyms.capitals_among`), when the caller has found them."""
    actors = untitled(actors, doc)  # "Attorney Bash" is called "Bash" by the tests of names
    acronyms = bracketed_acronyms(actors, text) if text else {}
    keys = kb_keys(actors, kb)
    own = [own_name(a, kb) for a in actors]
    near = Near(actors, keys, own)
    beside = apposed(actors, doc) | described_before(actors, doc)
    places = mention_places(actors, doc)
    holders = office_holders(actors, kb, places) if kb is not None else {}
    capital_set = capitals if capitals is not None else capitals_among(actors, kb) if kb is not None else set()
    states = state_governments(actors, capital_set)
    authorities = state_authorities(actors, kb) if kb is not None else {}
    synonyms = synonym_groups(actors)
    portfolios = portfolio_groups(actors)  # "the Interior Ministry" of "the Ministry of the Interior"
    itself = state_itself(actors, text)
    bare = bare_kinds(actors, kb) if kb is not None else {}
    capitals = capital_metonyms(actors, capital_set)
    anaphors = state_anaphors(actors, text, places, doc, kb)  # "the country" after the one state it names
    variants = honorific_variants(actors)
    lone_people = people_taken_for_bodies(actors)
    brackets = {i: k for i, k in (bracketed_names(actors, text) if text else {}).items()
                if compatible(actors[i], actors[k])}
    root = list(range(len(actors)))

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    def join(i: int, k: int) -> None:
        a, b = find(i), find(k)
        root[max(a, b)] = min(a, b)

    # a body resolution took for a person ("Sears") is tried as a body where nothing else joins it,
    # and so is a lone word the tagger took for a person, as the short form of a body before it
    lone = {i for i, a in enumerate(actors) if named_like_a_body(a)}
    bodies = [dataclasses.replace(a, kind="organization") if i in lone else as_body(a) for i, a in enumerate(actors)]
    taken = {i for i, (a, b) in enumerate(zip(actors, bodies)) if a is not b}
    body_keys, body_own = (kb_keys(bodies, kb), [own_name(a, kb) for a in bodies]) if taken else (keys, own)

    body_near = Near(bodies, body_keys, body_own) if taken else near

    def target(i: int) -> int | None:
        k = target_of(i, actors, acronyms, keys, own, near(i), find)
        if k is None and taken:
            others = body_near(i)
            if i in taken or taken & set(others):
                k = target_of(i, bodies, acronyms, body_keys, body_own, others, find)
                # a lone word may be a body's first word, or the acronym the text gave it in brackets
                if k is not None and (k in lone or i in lone and not _begins(actors[i], actors[k], k < i)
                                      and acronyms.get(actors[i].name.strip()) != k):
                    k = None
        return k

    for i in range(len(actors)):
        # the name the parse sets beside a description is the one it describes: no rule that reads
        # less joins it to another ("Another automaker, General Motors" after Chrysler)
        ties = (beside[i],) if i in beside else (target(i), holders.get(i), states.get(i),
                                                 authorities.get(i), synonyms.get(i), itself.get(i), bare.get(i),
                                                 capitals.get(i), variants.get(i), brackets.get(i), lone_people.get(i),
                                                 anaphors.get(i), portfolios.get(i))
        for k in ties:
            if k is not None:
                join(i, k)
    # a body described by its kind, and a perpetrator, are described after the bodies and the people
    # are known with all their proposals (one body proposed twice is one candidate)
    kinds = kind_descriptions(actors, kb, places, [find(i) for i in range(len(actors))], text) if kb is not None else {}
    for i, k in kinds.items():
        if i not in beside:
            join(i, k)
    owned = owned_descriptions(actors, kb, places, [find(i) for i in range(len(actors))]) if kb is not None else {}
    for i, k in owned.items():
        if i not in beside:
            join(i, k)
    culprits = perpetrator_descriptions(actors, kb, places, [find(i) for i in range(len(actors))]) \
        if kb is not None else {}
    for i, k in culprits.items():
        join(i, k)
    for i, k in lede_descriptions(actors, doc, [find(i) for i in range(len(actors))]).items():
        join(i, k)  # "A lawmaker was killed ... Yoshimasa Hayashi, a lawmaker from ..."
    keeper: dict[int, int] = {}  # the first named actor of a group keeps it; a capital never names its state
    for i in sorted(range(len(actors)), key=lambda i: (i in capitals, unnamed(actors[i]), i)):
        keeper.setdefault(find(i), i)
    return {i: keeper[find(i)] for i in range(len(actors)) if keeper[find(i)] != i}


def _begins(word: Actor, body: Actor, before: bool) -> bool:
    """Whether a lone word taken for a person begins the name of a body met before it: the one
    short form of a body such a word may be ("Cerberus" after "Cerberus Capital Management")."""
    words = body_words(body.name)
    return before and body.kind in BODY_KINDS and len(words) > 1 and words[0] == person_words(word.name)[0]


def _absorb(keep: Actor, other: Actor) -> Actor:
    """``keep`` with ``other``'s mentions, the facts it lacks, and a person's fuller name."""
    spans = {(m.span.start, m.span.end) for m in keep.mentions}
    extra = tuple(m for m in other.mentions if (m.span.start, m.span.end) not in spans)
    mentions = tuple(sorted(keep.mentions + extra, key=lambda m: (m.span.start, m.span.end)))
    lent: dict[str, Any] = {f: getattr(other, f) for f in _LENT
                            if getattr(keep, f) is None and getattr(other, f) is not None}
    if shortens_person(keep, other) and not keep.wikidata:
        lent["name"] = other.name
    if body_taken_for_person(keep) and other.kind in BODY_KINDS:  # "Sears" taken for a person, and Sears
        lent["kind"] = other.kind
    return dataclasses.replace(keep, mentions=mentions, **lent)


def link(proposals: Sequence[Actor], text: str = "", merge: bool = True, kb: KnowledgeBase | None = None,
         doc: Any = None) -> tuple[list[Actor], dict[str, str]]:
    """The article's actors from its proposals, and the id each proposal's id becomes."""
    actors = state_owned(proposals, text, doc, kb) if merge else list(proposals)  # "the country's army"
    actors = states_in_mind(actors, text, doc, kb) if merge else actors  # "Finland's army ... the country"
    capitals = capitals_among(actors, kb) if merge and kb is not None else set()
    moves = merge_map(actors, text, kb, doc, capitals) if merge else {}
    kept: dict[int, Actor] = {i: a for i, a in enumerate(actors) if i not in moves}
    for i, k in sorted(moves.items()):
        kept[k] = _absorb(kept[k], actors[i])
    for g in state_governments(actors, capitals) if merge else {}:
        k = moves.get(g, g)
        if k != g and kept[k].kind == "country":  # a state that acts through its government is called so
            kept[k] = dataclasses.replace(kept[k], name=actors[g].name, kind=actors[g].kind)
    ids = {a.id: actors[moves.get(i, i)].id for i, a in enumerate(actors)}
    out = [kept[i] for i in sorted(kept)]
    if not merge:
        return out, ids
    out, joins = organs_in_mind(out, doc, kb)  # "Finland's army ... the government": Finland's, once joined
    for i, k in joins.items():
        state = _absorb(out[k], out[i])
        out[k] = state if state.kind != "country" else dataclasses.replace(state, name=out[i].name, kind=out[i].kind)
    moved = {out[i].id: out[k].id for i, k in joins.items()}
    return [a for i, a in enumerate(out) if i not in joins], {p: moved.get(a, a) for p, a in ids.items()}


def relink_quotes(quotes: Sequence[Quote], ids: dict[str, str]) -> tuple[Quote, ...]:
    return tuple(q if not q.speaker or ids.get(q.speaker, q.speaker) == q.speaker
                 else dataclasses.replace(q, speaker=ids[q.speaker]) for q in quotes)


def relink_events(events: Sequence[Event], ids: dict[str, str]) -> tuple[Event, ...]:
    """Events with merged participant ids; an actor named twice counts once, and an actor is
    never also its own event's recipient."""
    out = []
    for e in events:
        actor = tuple(dict.fromkeys(ids.get(a, a) for a in e.actor))
        recipient = tuple(r for r in dict.fromkeys(ids.get(r, r) for r in e.recipient) if r not in actor)
        out.append(e if (actor, recipient) == (e.actor, e.recipient)
                   else dataclasses.replace(e, actor=actor, recipient=recipient))
    return tuple(out)


def run(doc: Any, draft: ArticleResult, resources: Resources) -> ArticleResult:
    """Assign ``actors`` from the draft's proposals (which it empties); quotes and events keep
    their records with the merged actor ids; after an events stage, the actors none of them uses
    are kept only when worth it (:func:`.kinds.worth_keeping`)."""
    kb = resources.get("kb", load_kb)
    resolver: Resolver = resources.get("resolver", lambda: Resolver(kb))
    actors, ids = link(draft.proposals, draft.article.text, kb=kb, doc=doc)
    actors = typed_participants(actors, resolver, draft.article.date)
    actors, moved = state_office_holders(actors, resolver, draft.article.date, set(kb.countries))  # "the prime minister"
    ids = {k: moved.get(v, v) for k, v in ids.items()}
    # unnamed groups: the article's state, by its actors' mentions and the places it names
    actors = domestic_groups(actors, places=draft.places)
    quotes, events = relink_quotes(draft.quotes, ids), relink_events(draft.events, ids)
    actors = known_countries(actors, set(kb.countries))
    # a country in general is no actor ("destroy the country"); its events keep their other participants
    general = country_in_general(actors, draft.article.text, doc, kb) | unplaced_speakers(actors, draft.article.text)
    actors = [a for a in actors if a.id not in general]
    quotes = tuple(dataclasses.replace(q, speaker=None) if q.speaker in general else q for q in quotes)
    events = tuple(without_dropped(events, {a.id for a in actors}))
    if _PARTICIPANTS in draft.components:  # who uses an actor is known once the events stage has run
        # a candidate the events stage marked as no interaction keeps no actor alive
        actors = worth_keeping(actors, quotes, [e for e in events if not gated(e)])
        events = tuple(without_dropped(events, {a.id for a in actors}))
    return dataclasses.replace(draft, actors=tuple(actors), quotes=quotes, events=events, proposals=())


__all__ = ["COMPONENT", "Near", "known_countries", "link", "merge_map", "relink_events", "relink_quotes",
           "run", "target_of", "typed_participants"]
