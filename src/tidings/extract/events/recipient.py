"""Default recipients of pledges, support and aid whose clause names none.

"Leaders vowed to deploy troops if a ceasefire is reached" promises help to someone the clause
does not name; news writing leaves the beneficiary to the surrounding text. For AGREE, SUPPORT
and AID events without a recipient the coder looks, in order, for

1. a country the event's sentence names as the goal of a pledge or of help ("to X", "for X"),
2. the same in the event's paragraph,
3. the article's main target country: the country most often named as a goal or place
   ("in X", "to X", "for X"), with the headline counting double, if it clearly leads (named at
   least :data:`MAIN_TARGET_WEIGHT` times, twice as often as any other).

Countries of the event's own actors never become its recipient.

Before that, an act noun with no recipient of its own ("Requests have also come from X") continues
the last act of its type (:func:`continued_acts`), and an answer with no recipient goes to whom
it answers (:func:`answered_requests`): a refusal, acceptance, denial or admission to whoever just
asked or accused its actor, a response ("in retaliation") to whoever last acted on it.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections import Counter
from typing import Any, Iterable, Sequence

from ...schema import Event
from ..common import token_at, word_class
from .addressee import own_side
from .args import ActorBook, bound_it, participants
from .countries import CountryNames
from .phrases import is_someone
from .roles import late_appositives
from .targets import answered_party, befallen, protest_noun_objects
from .candidate import preps_of
from .visits import seat_owners
from .localities import named_by_place_noun, named_place, place_text

DEFAULT_TYPES = frozenset({"AGREE", "SUPPORT", "AID"})
_GOAL_PREPS = frozenset({"to", "for", "towards", "toward"})
_PLACE_PREPS = _GOAL_PREPS | {"in", "into", "inside"}
# The article's main target must be named as a goal or place several times (the headline counts
# double) and at least twice as often as any other country.
MAIN_TARGET_WEIGHT = 4


def _country_tokens(sent: Any, countries: CountryNames) -> Iterable[tuple[Any, str]]:
    """(head token, country code) for each place or people named in a sentence."""
    for ent in sent.ents:
        if ent.label_ not in ("GPE", "NORP", "LOC"):
            continue
        code = countries.of_text(ent.text)
        if code:
            yield ent.root, code


def _country_tokens_by_sentence(doc: Any, sents: list[Any], countries: CountryNames) -> list[list[tuple[Any, str]]]:
    """:func:`_country_tokens` of every sentence in one pass over the document's entities
    (``Span.ents`` scans every entity of the document each time: quadratic on long texts)."""
    starts = [s.start for s in sents]
    out: list[list[tuple[Any, str]]] = [[] for _ in sents]
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "NORP", "LOC"):
            continue
        k = bisect.bisect_right(starts, ent.start) - 1
        if k >= 0 and ent.end <= sents[k].end and (code := countries.of_text(ent.text)):
            out[k].append((ent.root, code))
    return out


def _governing_prep(tok: Any) -> str | None:
    """The preposition a named place hangs from, directly or as a possessor ("for Ukraine's skies")."""
    t = tok
    for _ in range(3):
        if t.dep_ == "pobj":
            return t.head.lower_
        if t.dep_ != "poss":
            return None
        t = t.head
    return None


class TargetFinder:
    """Goal countries of the sentences, paragraphs and whole article of one parsed document."""

    def __init__(self, doc: Any, countries: CountryNames) -> None:
        self.sents = list(doc.sents)
        text = doc.text
        self._para_of: list[int] = []
        para = 0
        for k, s in enumerate(self.sents):
            if k and "\n" in text[self.sents[k - 1].end_char - 1:s.start_char + 1]:
                para += 1
            self._para_of.append(para)
        named = _country_tokens_by_sentence(doc, self.sents, countries)
        self._goals = [[(t, c) for t, c in found if _governing_prep(t) in _GOAL_PREPS] for found in named]
        weights: Counter[str] = Counter()
        self._first: dict[str, Any] = {}
        for k, found in enumerate(named):
            for t, c in found:
                if _governing_prep(t) in _PLACE_PREPS:
                    weights[c] += 2 if k == 0 else 1
                    self._first.setdefault(c, t)
        self._article = weights

    def sentence_index(self, start: int) -> int | None:
        for k, s in enumerate(self.sents):
            if s.start_char <= start < s.end_char:
                return k
        return None

    def target(self, start: int, exclude: set[str]) -> tuple[Any, str] | None:
        """(token naming the goal country, rule) for an event whose evidence starts at ``start``."""
        k = self.sentence_index(start)
        if k is None:
            return None
        own = [t for t, c in self._goals[k] if c not in exclude]
        if own:
            return own[0], "sentence-goal"
        para = [(t, c) for j in range(len(self.sents)) if self._para_of[j] == self._para_of[k] and j != k
                for t, c in self._goals[j] if c not in exclude]
        if len({c for _, c in para}) == 1:
            return para[0][0], "paragraph-goal"
        ranked = [(c, n) for c, n in self._article.most_common() if c not in exclude]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if ranked and ranked[0][1] >= MAIN_TARGET_WEIGHT and ranked[0][1] >= 2 * runner_up and len(self.sents) > 1:
            return self._first[ranked[0][0]], "article-target"
        return None


_PROTESTED = frozenset({"against", "at", "of", "over"})
# What protesters demand of someone names that someone: "demanding the resignation of X",
# "calling for independence from X", "X's government", "X's policies".
_DEMANDED = frozenset({"resignation", "removal", "ouster", "overthrow", "independence", "policy", "government",
                       "rule", "regime", "occupation", "decision", "presence"})


def _demanded_of(clause: Any, trigger: Any) -> list[Any]:
    found: list[Any] = []
    for t in clause.subtree:
        if t.i == trigger.i or t.pos_ not in ("PROPN", "NOUN"):
            continue
        if t.dep_ == "poss":
            owner_of = t.head
        elif t.dep_ == "pobj" and t.head.lower_ in ("of", "from", "by"):
            owner_of = t.head.head
        else:
            continue
        named = t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "PERSON", "ORG") or any(
            c.dep_ in ("poss", "compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP"))
            for c in t.children)
        if owner_of.lemma_.lower() in _DEMANDED and named:
            found.append(t)
    return found


def protest_targets(trigger: Any, clause: Any, countries: CountryNames, own: frozenset[str] = frozenset()) -> list[Any]:
    """Whom a protest is against when its clause says so in a purpose phrase: "to protest (against)
    X's decision", "in protest at X"; else the country it is in ("demonstrated in X") unless doers
    away from home are of another (``own``: their home countries; "Iranian exiles ... in London")."""
    found: list[Any] = []
    for t in clause.subtree:
        if t.lemma_.lower() != "protest" or t.i == trigger.i:
            continue
        objs = [c for c in t.children if c.dep_ == "dobj"]
        objs += [g for c in t.children if c.dep_ == "prep" and c.lower_ in _PROTESTED
                 for g in c.children if g.dep_ == "pobj"]
        for o in objs:
            owner = [c for c in o.children if c.dep_ == "poss"]
            found.extend(owner or [o])
    if found:
        return found
    found = _demanded_of(clause, trigger)
    if found:
        return found
    for o in protest_noun_objects(trigger, clause):  # "X protested; the protest was against Y's tax"
        owner = [c for c in o.children if c.dep_ == "poss"]
        found.extend(owner or [o])
    if found:
        return found
    found = protested_seats(clause)  # "protested outside the US embassy": the embassy's state
    if found:
        return found
    for c in clause.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for g in c.children:
                if g.dep_ == "pobj" and g.ent_type_ == "GPE" and (where := countries.of_text(g.text)) \
                        and not own - {where}:
                    return [g]
    return []


_AT_SEAT = frozenset({"outside", "at", "near", "before", "to"})


def protested_seats(v: Any) -> list[Any]:
    """The owners of the seats a protest is held at ("outside the US embassy", "in front of the
    Russian embassy": :func:`~.visits.seat_owners`); a seat of no owner named names no one."""
    seats = [g for p in v.children if p.dep_ == "prep" and p.lower_ in _AT_SEAT for g in p.children if g.dep_ == "pobj"]
    seats += [g for p in v.children if p.dep_ == "prep" and p.lower_ == "in" for f in p.children
              if f.dep_ == "pobj" and f.lower_ == "front" for g in preps_of(f, ("of",))]
    return [o for seat in seats for o in seat_owners(seat)]


# Acts of force, of easing force and aid land on a place: "lifted a curfew in X", "fired at targets
# in X", "an invasion of X", "airdropped food into X": with no one named, its country is the target (on the verb,
# force only; never for what sides do together, JOINT_TYPES: "X and Y signed a truce in Pretoria").
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "RETREAT", "CONCEDE", "MOBILIZE", "AID"})
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
JOINT_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "RETREAT", "CONCEDE"})  # what sides do together
_AT_PLACE_PREPS = frozenset({"in", "into", "inside"})
_VENUE_PREPS = frozenset({"in", "inside"})


def place_targets(head: Any, objects: Sequence[Any], noun: Any, countries: CountryNames) -> list[Any]:
    """Named places an act of force is done in: on the clause's verb, its objects, and one noun
    further ("fired at targets in X"); "of X" on a nominal trigger ("the invasion of X")."""
    seeds = [head] + [o for o in objects if o is not head]
    hosts: list[Any] = []
    for s in seeds:
        hosts.append(s)
        hosts.extend(c for c in s.children if c.dep_ in ("dobj", "pobj", "attr") and c.pos_ in ("NOUN", "PROPN"))
        hosts.extend(g for c in s.children if c.dep_ == "prep" and c.lower_ not in _AT_PLACE_PREPS
                     for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN")
    found: list[Any] = []
    for h in hosts:
        preps = _AT_PLACE_PREPS | ({"of"} if h.pos_ == "NOUN" or h is noun else frozenset())
        for g in preps_of(h, preps):
            named = named_place(g, countries)
            if named is not None and named not in found:
                found.append(named)
    return found


# An attack or a blockade on a place someone holds is aimed at the holders: "shelled rebel-held areas",
# "bombed villages controlled by the militia" (word class events.coding.recipient.holding_verbs).
HELD_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
HOLDING_VERBS = word_class("events.coding.recipient.holding_verbs")
_HOLDER_DEPS = frozenset({"npadvmod", "compound", "nmod", "nsubj"})


def _holders(place: Any) -> list[Any]:
    """Who holds a place by its own phrase: the first part of "X-held", "X-controlled" before it,
    the "by" agent of a holding participle after it ("villages controlled by X")."""
    found: list[Any] = []
    for c in place.children:
        if c.lemma_.lower() not in HOLDING_VERBS or c.pos_ != "VERB":
            continue
        if c.dep_ in ("amod", "compound") and c.i < place.i:
            found.extend(g for g in c.children if g.dep_ in _HOLDER_DEPS and g.i < c.i)
        elif c.dep_ == "acl" and c.i > place.i:
            found.extend(g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj")
    return found


def held_targets(head: Any, objects: Sequence[Any]) -> list[Any]:
    """Holders of the places an act is done to: the clause's objects and prepositional objects,
    and theirs one noun further ("an offensive on rebel-held towns"), each with the places its
    appositive names ("targeted several towns, particularly areas controlled by X")."""
    seeds = [head] + [o for o in objects if o is not head]
    places: list[Any] = []
    for s in seeds:
        places.append(s)
        kids = [c for c in s.children if c.dep_ in ("dobj", "pobj")]
        kids += [g for c in s.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        places.extend(k for k in kids if k.pos_ in ("NOUN", "PROPN"))
        places.extend(g for k in kids for c in k.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")
    # an appositive tells of its place, and one after the verb of the verb's object wherever the
    # parse hangs it ("targeted several places, particularly areas held by X", "areas" under the subject)
    appositives = [a for p in places for a in p.children if a.dep_ == "appos" and a.pos_ in ("NOUN", "PROPN")]
    places.extend(appositives + late_appositives(head))
    found: list[Any] = []
    for p in places:
        found.extend(h for h in _holders(p) if h not in found)
    return found


# Hostile and breaking acts name their other side in a "with"/"against" phrase on what they are
# about: "threatened to break off relations with X", "mobilised reservists for a war against X".
COUNTERPART_TYPES = frozenset({"THREATEN", "MOBILIZE", "SANCTION", "REJECT", "COERCE", "ASSAULT"})
_COUNTERPART_PREPS = frozenset({"with", "against"})


def counterpart_targets(head: Any, countries: CountryNames, depth: int = 3) -> list[Any]:
    """Country-named objects of "with"/"against" in the clause's nominal objects, a few steps down."""
    found: list[Any] = []
    frontier = [head]
    for _ in range(depth):
        nxt: list[Any] = []
        for t in frontier:
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in _COUNTERPART_PREPS:
                    for g in c.children:
                        named = named_place(g, countries) if g.dep_ == "pobj" else None
                        if named is not None and named not in found:
                            found.append(named)
                elif c.dep_ in ("dobj", "pobj", "xcomp", "prep", "attr") or (c.dep_ == "conj" and c.pos_ == "NOUN"):
                    nxt.append(c)
        frontier = nxt
    return found


def where_not_whom(tokens: Sequence[Any], head: Any, own: set[str | None], book: ActorBook,
                   visit: bool = False, force: bool = True) -> list[Any]:
    """``tokens`` (an act's recipient phrases) without the place it was done "in" where that place is
    no target: beside someone the act is done to, in its doers' own country (``own``; a city the
    places stage reads, too), or the venue of an act that is no use of ``force`` ("signed a ceasefire
    in Pretoria"). Force across a border that names no one ("struck targets in Lebanon") keeps it; a
    ``visit`` to a place of one's own country ("travelled to Lagos") visits no one. A news outlet
    the act is told "to" ("denied the claim to Reuters") is the channel, never its target."""
    preps = _AT_PLACE_PREPS | ({"to"} if visit else set())

    def where(t: Any) -> bool:  # a name the gazetteer knows as a place counts whatever NER's label
        if t.dep_ != "pobj" or t.head.lower_ not in preps:
            return False
        holder = t.head.head  # the act's own phrase, or a place's ("in the city of X in Y state")
        return (holder.i == head.i or holder.dep_ == "pobj" and where(holder)) and (  # "in Borno state" too
            place_text(t) is not None or book.countries.of_text(t.text) is not None
            or named_place(t, book.countries) is not None or named_by_place_noun(t))

    def told_to_outlet(t: Any) -> bool:
        if t.dep_ != "pobj" or t.head.lower_ != "to" or t.head.head.i != head.i:
            return False
        actor = book.get(book.resolve(t, add=False) or "")
        return actor is not None and actor.sector in _OUTLET_SECTORS

    def venue(t: Any) -> bool:  # where a truce was signed or talks held ("into" says where to, not where)
        return not force and not visit and where(t) and t.head.lower_ in _VENUE_PREPS
    someone = any(is_someone(t) for t in tokens if not where(t))
    return [t for t in tokens if not told_to_outlet(t) and not venue(t) and (not where(t) or not (
        someone or (book.countries.of_text(place_text(t) or "") or book.place_country(t)) in own - {None}))]


_OUTLET_SECTORS = frozenset({"JRN"})


# What each answer answers: a refusal or an admission answers a request or an accusation, an
# acceptance only a request ("accused X of rigging … X agreed to talks" answers no accusation).
ANSWERED = {"REJECT": frozenset({"REQUEST", "ACCUSE"}), "CONCEDE": frozenset({"REQUEST", "ACCUSE"}),
            "AGREE": frozenset({"REQUEST"})}
ANSWER_TYPES = frozenset(ANSWERED)
# How many sentences back an answer or a response ("in retaliation", "responded by ...") may reach.
ANSWER_WINDOW = 2
RESPONDING_VERBS = word_class("events.coding.recipient.responding_verbs")
RESPONSE_NOUNS = word_class("events.coding.recipient.response_nouns")


def _responds(doc: Any, ev: Event) -> bool:
    """Whether an event is told as a response: its verb is the "by" phrase of a verb of responding
    ("responded by imposing sanctions") or its clause says "in response", "in retaliation"."""
    t = token_at(doc, ev.trigger)
    if t is None:
        return False
    if t.dep_ == "pcomp" and t.head.lower_ == "by" and t.head.head.lemma_.lower() in RESPONDING_VERBS:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in RESPONSE_NOUNS for g in c.children)
               for c in t.children)


def answered_requests(events: Sequence[Event], doc: Any, book: ActorBook) -> list[Event]:
    """Give answers without a recipient the one they answer, told in the same sentence or in one
    of the :data:`ANSWER_WINDOW` before it, the nearest first:

    - a refusal or an acceptance answers whoever asked its actor ("The government asked Judge X to
      suspend the ruling. But he declined."), a denial or an admission whoever accused it;
    - a response ("In retaliation, Russia imposed sanctions") answers whoever last acted on its
      actor, or on its people when the actor is a state ("Britain expelled two Russian diplomats")."""
    starts = [s.start_char for s in doc.sents]

    def sent_of(at: int) -> int:
        return bisect.bisect_right(starts, at) - 1

    def at(e: Event) -> int:
        return e.trigger.start if e.trigger is not None else e.evidence.start

    def sides(ids: Sequence[str]) -> set[str]:
        return set(ids) | {c for c in map(book.country, ids) if c}

    def state_sides(ids: Sequence[str]) -> set[str]:  # a state answers for acts done to its people
        return set(ids) | {a.country for a in map(book.get, ids) if a is not None and a.kind == "country" and a.country}

    live = sorted((e for e in events if e.actor and "negation" not in e.aux), key=at)
    out: list[Event] = []
    for ev in events:
        if ev.recipient or not ev.actor or "negation" in ev.aux:
            out.append(ev)
            continue
        if ev.event in ANSWER_TYPES:
            before = [e for e in live if e.event in ANSWERED[ev.event] and set(e.recipient) & set(ev.actor)]
        elif _responds(doc, ev):
            before = [e for e in live if sides(e.recipient) & state_sides(ev.actor) and not set(e.actor) & set(ev.actor)]
        else:
            out.append(ev)
            continue
        here = sent_of(at(ev))
        answered = [e for e in before if at(e) < at(ev) and here - sent_of(at(e)) <= ANSWER_WINDOW]
        askers = tuple(a for a in answered[-1].actor if a not in ev.actor) if answered else ()
        out.append(dataclasses.replace(ev, recipient=askers, rule=f"{ev.rule}+answers") if askers else ev)
    return out


# Acts between partners: "X was the subject of talks", "X operates under an agreement" name a topic
# or a frame, not whom the act befalls.
_PARTNER_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})


def stated_answers(events: Sequence[Event], doc: Any, book: ActorBook) -> list[Event]:
    """Give acts with no recipient one their sentence names by grammar outside their objects: whom
    their own "in response to" phrase names as the maker of what they answer ("withdrew in response
    to a statement from X": X; :func:`~.targets.answered_party`), or, for an act noun, whom the
    clause it stands in says it befalls ("X became the subject of an investigation", "X faces
    charges", "X came under attack"; :func:`~.targets.befallen`); never the actor's own side."""
    out: list[Event] = []
    for ev in events:
        trig = token_at(doc, ev.trigger) if ev.trigger is not None else None
        if ev.recipient or "negation" in ev.aux or trig is None:
            out.append(ev)
            continue
        makers, rule = (answered_party(trig), "answered") if ev.actor else ([], "")
        if not makers and ev.event not in _PARTNER_TYPES:
            makers, rule = [bound_it(t) for t in befallen(trig)], "befallen"
        own = own_side(ev.actor, book.actors)
        # the subject of a clause is often a thing ("the plan became the target of criticism"): only
        # an actor the article already has is whom an act befalls
        found = tuple(r for r in participants(makers, book, add=rule == "answered", exclude=frozenset(ev.actor))
                      if r not in ev.actor and (a := book.get(r)) is not None and not own(a)) if makers else ()
        out.append(dataclasses.replace(ev, recipient=found, rule=f"{ev.rule}+{rule}") if found else ev)
    return out


# Types of acts a bare act noun may continue ("Requests have also come from X"); not protests,
# whose targets are often only their place ("protests in X") and whose nouns name new rallies.
CONTINUED_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"})


def continued_acts(events: Sequence[Event]) -> list[Event]:
    """Give an act noun with an actor and no recipient of its own ("Requests have also come from
    X") the recipient of the last earlier act of its type: the article is telling one act, and the
    noun names another maker of it. Verbs keep their own participants."""
    out: list[Event] = []
    for ev in events:
        if ev.recipient or not ev.actor or ev.event not in CONTINUED_TYPES or not (ev.rule or "").startswith("nominal:") \
                or "negation" in ev.aux:
            out.append(ev)
            continue
        before = [e for e in out if e.event == ev.event and e.recipient and e.evidence.start < ev.evidence.start
                  and "negation" not in e.aux]
        told = tuple(r for r in before[-1].recipient if r not in ev.actor) if before else ()
        out.append(dataclasses.replace(ev, recipient=told, rule=f"{ev.rule}+continued") if told else ev)
    return out


def default_recipients(events: Sequence[Event], doc: Any, book: ActorBook) -> list[Event]:
    """Give refusals and acceptances the one who asked (:func:`answered_requests`), and pledges,
    support and aid without a recipient the goal country of their context."""
    finder: TargetFinder | None = None
    out: list[Event] = []
    for ev in answered_requests(continued_acts(stated_answers(events, doc, book)), doc, book):
        if ev.event not in DEFAULT_TYPES or ev.recipient or not ev.actor:
            out.append(ev)
            continue
        finder = finder or TargetFinder(doc, book.countries)
        exclude = {c for c in (book.country(a) for a in ev.actor) if c}
        found = finder.target(ev.evidence.start, exclude)
        if found is None:
            out.append(ev)
            continue
        tok, rule = found
        aid = book.resolve(tok)
        if aid is None or aid in ev.actor or book.country(aid) in exclude:
            out.append(ev)
            continue
        out.append(dataclasses.replace(ev, recipient=(aid,), rule=f"{ev.rule}+{rule}"))
    return out


__all__ = ["HELD_TARGET_TYPES", "HOLDING_VERBS", "held_targets", "CONTINUED_TYPES", "stated_answers", "continued_acts", "ANSWERED", "ANSWER_TYPES", "ANSWER_WINDOW", "DEFAULT_TYPES", "RESPONDING_VERBS", "RESPONSE_NOUNS", "answered_requests", "MAIN_TARGET_WEIGHT", "COUNTERPART_TYPES", "PLACE_TARGET_TYPES", "counterpart_targets", "TargetFinder", "default_recipients",
           "place_targets", "protest_targets", "FORCE_TYPES", "JOINT_TYPES", "protested_seats", "where_not_whom"]
