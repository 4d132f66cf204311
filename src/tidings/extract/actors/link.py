"""The linker: the one component that turns an article's proposed actors into its actors.

The finding stages propose actors (the ``proposals`` of the draft): the actors stage its names,
titles and nominals, the quotes stage speakers it met unresolved, the events stage participants.
Each proposal's mentions say how it was found (their kind: name, title, nominal, pronoun… and
their provenance: which stage and rule). The linker merges the proposals that name one entity
into one actor with all their mentions, and moves the speakers of quotes and the participants of
events to the merged ids, once, after every stage that proposes.

Two proposals are one entity (:func:`merge_map`; each test a pure function) when:

- they carry the same Wikidata id, or all their names are aliases of one knowledge-base entry
  ("Daesh", "Islamic State"), and they are not a person and a body ("the Trump administration");
- they are called alike, or one's name, without honorifics and titles, is a shorter form of
  exactly one other person's ("Bin Salman", "Mr Khan" after "Mohammed bin Salman", "Sadiq
  Khan"): two people who share a surname ("Osama" and "Hamza bin Laden") are never merged, and a
  short form that fits both stays apart; a forename alone is no short form;
- one body's name is the acronym or a short form of exactly one other's ("JHU", "Time" of "Time
  magazine", but not "Hamas" of "Hamas fighters"), or the text gives the acronym in brackets right
  after the name ("the Kurdistan Workers' Party (PKK)"), or the two names differ only in how they
  spell their own state ("U.S. Embassy", "United States Embassy");
- both are unnamed groups described alike (words, kind, sector, country), or an unplaced
  description ("government", "the protesters") repeats the description of one state's body;
- an untyped participant name is the name of one actor ("Wiranto");
- the parse sets a description beside a person's name ("the senior US diplomat in Cuba, James
  Cason");
- a description by an office names the one person whose role holds it ("the Greek foreign
  minister" and Foreign Minister "George Dima", :mod:`.holders`), a description by a kind of body
  the one body of that sector named before it ("Aer Lingus ... the airline"), and a state's
  government the state.

Proposals that disagree on their Wikidata id, their country or person-hood never merge. Of a
merged set the first proposal that names the entity keeps its id and resolution (a name beats a
description); the others lend it only the facts it lacks. Unresolved is better than wrong:
nothing merges when two candidates fit. Country codes no one can read become null.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any, Sequence

from ...kb import KnowledgeBase, load_kb
from ...kb.model import Entity, Person, fold
from ...ontology import NONSTATE_CODES
from ...registry import Resources
from ...resolve import HONORIFICS, Resolver
from ...schema import Actor, ArticleResult, Event, Quote
from ..common import word_class
from .holders import kind_descriptions, office_holders, state_governments
from .variants import ACRONYM_SKIPS, BODY_KINDS, GENERATIONAL, acronym_of, body_short_form_of, person_variant_of

COMPONENT = "tidings.link.v1"

# The sector the knowledge base gives a noun for "someone, of no particular sector" ("man").
NO_SECTOR = "UNK"
# Mention kinds that say the words of the actor's name, as opposed to a description or a pronoun.
_NAMING = frozenset({"name", "honorific"})
_BRACKETED = re.compile(r"\s*\(([^()]{2,12})\)")
# Fields an absorbed proposal may lend the actor that keeps it, when that actor has none.
_LENT = ("country", "sector", "role", "wikidata")
# Common nouns after a body's name that say what it is ("the Associated Press news agency").
BODY_DESCRIPTORS = word_class("actors.link.body_descriptors")
# Words before a description that say nothing of whose it is.
_ARTICLES = frozenset({"the", "a", "an"})
# Words before a description that say it is someone's: it may not join by its words alone.
_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your", "whose"})
# The stage whose participants may come without a type ("group" by default) when the tagger gave none.
_PARTICIPANTS = "tidings.events.v1"


def person_words(name: str) -> list[str]:
    """A person's name as lower-cased words without the honorifics and titles before it
    ("Mr. Juan Pérez-Ruiz" -> juan, perez, ruiz: hyphenated parts apart)."""
    words = [p for w in fold(name).replace(".", " ").replace(",", " ").split() for p in w.split("-") if p]
    while words and words[0] in HONORIFICS:
        words.pop(0)
    return [w for w in words if w not in {"'s", "'"}]


def _body_words(name: str) -> list[str]:
    text = name[4:] if name.lower().startswith("the ") else name
    return [w for w in fold(text).replace(".", "").replace(",", "").split() if w not in {"'s", "'"}]


def _unnamed(actor: Actor) -> bool:
    """An actor none of whose mentions is a name: a group or body described by common nouns."""
    return bool(actor.mentions) and not any(m.kind in _NAMING for m in actor.mentions)


def _compatible(a: Actor, b: Actor) -> bool:
    """Whether nothing known tells two actors apart: a person and a body ("the Trump
    administration" is not Trump, though the knowledge base links them), another Wikidata id or
    another country."""
    return (a.kind == "person") == (b.kind == "person") \
        and not (a.wikidata and b.wikidata and a.wikidata != b.wikidata) \
        and not (a.country and b.country and a.country != b.country)


def same_name(a: Actor, b: Actor) -> bool:
    """Whether two named people, or two bodies at least one of them named, are called alike
    (without honorifics, titles or "the") and nothing known tells them apart. A body described by
    a phrase with a proper name in it ("the United States Embassy" as a nominal) is called by it."""
    if not _compatible(a, b):
        return False
    if a.kind == b.kind == "person":
        return not _unnamed(a) and not _unnamed(b) and bool(person_words(a.name)) \
            and person_words(a.name) == person_words(b.name)
    if a.kind not in BODY_KINDS or b.kind not in BODY_KINDS or (_unnamed(a) and _unnamed(b)):
        return False
    described = a if _unnamed(a) else b if _unnamed(b) else None
    if described is not None and not (len(described.name.split()) >= 2
                                      and any(w[:1].isupper() for w in described.name.split())):
        return False
    return bool(_body_words(a.name)) and _body_words(a.name) == _body_words(b.name)


def shortens_person(short: Actor, full: Actor, checked: bool = True) -> bool:
    """Whether person ``short`` is named by a shorter form of person ``full``'s name: a father is
    no short form of his son ("Donald Trump" of "Donald Trump Jr."), and a forename alone is none.
    ``checked``: and nothing known tells them apart (see :func:`_compatible`)."""
    if short.kind != "person" or full.kind != "person" or (checked and not _compatible(short, full)) \
            or _unnamed(short) or _unnamed(full):
        return False
    if not (short.name[:1].isupper() and full.name[:1].isupper()):
        return False  # "pro-Beijing" names no one
    mine, theirs = person_words(short.name), person_words(full.name)
    if set(theirs) & GENERATIONAL and not set(mine) & GENERATIONAL:
        return False
    return person_variant_of(mine, theirs)


def shortens_body(short: Actor, full: Actor, checked: bool = True) -> bool:
    """Whether body ``short`` is the acronym or a short form of body ``full``'s name (``checked``:
    and nothing known tells them apart)."""
    if short.kind not in BODY_KINDS or full.kind not in BODY_KINDS or _unnamed(short) \
            or (checked and not _compatible(short, full)):
        return False
    text = short.name[4:] if short.name.lower().startswith("the ") else short.name
    mine, theirs = _body_words(text), _body_words(full.name)
    if theirs[-len(mine) - 1:-len(mine)] == ["of"]:
        return False  # "Parliament" is not the "Members of Parliament"
    if mine and theirs[:len(mine)] == mine and len(theirs) > len(mine):
        rest = full.name.split()[len(text.split()):]
        # common nouns after the name say what it is (a description, however it was proposed:
        # "the Atlantic Council think tank"), or whose people they are ("Hamas fighters")
        if all(w[:1].islower() for w in rest):
            return fold(rest[-1]) in BODY_DESCRIPTORS
    return not _unnamed(full) and (acronym_of(text, full.name) or body_short_form_of(mine, theirs))


def _acronym_like(word: str) -> bool:
    """Whether ``word`` looks like an acronym: 2-8 letters, capitalised, at least two of them
    capitals ("PKK", "MoD", "U.N.")."""
    letters = word.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters[0].isupper() \
        and sum(ch.isupper() for ch in letters) >= 2


def _owner_acronym(acronym: str, name: str) -> bool:
    """Whether ``acronym`` stands for the part of ``name`` after its last "of" (the owner): "NSW"
    after "the Parliament of New South Wales" is the state's, not the parliament's."""
    words = name.split()
    tail = [w for w in words[len(words) - 1 - words[::-1].index("of") + 1:]] if "of" in words else []
    return len(tail) >= 1 and (acronym_of(acronym, " ".join(tail)) or
                               acronym.replace(".", "").lower() == "".join(w[0] for w in tail).lower())


def bracketed_acronyms(actors: Sequence[Actor], text: str) -> dict[str, int]:
    """Acronyms the text gives in brackets right after a named mention of a body, each with the
    index of that body: "the Kurdistan Workers' Party (PKK)" -> {"PKK": i}. An acronym given for
    two bodies belongs to neither."""
    out: dict[str, int] = {}
    for i, a in enumerate(actors):
        if a.kind not in BODY_KINDS or _unnamed(a):
            continue
        for m in a.mentions:
            found = _BRACKETED.match(text, m.span.end) if m.kind in _NAMING else None
            acronym = found.group(1).strip() if found else ""
            if acronym and _acronym_like(acronym) and not _owner_acronym(acronym, m.span.text):
                out[acronym] = i if out.get(acronym, i) == i else -1
    return {k: i for k, i in out.items() if i >= 0}


def same_group(a: Actor, b: Actor) -> bool:
    """Whether two unnamed groups or bodies are described alike: same words (without "the"), kind,
    sector and country. Not people: two mentions of "the foreign secretary" may be two holders."""
    return (a.kind != "person" and _unnamed(a) and _unnamed(b) and a.kind == b.kind and a.sector == b.sector
            and a.country == b.country
            and _body_words(a.name) == _body_words(b.name) and bool(_body_words(a.name)))


def _head(words: list[str]) -> str:
    """The head noun of a description's words: the last one before "of" ("the government of X",
    "the X government" -> government)."""
    words = words[:words.index("of")] if "of" in words else words
    return words[-1] if words else ""


def _description(text: str) -> list[str] | None:
    """A description's words without its article, or None when a possessive makes it someone's."""
    words = [w for w in fold(text).replace(",", "").split() if w not in {"'s", "'"}]
    if any(w in _POSSESSIVES for w in words):
        return None
    return [w for w in words if w not in _ARTICLES]


def _mention_words(text: str) -> list[str]:
    """A description's words without articles and possessives ("her government" -> government)."""
    return [w for w in fold(text).replace(",", "").split() if w not in _POSSESSIVES | _ARTICLES]


def repeats_description(a: Actor, b: Actor) -> bool:
    """Whether unplaced description ``a`` ("government", "the protesters") repeats one of body
    ``b``'s descriptions: the same words, or, for one bare noun, the same head ("the Kestrian
    government", "the government of Kestria", "her government")."""
    if a.kind == "person" or b.kind == "person" or a.country is not None or not _unnamed(a) \
            or (a.sector and b.sector and a.sector != b.sector):
        return False
    mine = _description(a.name)
    if not mine:
        return False
    for m in b.mentions:
        if m.kind not in {"nominal", "title", "appositive"}:
            continue
        theirs = _mention_words(m.span.text)
        if theirs and (theirs == mine or (len(mine) == 1 and _head(theirs) == mine[0])):
            return True
    return False


def untyped(a: Actor) -> bool:
    """A participant the events stage named but could not type: a name with no kind of its own."""
    return a.kind == "group" and a.country is None and a.sector is None and a.wikidata is None \
        and a.provenance is not None and a.provenance.component == _PARTICIPANTS \
        and bool(a.mentions) and all(m.kind == "name" for m in a.mentions)


def _same_words(a: Actor, b: Actor) -> bool:
    words = person_words(a.name) if b.kind == "person" else _body_words(a.name)
    return bool(words) and words == (person_words(b.name) if b.kind == "person" else _body_words(b.name))


def names_country(words: Sequence[str], code: str, kb: KnowledgeBase) -> bool:
    """Whether ``words`` name the state ``code`` or its people ("U.S.", "United States", "American")."""
    text = " ".join(words)
    state = kb.countries.get(code)
    return kb.demonym(text) == code or (state is not None and any(n is state for n in kb.lookup(text)))


def own_name(actor: Actor, kb: KnowledgeBase | None) -> tuple[str, ...] | None:
    """A named body's name without the words before it that name its own state ("the U.S.
    Embassy", "the United States Embassy" -> embassy), or None when none do."""
    if kb is None or not actor.country or actor.kind not in BODY_KINDS or _unnamed(actor):
        return None
    words = (actor.name[4:] if actor.name.lower().startswith("the ") else actor.name).split()
    for n in (3, 2, 1):
        if len(words) > n and names_country(words[:n], actor.country, kb):
            return tuple(fold(w) for w in words[n:])
    return None


def kb_keys(actors: Sequence[Actor], kb: KnowledgeBase | None) -> list[str | None]:
    """For each actor, the one knowledge-base entry all its names stand for ("Daesh", "ISIS" and
    "Islamic State" are one entry's aliases), or None: no entry, or several ("Labour")."""
    if kb is None:
        return [None] * len(actors)
    out: list[str | None] = []
    for a in actors:
        names = {a.name} | {m.span.text for m in a.mentions if m.kind in _NAMING}
        found = {id(n): n for name in names for n in kb.lookup(name)}
        fits = [n for n in found.values() if isinstance(n, (Entity, Person))
                and (isinstance(n, Person) == (a.kind == "person") or untyped(a))]
        out.append(fits[0].key if len(fits) == 1 and not _unnamed(a) else None)
    return out


def apposed(actors: Sequence[Actor], doc: Any) -> dict[int, int]:
    """Unnamed descriptions of one person set beside that person's name by the parse ("the senior
    US diplomat in Cuba, James Cason"; "The government candidate, Mr. Yanukovich"): for each, the
    index of the person. Not a plural ("only two presidents have been impeached: Andrew Johnson
    and …"), nor a description the knowledge base resolved to someone (a title's holder on the
    day may be another person than the one named beside it)."""
    if doc is None:
        return {}
    people = [(k, m.span.start, m.span.end) for k, a in enumerate(actors) if a.kind == "person"
              for m in a.mentions if m.kind in _NAMING]

    def person_at(tok: Any) -> int | None:
        found = {k for k, start, end in people if start <= tok.idx < end}
        return found.pop() if len(found) == 1 else None

    out: dict[int, int] = {}
    for i, a in enumerate(actors):
        if a.kind not in {"person", "group"} or a.wikidata or not _unnamed(a):
            continue
        found: set[int] = set()
        for m in a.mentions:
            span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand") \
                if m.kind in {"nominal", "title", "appositive"} else None
            if span is None or span.root.tag_ in {"NNS", "NNPS"}:
                continue
            head = span.root
            beside = [t for t in head.children if t.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
            found |= {k for k in map(person_at, beside) if k is not None and k != i}
        if len(found) == 1:
            out[i] = found.pop()
    return out


def _shortens(a: Actor, b: Actor) -> bool:
    """Whether ``a``'s name is a shorter form of ``b``'s, whatever else is known of either."""
    return shortens_person(a, b, checked=False) or shortens_body(a, b, checked=False)


def target_of(i: int, actors: Sequence[Actor], acronyms: dict[str, int] | None = None,
              keys: Sequence[str | None] | None = None, own: Sequence[tuple[str, ...] | None] | None = None,
              near: Sequence[int] | None = None) -> int | None:
    """The index of the actor that proposal ``i`` names again, or None: an earlier one with its
    Wikidata id, its bracketed acronym's body, an earlier one of the same name, the one fuller
    name it shortens (earlier or later), or an earlier group described alike. Where two
    different fuller names fit, none is chosen: unresolved is better than wrong. ``near``: the
    only proposals that may fit (:class:`Near`), by default all."""
    a = actors[i]
    others = [k for k in (range(len(actors)) if near is None else near) if k != i]
    before = [k for k in others if k < i]
    same = [k for k in before if a.wikidata and actors[k].wikidata == a.wikidata and _compatible(a, actors[k])]
    if keys and keys[i]:  # two names of one knowledge-base entry ("Daesh" and "Islamic State")
        same += [k for k in others if keys[k] == keys[i]
                 and (_compatible(a, actors[k]) or untyped(a) or untyped(actors[k]))]
    if same:
        return min(same)
    if acronyms and a.kind in BODY_KINDS and not _unnamed(a):
        k = acronyms.get(a.name.strip())
        if k is not None and k != i and _compatible(a, actors[k]):
            return k
    same = [k for k in before if same_name(a, actors[k])]
    if own and own[i]:  # one state's body named with two spellings of the state ("U.S. Embassy")
        same += [k for k in before if own[k] == own[i] and actors[k].country == a.country]
    if same:
        return min(same)
    fits = [k for k in others if _shortens(a, actors[k])]
    # of nested fits ("Salman", "bin Salman", "Mohammed bin Salman") the fullest counts; a name
    # proposed twice counts once
    fits = [k for k in fits if not any(_shortens(actors[k], actors[h]) for h in fits)]
    fits = [k for k in fits if not any(h < k and same_name(actors[k], actors[h]) for h in fits)]
    if fits:  # a short form that fits two names, or one known to be someone else, stays apart
        return fits[0] if len(fits) == 1 and _compatible(a, actors[fits[0]]) else None
    groups = [k for k in before if same_group(a, actors[k])]
    if groups:
        return groups[0]
    if untyped(a):  # "Wiranto" as a participant the tagger left untyped, after the minister "Wiranto"
        named = [k for k in before if not _unnamed(actors[k]) and not untyped(actors[k]) and _same_words(a, actors[k])]
        return named[0] if len(named) == 1 else None
    # the bodies it may repeat must be one state's ("the government" after two governments is neither)
    described = [k for k in before if repeats_description(a, actors[k]) and actors[k].country]
    return described[0] if len({actors[k].country for k in described}) == 1 else None


def _initials(name: str) -> set[str]:
    """The acronyms a body's name may have (see :func:`~.variants.acronym_of`)."""
    out = set()
    for words in (_body_words(name), [w for w in fold(name).replace(".", "").replace(",", "").split()
                                      if w not in {"'s", "'"}]):
        out.add("".join(w[0] for w in words))
        out.add("".join(w[0] for w in words if w not in ACRONYM_SKIPS))
    return out


class Near:
    """Which proposals one proposal may name again, found through an index instead of by trying
    every pair, so that linking the thousands of actors of a very long article stays fast: every
    test needs all of a proposal's name words in the other's words (its rarest word will do), or
    its initials, Wikidata id, knowledge-base entry or own name."""

    def __init__(self, actors: Sequence[Actor], keys: Sequence[str | None],
                 own: Sequence[tuple[str, ...] | None]) -> None:
        self.actors = actors
        self.words: dict[str, set[int]] = {}
        self.other: dict[tuple[str, Any], set[int]] = {}
        for k, b in enumerate(actors):
            words = set(person_words(b.name)) | set(_body_words(b.name)) | set(_mention_words(b.name))
            for m in b.mentions:
                if m.kind in {"nominal", "title", "appositive"}:
                    words |= set(_mention_words(m.span.text))
            for w in words:
                self.words.setdefault(w, set()).add(k)
            for tag, value in (("wd", b.wikidata), ("kb", keys[k]), ("own", own[k])):
                if value:
                    self.other.setdefault((tag, value), set()).add(k)
            if b.kind in BODY_KINDS:
                for letters in _initials(b.name):
                    self.other.setdefault(("initials", letters), set()).add(k)
        self.keys, self.own = keys, own

    def __call__(self, i: int) -> list[int]:
        a = self.actors[i]
        found: set[int] = set()
        for words in (person_words(a.name), _body_words(a.name), _description(a.name) or []):
            if words:
                found |= self.words.get(min(words, key=lambda w: len(self.words.get(w, ()))), set())
        letters = (a.name[4:] if a.name.lower().startswith("the ") else a.name).replace(".", "").strip().lower()
        for tag, value in (("wd", a.wikidata), ("kb", self.keys[i]), ("own", self.own[i]), ("initials", letters)):
            if value:
                found |= self.other.get((tag, value), set())
        found.discard(i)
        return sorted(found)


def merge_map(actors: Sequence[Actor], text: str = "", kb: KnowledgeBase | None = None,
              doc: Any = None) -> dict[int, int]:
    """For each proposal that names an entity proposed before it or more fully, the index of the
    actor it joins: of each set of proposals found to be one entity, the first that names it
    (a name beats a description), else the first."""
    acronyms = bracketed_acronyms(actors, text) if text else {}
    keys = kb_keys(actors, kb)
    own = [own_name(a, kb) for a in actors]
    near = Near(actors, keys, own)
    beside = apposed(actors, doc)
    holders = office_holders(actors, kb) if kb is not None else {}
    states = state_governments(actors)
    kinds = kind_descriptions(actors, kb) if kb is not None else {}
    root = list(range(len(actors)))

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    for i in range(len(actors)):
        for k in (target_of(i, actors, acronyms, keys, own, near(i)), beside.get(i), holders.get(i), states.get(i), kinds.get(i)):
            if k is not None:
                a, b = find(i), find(k)
                root[max(a, b)] = min(a, b)
    keeper: dict[int, int] = {}
    for i in sorted(range(len(actors)), key=lambda i: (_unnamed(actors[i]), i)):
        keeper.setdefault(find(i), i)
    return {i: keeper[find(i)] for i in range(len(actors)) if keeper[find(i)] != i}


def _absorb(keep: Actor, other: Actor) -> Actor:
    """``keep`` with ``other``'s mentions, the facts it lacks, and a person's fuller name."""
    spans = {(m.span.start, m.span.end) for m in keep.mentions}
    extra = tuple(m for m in other.mentions if (m.span.start, m.span.end) not in spans)
    mentions = tuple(sorted(keep.mentions + extra, key=lambda m: (m.span.start, m.span.end)))
    lent: dict[str, Any] = {f: getattr(other, f) for f in _LENT
                            if getattr(keep, f) is None and getattr(other, f) is not None}
    if shortens_person(keep, other) and not keep.wikidata:
        lent["name"] = other.name
    return dataclasses.replace(keep, mentions=mentions, **lent)


def link(proposals: Sequence[Actor], text: str = "", merge: bool = True, kb: KnowledgeBase | None = None,
         doc: Any = None) -> tuple[list[Actor], dict[str, str]]:
    """The article's actors from its proposals, and the id each proposal's id becomes."""
    actors = list(proposals)
    moves = merge_map(actors, text, kb, doc) if merge else {}
    kept: dict[int, Actor] = {i: a for i, a in enumerate(actors) if i not in moves}
    for i, k in sorted(moves.items()):
        kept[k] = _absorb(kept[k], actors[i])
    for g in state_governments(actors) if merge else {}:
        k = moves.get(g, g)
        if k != g and kept[k].kind == "country":  # a state that acts through its government is called so
            kept[k] = dataclasses.replace(kept[k], name=actors[g].name, kind=actors[g].kind)
    ids = {a.id: actors[moves.get(i, i)].id for i, a in enumerate(actors)}
    return [kept[i] for i in sorted(kept)], ids


def known_countries(actors: Sequence[Actor], codes: frozenset[str] | set[str]) -> list[Actor]:
    """The actors with every country code that is neither a state the knowledge base knows (ISO3)
    nor one of PLOVER's non-state codes taken away: an honest null beats a code no one can read."""
    return [a if a.country is None or a.country in codes or a.country in NONSTATE_CODES
            else dataclasses.replace(a, country=None) for a in actors]


def typed_participants(actors: Sequence[Actor], resolver: Resolver, on: dt.date | None) -> list[Actor]:
    """The actors with a sector for each participant the events stage left untyped that its words
    type ("church leaders", "village councils", a title the tagger called a name, "Vice
    President"): the sector the resolver gives the words by their terms, never by a namesake in the
    knowledge base. A noun of no sector ("man", ``UNK``) stays untyped, and the participant's
    country is left as the events stage found it (its own phrase or context)."""
    out = []
    for a in actors:
        prov = a.provenance
        if a.sector is None and prov is not None and (prov.component, prov.rule) == (_PARTICIPANTS, "participant") \
                and a.mentions and a.wikidata is None:
            res = resolver.resolve(a.name, on)
            # a sector from the words (a title or a kind of group), never from a namesake in the knowledge base
            if res.named is None and res.sector and res.sector != NO_SECTOR:
                a = dataclasses.replace(a, sector=res.sector)
        out.append(a)
    return out


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
    their records with the merged actor ids."""
    kb = resources.get("kb", load_kb)
    resolver: Resolver = resources.get("resolver", lambda: Resolver(kb))
    actors, ids = link(draft.proposals, draft.article.text, kb=kb, doc=doc)
    actors = typed_participants(actors, resolver, draft.article.date)
    return dataclasses.replace(draft, actors=tuple(known_countries(actors, set(kb.countries))),
                               quotes=relink_quotes(draft.quotes, ids),
                               events=relink_events(draft.events, ids), proposals=())


__all__ = ["COMPONENT", "Near", "apposed", "bracketed_acronyms", "kb_keys", "known_countries", "link", "merge_map",
           "names_country", "own_name", "person_words", "relink_events", "relink_quotes", "repeats_description",
           "run", "same_group", "shortens_body", "shortens_person", "target_of", "typed_participants", "untyped"]
