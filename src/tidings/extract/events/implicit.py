"""Hidden doers the article names elsewhere.

- An agentless legal act: "Ruiz was arrested on Monday. Police said ..." is an arrest by the police.
  A passive arrest, charge, release or sentence with no "by" phrase (``data/legal_acts.csv`` lists
  the acts and the sectors that do them) is done by an authority: the speaker who reports it when
  that speaker is such an authority ("was charged, the sheriff's office said"), else the article's
  body of the first listed sector it names (an arrest is the police's before a court's), the
  nearest first; with neither, the event keeps no actor.
- An attack told without its doer ("the mayor was stabbed on stage", "a mass shooting killed 50")
  is done by whom the article holds responsible: the one arrested or charged for a violent act
  ("charged with murder", "arrested the attacker, X") or the one who claimed it ("X claimed
  responsibility"). An article that names no one leaves the attack without an actor.
- An attack told by its act noun as the subject ("A Russian missile strike killed 12") is done by
  whom the noun names: its possessor, "by" phrase, demonym or name (:func:`attackers_named_on`);
  one told by its weapon ("Velmar artillery pounded") by whom the weapon names (``weapons``).
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import Any, Sequence

from ...ontology import NONSTATE_CODES
from ...schema import Actor, Event, Quote
from ..common import data_rows, token_at, word_class
from .args import ActorBook
from .lexicon import Lexicon
from .candidate import ORDERING_VERBS, Candidate, carried_out_by, ordered_by, preps_of
from .claims import claimed_acts
from .nominals import HELD_BY_CONTEXT, entry_for_noun, named_on
from .weapons import wielders
from .reciprocal import other_side, sides_between
from .documents import document_issuers
from .doerless_measures import state_measures
from .reported import reported_speech_acts
from .roles import agentless_passive


@lru_cache(maxsize=1)
def legal_acts() -> dict[str, tuple[str, ...]]:
    """Each act's sectors, in the order of who does it (an arrest is the police's before a court's)."""
    return {r["lemma"]: tuple(r["sectors"].split()) for r in data_rows("legal_acts.csv")}


# Complements that name the act of their verb: "was found guilty" is a finding of guilt.
_ACT_COMPLEMENTS = frozenset({"oprd", "acomp", "ccomp", "xcomp"})


def _legal_act(tok: Any, acts: dict[str, tuple[str, ...]]) -> tuple[Any, str] | None:
    """(the verb, the legal act's lemma) of a trigger: its own lemma, or a complement that names the
    act ("found guilty"); None for other triggers."""
    if tok.lemma_.lower() in acts:
        return tok, tok.lemma_.lower()
    named = next((c for c in tok.children if c.dep_ in _ACT_COMPLEMENTS and c.lower_ in acts), None)
    return (tok, named.lower_) if named is not None else None


_BODIES = frozenset({"organization", "group", "country"})  # a person or an untyped name is no hidden authority


JUDGE_TITLES = word_class("events.coding.implicit.judge_titles")


def _judge_of(actor: Actor, sectors: tuple[str, ...]) -> bool:
    """Whether a person is the court of an act only a court does first (a sentence, a verdict): a
    judge the article names by the title sentences; no lawyer, and no person is the hidden police."""
    if actor.kind != "person" or sectors[0] != "JUD" or actor.sector != "JUD":
        return False
    return any(w.strip(".,").lower() in JUDGE_TITLES for m in actor.mentions for w in m.span.text.split())


# Prepositions that list those an act befell ("were arrested, including three police officers").
_AMONG = frozenset({"including", "among"})


def held_spans(verb: Any) -> list[tuple[int, int]]:
    """The character spans naming whom a passive act befell: its subject and its "including" phrase."""
    heads = [c for c in verb.children if c.dep_ == "nsubjpass" or (c.dep_ == "prep" and c.lower_ in _AMONG)]
    return [(h.left_edge.idx, h.right_edge.idx + len(h.right_edge.text)) for h in heads]


def _authority(ev: Event, sectors: tuple[str, ...], book: ActorBook, quotes: Sequence[Quote],
               held: Sequence[tuple[int, int]] = ()) -> str | None:
    """The speaker reporting the act when it is such an authority (of the justice sector, only a
    court or a judge), else the body of a state (or an international court) of the first listed sector the
    article names, the nearest first."""
    for q in quotes:
        if q.speaker and q.span.start <= ev.trigger.start < q.span.end:  # type: ignore[union-attr]
            speaker = book.get(q.speaker)
            if speaker is not None and speaker.sector in sectors and (
                    speaker.sector != "JUD" or speaker.kind in _BODIES or _judge_of(speaker, sectors)):
                return speaker.id  # a lawyer who speaks of a detention is no court that ordered it
    best: tuple[int, int, str] | None = None
    for a in book.actors:
        if a.sector not in sectors or not (a.kind in _BODIES or _judge_of(a, sectors)) or a.id in ev.recipient \
                or _one_member(a, book):
            continue
        if a.country in NONSTATE_CODES and a.sector != "JUD":
            continue  # police and governments arrest for a state: no EU, UN or other such body (a court may be international)
        rank = sectors.index(a.sector)
        for m in a.mentions:
            if any(s <= m.span.start and m.span.end <= e for s, e in held):
                continue  # "were arrested, including three police officers": they were held, not holding
            key = (rank, abs(m.span.start - ev.trigger.start), a.id)  # type: ignore[union-attr]
            if best is None or key < best:
                best = key
    return best[2] if best else None


def _one_member(actor: Actor, book: ActorBook) -> bool:
    """Whether an actor is only ever one member of a group, said with "a" or "an" ("a legal official",
    "an official": a person, no body that acts); a body named so ("a court") is still a body."""
    term = book.countries.kb.sector_term(actor.name.split()[-1].lower()) if actor.name else None
    return term is not None and term.kind in ("group", "title") and bool(actor.mentions) and all(
        m.kind == "nominal" and m.span.text.lower().startswith(("a ", "an ")) for m in actor.mentions)


def implicit_agents(doc: Any, events: list[Event], book: ActorBook, quotes: Sequence[Quote]) -> list[Event]:
    """The events with the authorities that did their agentless legal acts, the reporters of the
    speech acts joined to their reported clauses (:mod:`.reported`), the states of their
    agentless measures (:mod:`.doerless_measures`) and the issuers of the documents that speak
    (:mod:`.documents`)."""
    acts = legal_acts()
    out = []
    for ev in events:
        tok = token_at(doc, ev.trigger)
        if tok is not None and not ev.actor and (state := removing_state(tok, book)) is not None:
            out.append(dataclasses.replace(ev, actor=(state,), recipient=tuple(r for r in ev.recipient if r != state)))
            continue
        act = _legal_act(tok, acts) if tok is not None and not ev.actor else None
        if act is None or not agentless_passive(act[0]):
            out.append(ev)
            continue
        doer = _authority(ev, acts[act[1]], book, quotes, held_spans(act[0]))
        out.append(dataclasses.replace(ev, actor=(doer,)) if doer else ev)
    return document_issuers(doc, state_measures(doc, reported_speech_acts(doc, out, book), book), book)


REMOVAL_ACTS = word_class("events.coding.implicit.removal_acts")


def removing_state(tok: Any, book: ActorBook) -> str | None:
    """The actor of the state an agentless passive removal names with "from" ("were deported from
    Mongolia", "expelled from Burundi"): the state removes; a place that is no state names no one."""
    if tok.lemma_.lower() not in REMOVAL_ACTS or not agentless_passive(tok):
        return None
    for place in preps_of(tok, ("from",)):
        code = book.countries.of_text(" ".join(t.text for t in place.subtree)) if place.ent_type_ == "GPE" else None
        if code and code not in NONSTATE_CODES:
            return book.state(code, place)
    return None


# Who holds a violent act: the attacker nouns and the phrases of a claim ("claimed responsibility").
ATTACKER_NOUNS = word_class("events.coding.implicit.attacker_nouns")
CLAIM_VERBS = word_class("events.coding.implicit.claim_verbs")
CLAIM_OBJECTS = word_class("events.coding.implicit.claim_objects")
_HELD_FOR = frozenset({"COERCE", "ACCUSE", "SANCTION"})  # arrested, charged, convicted
_MAX_DOERS = 2


def _violent(tok: Any, lex: Lexicon) -> bool:
    lemma = tok.lemma_.lower()
    entry = lex.nouns.get(lemma)
    return (entry is not None and entry.event == "ASSAULT") or lemma in ATTACKER_NOUNS


def _held_for_violence(ev: Event, doc: Any, lex: Lexicon) -> bool:
    """Whether a legal act of the justice system (``data/legal_acts.csv``: arrested, charged,
    convicted; not a political accusation) is for a violent act ("charged with murder", "arrested
    the attacker"): its trigger's clause holds a noun of violence or of an attacker."""
    tok = token_at(doc, ev.trigger)
    if tok is None or tok.lemma_.lower() not in legal_acts():
        return False
    return any(_violent(t, lex) for t in tok.subtree if t.pos_ == "NOUN")


def _claimants(doc: Any, book: ActorBook, lex: Lexicon) -> list[str]:
    """Actors who claimed an act ("X claimed responsibility for the attack", "an attack claimed by
    X": :func:`.claims.claimed_acts`)."""
    out: list[str] = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in CLAIM_VERBS:
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_OBJECTS for c in tok.children):
            if not claimed_acts(tok, lambda t: _violent(t, lex)):
                continue
            subjects = subjects or [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        for subj in subjects:
            aid = book.resolve(subj, add=True)
            if aid and aid not in out:
                out.append(aid)
    return out


def attributed_attacks(doc: Any, events: list[Event], book: ActorBook, lex: Lexicon) -> list[Event]:
    """The events with the doers the article holds responsible given to its attacks without an actor."""
    if not any(ev.event == "ASSAULT" and not ev.actor for ev in events):
        return events
    doers = _claimants(doc, book, lex)
    for ev in events:
        if ev.event in _HELD_FOR and ev.recipient and _held_for_violence(ev, doc, lex):
            doers += [r for r in ev.recipient if r not in doers]
    if not doers:
        return events
    out = []
    for ev in events:
        if ev.event == "ASSAULT" and not ev.actor:
            held = tuple(d for d in doers if d not in ev.recipient)[:_MAX_DOERS]
            if held:
                ev = dataclasses.replace(ev, actor=held, rule=(ev.rule or "") + "+attributed")
        out.append(ev)
    return out


PROTESTER_NOUNS = word_class("events.coding.implicit.protester_nouns")


def attributed_protests(events: list[Event], book: ActorBook) -> list[Event]:
    """Protests told by a noun alone ("protests continue in the capital") given the article's
    protesters: the actors of its other protests, else the group it names by a protester noun
    ("demonstrators said ..."); dropped when the article names none."""
    held = [a for ev in events if ev.event == "PROTEST" and ev.actor for a in ev.actor]
    if not held:
        held = [a.id for a in book.actors if a.kind in ("group", "organization") and a.name
                and a.name.split()[-1].lower().rstrip("s") in PROTESTER_NOUNS]
    out = []
    for ev in events:
        if ev.event in HELD_BY_CONTEXT and not ev.actor and (ev.rule or "").startswith("nominal:"):
            doers = tuple(dict.fromkeys(d for d in held if d not in ev.recipient))[:_MAX_DOERS]
            if not doers:
                continue  # "protests in the capital" with no one named who protests: no event
            ev = dataclasses.replace(ev, actor=doers, rule=(ev.rule or "") + "+attributed")
        out.append(ev)
    return out


def orders_an_act(v: Any, lex: Lexicon) -> bool:
    """Whether a verb of ordering is a participle on an act noun with its orderer ("the airstrike
    ordered by the president"): who ordered the act, not a request of anyone (:func:`ordered_by`)."""
    return v.dep_ == "acl" and v.lemma_.lower() in ORDERING_VERBS and bool(preps_of(v, ("by",))) \
        and v.head.pos_ == "NOUN" and getattr(entry_for_noun(v.head, lex), "event", None) is not None


def attackers_named_on(actors: list[Any], lex: Lexicon) -> list[Any]:
    """An attack noun as the subject of a violent verb ("A Russian missile strike killed 12") stands
    for the doers it names: its possessor, its "by" phrase, a demonym or name on it, whoever ordered
    it or carried it out (:func:`ordered_by`, :func:`carried_out_by`); a weapon for
    its :func:`.weapons.wielders`; one naming no one stays (and so the event has no one)."""
    out: list[Any] = []
    for a in actors:
        entry = entry_for_noun(a, lex) if a.pos_ == "NOUN" else None
        if (entry is not None and entry.event in _STRIKING_ACTS) or (a.pos_ == "NOUN" and a.lemma_.lower() == "strike"):
            named = [c for c in a.children if c.dep_ == "poss"] + preps_of(a, ("by",)) + named_on(a) + ordered_by(a) \
                + carried_out_by(a)
            if named:
                out += [n for n in named if n not in out]
                continue
        if named := wielders(a) or sides_between(a):  # "Velmar artillery pounded", "fighting between A and B"
            out += [n for n in named if n not in out]
            continue
        out.append(a)
    return out


# Acts that strike at someone: an attack, and a measure that a verb of hitting tells ("US
# sanctions targeted Venezuela's oil company", "the new tariffs hit Chinese steel"): the measure's
# type, not an assault.
_STRIKING_ACTS = frozenset({"ASSAULT", "SANCTION", "COERCE"})
_AIMING = word_class("events.coding.implicit.aiming_verbs")  # "targeted", "hit": aimed, no harm to life said


def attack_roles(v: Any, cand: Candidate, lex: Lexicon) -> Candidate:
    """The candidate of a violent verb with its doers (:func:`attackers_named_on`) and the attacked,
    with the other side of a reciprocal act ("clashed with protesters": :func:`.reciprocal.other_side`);
    with a measure of no violence as the subject ("US sanctions targeted X"), of the measure's type."""
    measure = None if v.lemma_.lower() not in _AIMING else next(  # not "the crackdown killed 30": a killing
        (e for a in v.children if a.dep_ == "nsubj" and a.pos_ == "NOUN"
         and (e := entry_for_noun(a, lex)) is not None and e.event in _STRIKING_ACTS - {"ASSAULT"}), None)
    typed = {"event": measure.event, "mode": measure.mode, "rule": f"{cand.rule}_{measure.lemma}"} if measure else {}
    return dataclasses.replace(cand, actors=attackers_named_on(cand.actors, lex),
                               recipients=cand.recipients + [s for s in other_side(v) if s not in cand.recipients],
                               **typed)


__all__ = ["PROTESTER_NOUNS", "attack_roles", "orders_an_act", "attackers_named_on", "attributed_attacks", "attributed_protests", "implicit_agents", "legal_acts"]
