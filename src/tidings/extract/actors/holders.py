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

A body described by its kind ("the airline", "the court", "the network") is :mod:`.by_kind`'s.
"""

from __future__ import annotations

import weakref
from collections.abc import Collection, Sequence

from ...kb import KnowledgeBase
from ...kb.model import fold
from ...ontology import STATE_ORGANS
from ...schema import Actor
from ..common import word_class
from .alike import POSSESSIVES, names_country, unnamed
from .offices import office_phrase
from .salience import Place, most_salient

_ARTICLES = frozenset({"the", "a", "an"})
# Words that place an office in time, not say which office it is.
_TIME_WORDS = frozenset({"former", "ex", "late", "then", "current", "incumbent", "outgoing", "previously", "now"})
# Of those, the words that say the office is no longer held: a former holder and a holder are two.
_PAST_WORDS = frozenset({"former", "ex", "late", "previously"})
# The events stage: its participants come as groups though they may describe one person.
_PARTICIPANTS = "tidings.events.v1"
_TITLE_KINDS = frozenset({"title", "leader"})
# Mention kinds that describe an actor by its office or kind.
_DESCRIBING = frozenset({"title", "nominal"})


# id(kb) -> (a weak reference to that base, its names): a knowledge base is unhashable, and an id
# is reused once its base is gone, so an entry counts only while it still points at the same base
_STATE_NAMES: dict[int, tuple[weakref.ref[KnowledgeBase], frozenset[str]]] = {}


def _state_names(kb: KnowledgeBase) -> frozenset[str]:
    """The folded names of the states the knowledge base knows ("iran", "south africa"), once per base."""
    kept = _STATE_NAMES.get(id(kb))
    if kept is None or kept[0]() is not kb:
        kept = (weakref.ref(kb), frozenset(fold(s.name) for s in kb.countries.values()))
        _STATE_NAMES[id(kb)] = kept
    return kept[1]


def _words(text: str) -> list[str]:
    return [w for w in fold(text).replace(",", " ").replace("'s", " 's").split() if w not in {"'s", "'"}]


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
    if "of" in words:  # "the President of South Africa": the state served is no word of the office
        k = len(words) - 1 - words[::-1].index("of")
        words = words[:k] if " ".join(words[k + 1:]) in states or k == len(words) - 1 else words
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
    people = [k for k, b in enumerate(actors) if b.kind == "person" and b.role and not unnamed(b)]
    out: dict[int, int] = {}
    for i, a in enumerate(actors):
        if not (unnamed(a) and _may_be_one_person(a)) and not _titled_participant(a):
            continue
        # the description's own words: the name is the knowledge base's holder where it resolved one
        words = next((w for t in (a.name, *(m.span.text for m in a.mentions if m.kind in _DESCRIBING))
                      if (w := office_words(t, kb))), None)
        if not words or (not unnamed(a) and not _state_office(words, kb)):
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


def state_governments(actors: Sequence[Actor], capitals: Collection[int] = ()) -> dict[int, int]:
    """For each body that is a state's government, the index of the one actor that is that state
    ("Government of Iraq" -> "Iraq"); none where the article has no such actor or two. The actors
    at ``capitals`` (capitals standing for their state) are no second state."""
    states: dict[str, list[int]] = {}
    for k, a in enumerate(actors):
        if a.kind == "country" and a.country and k not in capitals:
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
        if not unnamed(a) or not _authorities_of(a, kb):
            continue
        found = governments.get(a.country or "", [])
        if len(found) == 1 and found[0] != i:
            out[i] = found[0]
        elif not found and first.setdefault(a.country or "", i) != i:
            out[i] = first[a.country or ""]
    return out


# Words that end a phrase's head run ("scientists from the university": scientists).
_PREPOSITIONS = frozenset({"of", "from", "in", "at", "for", "with", "on", "by", "to"})
# Sectors of a state's own bodies: "the army", "the police" are the state's, found by their state.
_STATE_SECTORS = STATE_ORGANS


__all__ = ["is_government", "office_holders", "office_words", "state_authorities", "state_governments", "state_itself"]
