"""Whose an unnamed group is, and which sector an acting state has.

Wire copy names the state it is about once and then speaks of "police", "protesters", "the
opposition" or "the Supreme Court" without a country word: those are the groups and bodies of the
article's dominant state (the one at least 60% of the article's state-coded mentions belong to,
with at least three of them). A collective that belongs to no one state ("world leaders", "foreign
troops", "coalition forces", word class ``non_national`` in ``data/word_classes.csv``) and refugees
keep none. A state named as an actor with no more precision ("Iran said") is its government
(sector GOV), as PLOVER codes it.

Pure functions over finished actors, so every actor, whichever stage found it, is treated alike.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from typing import Any, Callable, Iterable, Sequence

from ...kb import load_kb
from ...ontology import NONSTATE_CODES
from ...schema import Actor, Location, Provenance
from ..common import first_conjunct, token_at, tokens_at, word_class
from .context import PLACE_NOUNS, place_by_syntax

COMPONENT = "actor_national"
DOMINANT_SHARE = 0.6
MIN_VOTES = 3
STATELESS_SECTORS = frozenset({"REF", "UNK"})  # refugees are from elsewhere by definition
NON_PLACING_SECTORS = frozenset({"BUS", "JRN"})  # a company sells abroad, a paper reports abroad


# The stages that propose groups after the actors stage settled its own (quote speakers, event
# participants). The linker once gave only their groups the article's state; since session 49 it
# gives every group still without one (the places the text names vote there), so an unnamed group
# the actors stage could not place gets a second look with the whole article's evidence.
LATE_FINDERS = frozenset({"quotes", "tidings.events.v1"})

# How the reason of a country the article's dominant state gave an unknown name ends: no word says it.
ARTICLE_COUNTRY = "of the article's actors belong to"


def country_by_article_only(actor: Actor) -> bool:
    """Whether an actor's one code is the article's dominant state, given to a name the knowledge base
    does not know for want of any word of the text (no sector, no knowledge-base identity)."""
    reason = actor.provenance.reason if actor.provenance is not None else None
    return actor.sector is None and actor.wikidata is None and actor.country is not None \
        and reason is not None and ARTICLE_COUNTRY in reason


def _is_state(code: str | None) -> bool:
    return bool(code) and len(code) == 3 and code.isalpha() and code not in NONSTATE_CODES  # type: ignore[union-attr]


def state_share(codes: Iterable[str | None], share: float = DOMINANT_SHARE) -> tuple[str | None, float]:
    """The state most of ``codes`` name (one vote each; non-state codes do not vote) and its share;
    ``(None, 0.0)`` when it has fewer than ``MIN_VOTES`` votes, less than ``share`` or a tie."""
    votes: Counter[str] = Counter(c for c in codes if _is_state(c))  # type: ignore[misc]
    if not votes:
        return None, 0.0
    (code, n), *rest = votes.most_common(2)
    if n < MIN_VOTES or n / sum(votes.values()) < share or (rest and rest[0][1] == n):
        return None, 0.0
    return code, n / sum(votes.values())


def dominant_state(actors: Sequence[Actor], places: Sequence[Location] = ()) -> tuple[str | None, float]:
    """The state most mentions of the article's actors and of its ``places`` belong to, and its
    share of them; ``(None, 0.0)`` when no state has ``DOMINANT_SHARE`` of at least ``MIN_VOTES``
    mentions. Companies and media do not vote: their home state says where they are from, not where
    the story is. A place votes once a mention (a local story names its towns far more often than
    its state)."""
    return state_share([a.country for a in actors if a.sector not in NON_PLACING_SECTORS
                        for _ in range(max(1, len(a.mentions)))] + [p.country for p in places])


def stateless(name: str) -> bool:
    """Whether a group's name says it belongs to no one state ("world leaders", "coalition forces")."""
    return bool(set(re.findall(r"[a-z]+", name.lower())) & word_class("non_national"))


def _found_by(actor: Actor, components: frozenset[str] | None) -> bool:
    return components is None or (actor.provenance is not None and actor.provenance.component in components)


def _unnamed(actor: Actor) -> bool:
    """A group, or one person a speaker's common noun names ("the prime minister said", "an
    eyewitness said"): unnamed, so of the article's state like a group."""
    return actor.kind == "group" or (actor.kind == "person" and actor.provenance is not None
                                     and actor.provenance.rule == "speaker-group")


def domestic_groups(actors: Sequence[Actor], components: frozenset[str] | None = None,
                    named_state: Callable[[str], str | None] | None = None,
                    places: Sequence[Location] = ()) -> list[Actor]:
    """The actors with every unnamed group that has a sector and no country given the dominant state's
    (with ``components``: only the groups those components found, e.g. :data:`LATE_FINDERS`; the
    linker takes every group still without one, with the places the text names).
    ``named_state``: the state a group's own words name ("the Mexican government"), which it is
    given instead: a stage that proposed it by its words alone may have left it none. ``places``:
    the places the text names, which vote for the dominant state with the actors' mentions."""
    code, share = dominant_state(actors, places)
    if code is None and named_state is None:
        return list(actors)
    out = []
    for a in actors:
        if _unnamed(a) and a.country is None and a.sector and a.sector not in STATELESS_SECTORS \
                and a.wikidata is None and not stateless(a.name) and _found_by(a, components):
            own = named_state(a.name) if named_state is not None else None
            if own is not None:
                a = dataclasses.replace(a, country=own, provenance=Provenance(
                    COMPONENT, "named_state", 0.6, f"its own words name the state {own}"))
                out.append(a)
                continue
            if code is None:
                out.append(a)
                continue
            reason = f"an unnamed group of the article's state: {code} has {share:.0%} of the state mentions"
            a = dataclasses.replace(a, country=code, score=min(a.score, 0.5),
                                    provenance=Provenance(COMPONENT, "domestic_group", 0.5, reason))
        out.append(a)
    return out


def acting_states(actors: Sequence[Actor]) -> list[Actor]:
    """The actors with every state named as an actor (kind ``country``, a state's code) given
    sector GOV where it has none."""
    return [dataclasses.replace(a, sector="GOV") if a.kind == "country" and a.sector is None and _is_state(a.country)
            else a for a in actors]


def _coordination(text: str) -> bool:
    return " and " in text or "," in text or " or " in text


def drop_nested_mentions(actors: Sequence[Actor], keep: Iterable[str] = ()) -> list[Actor]:
    """The actors without mentions that lie inside another actor's longer mention ("U.S." in "the
    U.S. Senate", "Ostrian" in "the Ostrian envoy"): a modifier of a name is not a mention of its
    own. An actor left with no mention is no actor, unless an event or quote uses it (``keep``);
    a coordination ("the governments of Kestria and Ostria") names each of its members."""
    keep = set(keep)
    outer = sorted((m.span.start, m.span.end, a.id) for a in actors for m in a.mentions
                   if not _coordination(m.span.text))
    starts = [o[0] for o in outer]
    widest = 0  # the longest outer mention bounds how far back a container can start
    for s, e, _ in outer:
        widest = max(widest, e - s)

    def inside_another(m: Any, aid: str) -> bool:
        lo = bisect.bisect_left(starts, m.span.start - widest)
        hi = bisect.bisect_right(starts, m.span.start)
        return any(oid != aid and e >= m.span.end and e - s > m.span.end - m.span.start
                   for s, e, oid in outer[lo:hi])

    out = []
    for a in actors:
        own = tuple(m for m in a.mentions if not inside_another(m, a.id))
        if own == a.mentions:
            out.append(a)
        elif own:
            out.append(dataclasses.replace(a, mentions=own))
        elif a.id in keep:
            out.append(a)
    return out


PLACE_KINDS = frozenset({"country", "other"})  # kinds that may be no more than a place's name
_PLACE_PREPOSITIONS = word_class("actors.place_object_prepositions")
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})


def _only_a_place(doc: Any, mention: Any) -> bool:
    span = tokens_at(doc, mention.span)
    return span is not None and place_only(span)


def place_only(span: Any) -> bool:
    """Whether a parsed phrase names a place or modifies a name, never someone who acts: "in Ohio",
    "the mayor of Boise, Idaho", "Ohio's voters"."""
    tok = span.root
    if tok.dep_ == "appos" and tok.ent_type_ in ("GPE", "LOC") and tok.head.ent_type_ == "PERSON":
        return True  # "X, the mayor of Boise, Idaho": a place is no appositive of a person
    while tok.dep_ in ("conj", "appos") and tok.head is not tok:
        tok = tok.head  # "Ohio, Utah and Maine", "Boise, Idaho"
    if tok.dep_ in _MODIFIER_DEPS:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and _destination(tok.head):
        return True  # "headed for Moscow", "bound for Tripoli": where one goes
    if tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPOSITIONS or place_by_syntax(span.root) is not None:
        return True
    return _after_place_noun(span) or _listed_after_preposition(span)


def _after_place_noun(span: Any) -> bool:
    """"in Hungarian capital Budapest": a name right after a place noun is that place, whatever the
    parser made of it."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in PLACE_NOUNS


def _listed_after_preposition(span: Any) -> bool:
    """"exchanges in Oslo, Lisbon and Vienna", "the museum in Seattle, Washington": a later member
    of a list of places after a locative preposition is a place too, where the parser lost the list.
    A fronted phrase ("After talks in Oslo, Lisbon said ...") ends before the sentence's subject."""
    doc, k, crossed = span.doc, span.start - 1, False
    while k >= span.sent.start and (doc[k].text in {",", "and", "or"}
                                    or (doc[k].pos_ == "PROPN" and doc[k].ent_type_ in ("GPE", "LOC"))):
        crossed = crossed or doc[k].text in {",", "and", "or"}
        k -= 1
    if not crossed or k < span.sent.start or doc[k].lower_ not in _PLACE_PREPOSITIONS:
        return False
    return span.sent[0].pos_ not in {"ADP", "SCONJ"}


def _destination(prep: Any) -> bool:
    """Whether a "for" hangs on a verb of setting out used without an object ("left for", "bound
    for", "set off for"), not on one with an object ("made a deal for")."""
    verb = prep.head
    if verb.dep_ == "prt":
        verb = verb.head
    children = list(verb.children)
    if any(c.dep_ in {"dobj", "attr"} for c in children):
        return False
    words = word_class("actors.destination_verbs")
    return verb.lemma_.lower() in words or verb.lower_ in words \
        or any(c.dep_ == "prt" and c.lower_ in {"off", "out"} for c in children)


def drop_places(actors: Sequence[Actor], doc: Any, keep: Iterable[str] = ()) -> list[Actor]:
    """The actors without states and other places that never act in the article: every mention is
    a place phrase or a modifier, and no event or quote uses them (``keep``). A place that acts
    ("Moscow insisted") or is acted on stays an actor."""
    keep = set(keep)
    return [a for a in actors if a.id in keep or a.kind not in PLACE_KINDS or not a.mentions
            or not all(_only_a_place(doc, m) for m in a.mentions)]


UNNAMED_MENTIONS = frozenset({"nominal", "demonym", "pronoun"})
_PARTICIPANT_DEPS = frozenset({"nsubj", "agent"})


def _participates(doc: Any, mention: Any) -> bool:
    """Whether a mention is the subject or agent of a verb ("the army has enforced a curfew")."""
    tok = token_at(doc, mention.span)
    if tok is None:
        return False
    tok = first_conjunct(tok)  # "police and soldiers fired"
    return tok.dep_ in _PARTICIPANT_DEPS and tok.head.pos_ in {"VERB", "AUX"}


def drop_idle(actors: Sequence[Actor], keep: Iterable[str] = (), doc: Any = None) -> list[Actor]:
    """The actors without unnamed collectives ("voters", "the industry", "Mexicans") and states
    ("exports to Italy") that no event or quote uses (``keep``) and that are never the subject of
    a verb (with the parse ``doc``): such an actor is one only by what it does."""
    keep = set(keep)
    return [a for a in actors if a.id in keep or a.kind not in {"group", "country"} or not a.mentions
            or (a.kind == "group" and not all(m.kind in UNNAMED_MENTIONS for m in a.mentions))
            or (doc is not None and any(_participates(doc, m) for m in a.mentions if m.kind != "pronoun"))]


_PREDICATIVE = frozenset({"attr", "oprd", "acomp", "appos"})
# A word of running inside one of these names is part of the name ("Band on the Run", "Vaccination Campaign").
_NAME_ENTITIES = frozenset({"WORK_OF_ART", "ORG", "FAC", "PRODUCT", "PERSON", "GPE", "LOC", "NORP", "LAW"})


def _runs(root: Any, word: Any) -> bool:
    """Whether a word of running ``word`` in the sentence of a person's mention (head ``root``) may be
    said of them: not when it modifies another name ("former candidate Varo and Quell announced")
    nor when, naming a person ("candidate", word class ``campaign_person_word``), it is the object
    of what they do ("Quell interviewed the candidate") rather than their predicate."""
    if word in root.subtree:
        return True
    if word.dep_ in _MODIFIER_DEPS | {"appos"} and word.head.pos_ == "PROPN" \
            and root.i not in {word.head.i, *(c.i for c in word.head.conjuncts)}:
        return False  # "candidates Fan and Wong": said of both
    if word.lemma_.lower() in word_class("campaign_person_word") and word.dep_ not in _PREDICATIVE:
        return False
    return True


def _electoral(word: Any, words: frozenset[str]) -> bool:
    """Whether a word of running is said of a contest for office: not inside another name ("the
    Band on the Run album", "the Mass Vaccination Campaign"), and a word a runner or a bidder also
    uses ("run", "race", "bid": word class ``campaign_word_ambiguous``) only with a modifier or an
    object that is an office, a title or another word of running ("the presidential race", "run for
    governor", "run in the primaries", "running against Varo"), never "ran a marathon"."""
    if word.pos_ == "PROPN" or word.ent_type_ in _NAME_ENTITIES:
        return False
    if word.lemma_.lower() not in word_class("campaign_word_ambiguous") \
            and word.lower_ not in word_class("campaign_word_ambiguous"):
        return True
    kb = load_kb()

    def office(t: Any) -> bool:
        low, lemma = t.lower_, t.lemma_.lower()
        term = kb.sector_term(lemma)
        return (low in word_class("campaign_office") or lemma in word_class("campaign_office")
                or (lemma in words and lemma not in word_class("campaign_word_ambiguous"))
                or (term is not None and term.kind in {"title", "leader"}))

    if word.dep_ in _MODIFIER_DEPS and word.head.lemma_.lower() in word_class("campaign_word_heads"):
        return True  # "her running mate": a word of running before a noun of the ticket
    for c in word.children:
        if c.dep_ in _MODIFIER_DEPS and office(c):
            return True
        if c.dep_ == "prep":
            for obj in (g for g in c.children if g.dep_ == "pobj"):
                if office(obj) or any(o.dep_ == "compound" and office(o) for o in obj.children) or (
                        c.lower_ == "against" and (obj.ent_type_ == "PERSON" or obj.pos_ == "PROPN")):
                    return True
    return False


def _running_sentences(doc: Any, mentions: Sequence[Any], words: frozenset[str]) -> tuple[int, int]:
    """(sentences where running may be said of the person, sentences that mention them)."""
    said: dict[int, bool] = {}
    for m in mentions:
        span = tokens_at(doc, m.span)
        if span is None:
            continue
        hits = [t for t in span.sent if (t.lemma_.lower() in words or t.lower_ in words) and _electoral(t, words)]
        # a share of the vote is a candidate's ("came second with 24% of the vote")
        hits += [t for t in span.sent if t.lemma_.lower() == "vote" and t.pos_ == "NOUN"
                 and any(e.label_ == "PERCENT" for e in span.sent.ents)]
        said[span.sent.start] = said.get(span.sent.start, False) or any(_runs(span.root, t) for t in hits)
    return sum(said.values()), len(said)


def candidates(actors: Sequence[Actor], doc: Any) -> list[Actor]:
    """The actors with every person out of office (no sector, or ELI) who is running for office
    coded PTY, as a candidate acts for a party: in at least two of the sentences that mention
    them, or half of them, a word of running (word class ``campaign_word``) may be said of them
    (not one that modifies another name: "former candidate Varo and former president Quell
    announced ..."). Sentences count, not mentions: an appositive is no second vote against."""
    words = word_class("campaign_word")
    out = []
    for a in actors:
        if a.kind == "person" and a.sector in (None, "ELI") and a.mentions:
            said, seen = _running_sentences(doc, [m for m in a.mentions if m.kind != "pronoun"] or a.mentions, words)
            if said >= 2 or (said and 2 * said >= seen):
                a = dataclasses.replace(a, sector="PTY", provenance=Provenance(
                    COMPONENT, "candidate", 0.5, f"running for office: {said} of {seen} sentences"))
        out.append(a)
    return out


def settle(actors: Sequence[Actor], keep: Iterable[str] = (), doc: Any = None,
           named_state: Callable[[str], str | None] | None = None) -> list[Actor]:
    """The finishing steps, in order: modifiers stop being mentions, places that never act stop
    being actors (with the parse ``doc``), states take their sector, then groups their state
    (``keep``: ids that events or quotes use; ``named_state``: see :func:`domestic_groups`)."""
    keep = set(keep)
    actors = drop_nested_mentions(actors, keep)
    if doc is not None:
        actors = candidates(drop_places(actors, doc, keep), doc)
    actors = drop_idle(actors, keep, doc)
    return domestic_groups(acting_states(actors), named_state=named_state)


__all__ = ["COMPONENT", "LATE_FINDERS", "acting_states", "candidates", "dominant_state", "domestic_groups", "drop_idle",
           "drop_nested_mentions", "drop_places", "place_only", "settle", "state_share", "stateless"]
