"""Office holders: a description of one person by their office ("the Greek foreign minister", "the
speaker of the parliament") names the one person of the article whose role holds that office.

Read by the linker (:mod:`.link`), which merges each description found here into its holder. The
test is a pure function of the proposals and the knowledge base:

- the description names no one (none of its mentions is a name), is singular and nobody's ("his
  deputy" is someone else's), and its head is a title or an office the knowledge base knows
  (word kinds ``title`` and ``leader``: "minister", "speaker", not "company");
- its words, without articles, time words ("former", "current") and words naming a state
  ("Greek", "US"), appear in that order in the person's role ("Foreign Minister", "Speaker of
  the Parliament of Iran");
- both say the office is held, or both that it is no longer held ("the former minister" is not
  the minister);
- the countries agree, and exactly one named person of the article fits: unresolved is better
  than wrong.

Likewise a state's government ("the Iraqi government", "the Government of Iraq") is the state
itself when the article names the state as an actor ("Iraq said ..."): the reference coding of
the real-news benchmark counts them as one actor (:func:`state_governments`), and so is a bare
"the state", "the Government" or "the federal government" placed in one state, or where the article
names no state actor, the one government it names more fully (:func:`state_itself`).

A body described by its kind ("the airline", "the court", "the network") is the one body of that
kind named before it, or of two the one clearly most salient (:func:`kind_descriptions`).
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from functools import lru_cache

from ...kb import KnowledgeBase
from ...kb.model import fold
from ...ontology import SECTOR_GROUPS
from ...schema import Actor
from ..common import data_rows, word_class
from .alike import POSSESSIVES, body_taken_for_person, body_titled_by_a_word, names_country
from .offices import office_phrase
from .salience import Place, most_salient
from .variants import SETS_APART

# Mention kinds that say the words of an actor's name.
_NAMING = frozenset({"name", "honorific"})
_ARTICLES = frozenset({"the", "a", "an"})
# Words that place an office in time, not say which office it is.
_TIME_WORDS = frozenset({"former", "ex", "late", "then", "current", "incumbent", "outgoing", "previously", "now"})
# Of those, the words that say the office is no longer held: a former holder and a holder are two.
_PAST_WORDS = frozenset({"former", "ex", "late", "previously"})
# The events stage: its participants come as groups though they may describe one person.
_PARTICIPANTS = "tidings.events.v1"
_TITLE_KINDS = frozenset({"title", "leader"})


# id(kb) -> (a weak reference to that base, its names): a knowledge base is unhashable, and an id
# is reused once its base is gone, so an entry counts only while it still points at the same base
_STATE_NAMES: dict[int, tuple[weakref.ref[KnowledgeBase], frozenset[str]]] = {}


def _state_names(kb: KnowledgeBase) -> frozenset[str]:
    """The folded one-word names of the states the knowledge base knows ("iran"), once per base."""
    kept = _STATE_NAMES.get(id(kb))
    if kept is None or kept[0]() is not kb:
        kept = (weakref.ref(kb), frozenset(fold(s.name) for s in kb.countries.values() if " " not in s.name))
        _STATE_NAMES[id(kb)] = kept
    return kept[1]


def _words(text: str) -> list[str]:
    return [w for w in fold(text).replace(",", " ").replace("'s", " 's").split() if w not in {"'s", "'"}]


def _unnamed(actor: Actor) -> bool:
    return bool(actor.mentions) and not any(m.kind in _NAMING for m in actor.mentions)


def _may_be_one_person(actor: Actor) -> bool:
    """A described person, or a participant the events stage described (it types no one as a person)."""
    if actor.kind == "person":
        return True
    prov = actor.provenance
    return actor.kind == "group" and prov is not None and prov.component == _PARTICIPANTS


def _titled_participant(actor: Actor) -> bool:
    """A participant the events stage named by words the tagger took for a name ("Home Secretary",
    "Prime Minister"): whether they are a state's office is :func:`office_words`'s and
    :func:`_state_office`'s to say."""
    prov = actor.provenance
    return actor.kind == "group" and prov is not None and prov.component == _PARTICIPANTS \
        and actor.wikidata is None and bool(actor.mentions) and all(m.kind == "name" for m in actor.mentions)


def _state_office(words: list[str], kb: KnowledgeBase) -> bool:
    """Whether an office's head names a state's office ("Prime Minister", "Home Secretary"), held by
    one person of the article's state, not a company's ("CEO"), which each company has."""
    head = words[:words.index("of")][-1:] if "of" in words else words[-1:]
    term = kb.sector_terms.get(head[0]) if head else None
    return term is not None and term.sector in _STATE_SECTORS


def office_words(text: str, kb: KnowledgeBase) -> list[str] | None:
    """The words of a description that name an office ("the Greek foreign minister" -> foreign
    minister), or None: a possessive, a plural head, or a head that is no title."""
    words = _words(text)
    if any(w in POSSESSIVES for w in words):
        return None
    states = _state_names(kb) | {w for w in _STATE_NOUNS if f"{w}'s" in fold(text)}  # "the country's president"
    words = [w for w in words if w not in _ARTICLES and w not in _TIME_WORDS and kb.demonym(w) is None
             and w not in states]
    if not words:
        return None
    head = words[:words.index("of")][-1:] if "of" in words else words[-1:]
    if not head:
        return None
    term = kb.sector_terms.get(head[0])  # the singular only: "the Vice Presidents" are several
    return words if term is not None and term.kind in _TITLE_KINDS else None


def _past(text: str) -> bool:
    """Whether a description or a role says the office is no longer held ("the former minister")."""
    return any(w in _PAST_WORDS for w in _words(text))


def _role_words(role: str) -> list[str]:
    return [w for w in _words(role) if w not in _ARTICLES and w not in _TIME_WORDS]


# Words before a title that make it another, lesser office ("Deputy Prime Minister" is no Prime Minister).
_LESSER_OFFICE = word_class("actors.link.lesser_office")


def _holds(words: list[str], role: list[str]) -> bool:
    """Whether ``words`` appear in ``role`` as one run ("speaker of parliament" in "speaker of
    parliament of iran"), not after a word that makes it a lesser office ("deputy prime minister");
    an office said either way ("foreign minister", "secretary of foreign affairs": :mod:`.offices`)."""
    words, role = office_phrase(words), office_phrase(role)
    n = len(words)
    return any(role[k:k + n] == words and (k == 0 or role[k - 1] not in _LESSER_OFFICE)
               for k in range(len(role) - n + 1))


def office_holders(actors: Sequence[Actor], kb: KnowledgeBase,
                   places: Sequence[Sequence[Place]] | None = None) -> dict[int, int]:
    """For each description of one person by their office, the index of the one named person whose
    role holds it (see the module's rules), or of several the one clearly most salient where the
    description is read (``places``: :mod:`.salience`)."""
    people = [k for k, b in enumerate(actors) if b.kind == "person" and b.role and not _unnamed(b)]
    out: dict[int, int] = {}
    for i, a in enumerate(actors):
        if not (_unnamed(a) and _may_be_one_person(a)) and not _titled_participant(a):
            continue
        words = office_words(a.name, kb)
        if not words or (not _unnamed(a) and not _state_office(words, kb)):
            continue
        past = any(_past(t) for t in (a.name, a.role or "", *(m.span.text for m in a.mentions)))
        fits = [k for k in people if k != i and not (a.country and actors[k].country and a.country != actors[k].country)
                and _past(actors[k].role or "") == past and _holds(words, _role_words(actors[k].role or ""))]
        if len(fits) > 1 and places:
            k = most_salient(fits, places, places[i])
            fits = [k] if k is not None else []
        if len(fits) == 1:
            out[i] = fits[0]
    return out


# The head of a body's name that makes it the state's own government.
_GOVERNMENT = "government"
_BODY_KINDS = frozenset({"organization", "group"})


def is_government(actor: Actor) -> bool:
    """Whether a body is a state's government by the words of the text ("the government of Iraq", "the
    Iraqi government"), not only by the name the knowledge base gave it ("the administration")."""
    if actor.kind not in _BODY_KINDS or actor.sector != "GOV" or not actor.country:
        return False
    return any(_head_word(m.span.text) == _GOVERNMENT for m in actor.mentions if m.kind != "pronoun")


def _head_word(text: str) -> str:
    """The head of a phrase's words: the last before "of" ("the government of X", "the X government")."""
    words = [w for w in _words(text) if w not in _ARTICLES]
    cut = next((k for k, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    return words[:cut][-1] if words[:cut] else ""


def state_governments(actors: Sequence[Actor]) -> dict[int, int]:
    """For each body that is a state's government, the index of the one actor that is that state
    ("Government of Iraq" -> "Iraq"); none where the article has no such actor or two."""
    states: dict[str, list[int]] = {}
    for k, a in enumerate(actors):
        if a.kind == "country" and a.country:
            states.setdefault(a.country, []).append(k)
    out: dict[int, int] = {}
    for i, a in enumerate(actors):
        found = states.get(a.country or "", [])
        if is_government(a) and len(found) == 1:
            out[i] = found[0]
    return out


# Bare heads that describe a state itself ("the state", "the Government"), and the states made of
# states, where "the state" is one of its parts.
_STATE_ITSELF = word_class("actors.link.state_itself")
_STATES_OF_STATES = word_class("actors.link.states_of_states")
# Words that make a government the whole state's ("the federal government", "the central government").
_WHOLE_STATE = word_class("actors.link.whole_state")
# Nouns that call a state itself, which may own its bare head ("the island nation's cabinet").
_STATE_NOUNS = word_class("actors.link.state_nouns")


def _bare_state(actor: Actor, text: str = "") -> bool:
    """Whether every description of a body placed in one state is the bare word for a state itself
    ("the state", "State", "the Government"; "the federal government", "the central government":
    the whole state's; "the cabinet"; each also owned by the state itself: "the island nation's
    cabinet"), not "a state", "the states", "state media", "their state", "the federal
    state", nor the head of a phrase the text goes on with ("the state of emergency"); "the state"
    of a state made of states is one of its parts."""
    said = [m for m in actor.mentions if m.kind != "pronoun"]
    if actor.kind not in _BODY_KINDS or not actor.country or not said:
        return False
    parts = actor.country.lower() in _STATES_OF_STATES
    for m in said:
        words = [x for x in _words(m.span.text) if x != "the"]
        if len(words) > 1 and all(w in _STATE_NOUNS for w in words[:-1]):
            words = words[-1:]  # the state's own ("the island nation's cabinet", "the country's government")
        if not words or words[-1] not in _STATE_ITSELF or text[m.span.end:m.span.end + 4].lower() == " of ":
            return False
        if words[-1] == _GOVERNMENT:
            if len(words) > 2 or (len(words) == 2 and words[0] not in _WHOLE_STATE):
                return False
        elif len(words) > 1 or parts:
            return False
    return True


def state_itself(actors: Sequence[Actor], text: str = "") -> dict[int, int]:
    """For each body described bare as a state itself (:func:`_bare_state`), the index of the one
    actor that is that state, or where the article has none, of the one government of that state
    it names more fully ("the Monti government"); none where there are two."""
    states: dict[str, list[int]] = {}
    governments: dict[str, list[int]] = {}
    for k, a in enumerate(actors):
        if a.kind == "country" and a.country:
            states.setdefault(a.country, []).append(k)
        elif is_government(a) and not _bare_state(a, text):
            governments.setdefault(a.country or "", []).append(k)
    out: dict[int, int] = {}
    for i, a in enumerate(actors):
        if not _bare_state(a, text):
            continue
        found = states.get(a.country or "") or governments.get(a.country or "", [])
        if len(found) == 1 and found[0] != i:
            out[i] = found[0]
    return out


# Plural heads that name a state's executive by its people ("Indian authorities", "officials").
_AUTHORITIES = word_class("actors.link.state_authorities")


def _authorities_of(actor: Actor, kb: KnowledgeBase) -> bool:
    """Whether every description of a group is a state's authorities or officials, bare or said whose
    by the state's own name ("the authorities", "Indian officials", "Hong Kong authorities"; not
    "local officials", "police authorities", "their officials")."""
    said = [m for m in actor.mentions if m.kind != "pronoun"]
    if actor.kind not in _BODY_KINDS or actor.sector != "GOV" or not said \
            or not all(m.kind in {"nominal", "title"} for m in said):
        return False
    for m in said:
        # the state's name keeps its capitals for the knowledge base ("Hong Kong"), without "'s"
        words = [w for w in m.span.text.replace("’", "'").replace("'s", " ").replace(",", " ").split()
                 if fold(w) not in _ARTICLES]
        if not words or fold(words[-1]) not in _AUTHORITIES or any(fold(w) in POSSESSIVES for w in words):
            return False
        if words[:-1] and not (actor.country and names_country(words[:-1], actor.country, kb)):
            return False
    return True


def _unplaced_government(actor: Actor) -> bool:
    """Whether a body is "the government" said bare, placed in no state: the one of the article's
    setting, which its bare "authorities" and "officials" are too."""
    said = [m for m in actor.mentions if m.kind != "pronoun"]
    return actor.kind in _BODY_KINDS and actor.sector == "GOV" and not actor.country and bool(said) \
        and all([w for w in _words(m.span.text) if w not in _ARTICLES] == [_GOVERNMENT] for m in said)


def state_authorities(actors: Sequence[Actor], kb: KnowledgeBase) -> dict[int, int]:
    """For each group that is a state's authorities or officials (:func:`_authorities_of`), the index
    of the one actor the text calls that state's government, or where there is none, of the first
    such group of that state ("Chinese officials" and "Chinese authorities" are one); none where the
    state has two governments. Not the state itself: "Saudi officials" may be coded apart from
    "Saudi Arabia". Bare ones placed in no state are the bare, unplaced "government"'s
    (:func:`_unplaced_government`), or one group."""
    governments: dict[str, list[int]] = {}
    for k, a in enumerate(actors):
        if is_government(a) or _unplaced_government(a):
            governments.setdefault(a.country or "", []).append(k)
    out: dict[int, int] = {}
    first: dict[str, int] = {}  # without a government, a state's authorities and officials are one group
    for i, a in enumerate(actors):
        if not _unnamed(a) or not _authorities_of(a, kb):
            continue
        found = governments.get(a.country or "", [])
        if len(found) == 1 and found[0] != i:
            out[i] = found[0]
        elif not found and first.setdefault(a.country or "", i) != i:
            out[i] = first[a.country or ""]
    return out


# Kinds of sector terms that name a kind of body ("airline", "company", "party").
_BODY_TERM = "org"
# The sector the knowledge base gives a word of no particular sector ("group").
_NO_SECTOR = "UNK"
# Words that end a phrase's head run ("scientists from the university": scientists).
_PREPOSITIONS = frozenset({"of", "from", "in", "at", "for", "with", "on", "by", "to"})
# Articles that make a description indefinite: "a company" is one not met before.
_INDEFINITE = frozenset({"a", "an", "another", "one"})
# Sectors of a state's own bodies: "the army", "the police" are the state's, found by their state.
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def _first(actor: Actor) -> int:
    return min((m.span.start for m in actor.mentions), default=0)


@lru_cache(maxsize=1)
def _kind_words() -> dict[str, str]:
    """Words for a kind of body the sector terms name otherwise ("network" -> broadcaster)."""
    return {r["word"].strip().lower(): r["kind"].strip().lower() for r in data_rows("kind_words.csv")}


def _kind(word: str) -> str:
    return _kind_words().get(word, word)


_NAME_JOINERS = frozenset({"of", "and", "for", "the", "de", "&"})
# The shortest name looked for in the text where the tagger found none (not "UN", "AP").
_SHORTEST_NAME = 4


def _named_by_phrase(actor: Actor, kb: KnowledgeBase) -> bool:
    """Whether a body the text gives only as a phrase is named by it: a capitalised phrase with a
    word that is no kind, no state and no people ("ABS-CBN Corporation"; not "Broadcasters", "the
    Philippine government")."""
    for m in actor.mentions:
        words = m.span.text.replace("\u2019", "'").split()
        words = words[1:] if words[:1] and words[0].lower() == "the" else words
        if not words or not all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in words):
            continue
        if any(w.lower() not in _NAME_JOINERS and not _common_word(fold(w), kb) for w in words):
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
    """The bodies a description by a general head may name: of a sector the word is used for, or
    whose own name has that head ("Halvard Retail Group"), and of the description's own side."""
    return [k for k in placed if (actors[k].sector in general or k in by_head) and _same_side(a.sector, actors[k].sector)]


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
    names = {actor.name} | {m.span.text for m in actor.mentions if m.kind in _NAMING}
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
             and (not _unnamed(b) or _named_by_phrase(b, kb))]
    starts = {k: named_at(actors[k], text) for k in named}
    out: dict[int, int] = {}
    for i, a in enumerate(actors):
        if a.kind not in _BODY_KINDS or not _unnamed(a) or _named_by_phrase(a, kb) or any(
                w in POSSESSIVES for m in a.mentions for w in _words(m.span.text)):
            continue
        first = min(a.mentions, key=lambda m: m.span.start)
        if _words(first.span.text)[:1] and _words(first.span.text)[0] in _INDEFINITE:
            continue  # "a company" is one not met before
        if any(w in SETS_APART for m in a.mentions for w in _words(m.span.text)):
            continue  # "the second largest party", "the rival airline": another than the one in mind
        head = _kind(_head_word(a.name))
        term = kb.sector_terms.get(head)  # the singular only: "the companies" are several
        general = _general_kinds().get(head)
        if general is None and (term is None or term.kind != _BODY_TERM or head in _STATE_ITSELF):
            continue
        placed = [k for k in named if root[k] != root[i] and starts[k] < _first(a)
                  and not (a.country and actors[k].country and a.country != actors[k].country)]
        by_head = [k for k in placed if _kind(_head_word(actors[k].name)) == head]
        if general is not None:
            fits = _general_fits(a, general, placed, by_head, actors)
        elif term is not None and term.sector in _STATE_SECTORS:
            # a state's own body: the bare kind, and the body so called
            bare = all(len([w for w in _words(m.span.text) if w not in _ARTICLES]) == 1
                       for m in a.mentions if m.kind != "pronoun")
            fits = by_head if bare else []
        else:
            fits = [k for k in placed if actors[k].sector == term.sector] \
                or [k for k in by_head if actors[k].sector is None]
        bodies: dict[int, list[int]] = {}
        for k in fits:
            bodies.setdefault(root[k], []).append(k)
        if len(bodies) == 1 and general is None:
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


__all__ = ["body_names", "find_name", "is_government", "kind_descriptions", "named_at", "office_holders", "office_words", "state_authorities",
           "state_governments", "state_itself"]
