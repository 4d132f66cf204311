"""Verdicts on an act already reported are against whoever did it.

"Ostrian troops shelled Rask. Kestria condemned the attack": the condemnation's recipient is the
attack's actor. A judging event (ACCUSE, SUPPORT, REJECT) without a recipient whose object is an
event noun ("the attack", "the shooting") or a noun that only points back at an act ("the move",
``data/act_nouns.csv``) takes the actors of the nearest earlier event of that noun's type (any
material act for a pointing noun), never its own actors.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from ...ontology import quad_of
from ...schema import Actor, Event
from ..common import actor_at, by_agents, gerund_stems, word_class
from .act_owners import act_owners_of
from .appeals import done_to_possessor, possessors
from .args import is_participant_like
from .candidate import antecedent, preps_of
from .concern import CONCERN_ABOUT, CONCERN_NOUNS, FELT
from .constructions import APPROVAL
from .denials import claim_makers, is_claim
from .lexicon import Lexicon, act_nouns, decision_nouns
from .nominals import entry_for_noun, idiom_of_noun, strike_type
from .targets import elicitors

JUDGING = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
# a protest of an act ("protested the arrest of the journalists") is, like a verdict, against its doer
ON_ACTS = JUDGING | {"PROTEST"}
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
_OBJECT_PREPS = frozenset({"against", "of", "over", "about", "for"})


# The rule suffix of an agreement coded as the concession agreed ("agreed to a truce": :mod:`.concessions`)
AGREED_CONCESSION = "+concession"


def agreed_as(ev: Event, kind: str) -> bool:
    """Whether an event is an agreement of another type, judged as an agreement ("criticised the agreement")."""
    return kind == "AGREE" and AGREED_CONCESSION[1:] in (ev.rule or "").split("+")


def act_kind(tok: Any, lex: Lexicon) -> str | None:
    """The event type of the act a noun names ("offensive": ASSAULT), "act" for an act of no type
    ("the move", an entry of no event), None for a noun that names no act."""
    lemma = tok.lemma_.lower()
    if (idiom := idiom_of_noun(tok, lex)) is not None:  # "the end of the siege": its verb's idiom
        return idiom[0].event
    for g in preps_of(tok, ("of",)):  # "an exchange of fire": a noun that is its verb's own form
        if (e := lex.idiom(lemma, g.lemma_.lower())) is not None and e.event:
            return e.event
    entry = entry_for_noun(tok, lex)
    if entry is not None and entry.mode == "strike":  # a walkout or an attack ("a drone strike")
        return strike_type(tok)[0]
    if entry is not None:
        return entry.event or "act"
    return "act" if lemma in act_nouns() else None


def _judged_nouns(trigger: Any) -> list[Any]:
    """The nouns a judging trigger judges: its object or passive subject ("condemned the attack";
    through a relative pronoun, the noun its clause is on: "the attack, which was condemned by X"),
    the object of its "against"/"of"/… phrase, and what drew it ("the arrests drew condemnation")."""
    objects = [antecedent(c) for c in trigger.children if c.dep_ in _OBJECT_DEPS] + elicitors(trigger)
    out = [c for c in objects if c.pos_ == "NOUN"]
    out += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS
            for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    out += [g for o in objects if o.lemma_.lower() in CONCERN_NOUNS  # "expressed concern over the arrests"
            for g in preps_of(o, CONCERN_ABOUT) if g.pos_ == "NOUN"]
    if {trigger.lower_, trigger.lemma_.lower()} & FELT:  # "was alarmed by the arrests"
        out += [g for g in preps_of(trigger, ("by",)) if g.pos_ == "NOUN"]
    if not objects and trigger.dep_ == "relcl" and is_claim(trigger.head):
        out.append(trigger.head)  # "..., a charge Moscow denied": the claim the clause is on
    if not objects and trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.pos_ == "NOUN":
        out.append(trigger.head)  # "The move, hailed by activists as a victory, ...": the noun the participle is on
    return out


# Pronouns that, judged, stand for an act told before ("condemned it", "welcomed this"); not when
# rejected or denied: "we will reject it" is a bill or a claim, no act.
ACT_PRONOUNS = word_class("events.coding.anaphora.act_pronouns")
VERDICTS_ON_PRONOUNS = ON_ACTS - {"REJECT"}
_ANTECEDENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj"})


def _pointed_acts(trigger: Any, lex: Lexicon) -> list[Any]:
    """What a neuter pronoun a trigger judges stands for: the nearest act noun before it in its own
    or the previous sentence that is a participant of its clause ("confirmed the launch, and X
    condemned it": the launch), else the pronoun itself, an act of any kind as "the move" is."""
    out = []
    own = {k.i for k in trigger.subtree}
    for pron in (c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "PRON" and c.lower_ in ACT_PRONOUNS):
        start = pron.sent.start
        start = pron.doc[start - 1].sent.start if start > 0 else 0  # its own sentence or the one before
        nouns = [t for t in pron.doc[start:pron.i] if t.pos_ == "NOUN" and t.dep_ in _ANTECEDENT_DEPS
                 and t.i not in own and _act_type(t, lex)[0] and not is_participant_like(t)]
        out.append(nouns[-1] if nouns else pron)
    return out


def _with_outcomes(nouns: list[Any], lex: Lexicon) -> list[Any]:
    """The judged nouns, each followed by the act it came "of" when it is no act itself ("denounced
    the conclusions of the summit": the summit's makers are judged)."""
    out = []
    for n in nouns:
        out.append(n)
        if not _act_type(n, lex)[0] and not is_participant_like(n):
            out += [g for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and _act_type(g, lex)[0]]
    return out


def _act_type(noun: Any, lex: Lexicon) -> tuple[bool, str | None]:
    """(refers to an act, its event type or None for any material act). A strike its words leave
    open ("condemned the strikes": no weapon, no workforce, no target) is any material act."""
    lemma = noun.lemma_.lower()
    if noun.pos_ == "PRON":  # a pronoun judged that no act noun before it names (:func:`_pointed_acts`)
        return noun.lower_ in ACT_PRONOUNS, None
    entry = lex.nouns.get(lemma)
    if entry is not None and entry.event == "PROTEST" and entry.mode == "strike":
        decided = any(c.dep_ in ("compound", "amod", "nmod", "poss", "prep") for c in noun.children)
        return True, strike_type(noun)[0] if decided else None
    if entry is not None and entry.event:
        return True, entry.event
    return lemma in act_nouns(), None


def points_at_an_act(trigger: Any, lex: Lexicon, own_type: str | None = None) -> bool:
    """Whether a judging trigger's object is an act ("condemned the attack", "called the move a
    disgrace"): its doer, found or not by :func:`doers_of_judged_acts`, is whom the judgement is on.
    A noun of the judgement's own type (``own_type``: "made a complaint") names the judgement itself."""
    return any(is_act and not is_participant_like(n) and (kind is None or kind != own_type)
               for n in _with_outcomes(_judged_nouns(trigger), lex) for is_act, kind in [_act_type(n, lex)])


GATHERING_TYPES = frozenset({"CONSULT"})


def earlier_doer(events: Sequence[Event], before: int, kind: str | None, judge: Sequence[str],
          country_of: Callable[[str], str | None], state_judge: bool = True,
          unrealised: Callable[[Event], bool] = lambda _ev: False, first: bool = False,
          decided: bool = False) -> tuple[str, ...]:
    """Actors of the nearest earlier act of ``kind`` (with ``first``, of the article's first; with no
    kind, any material act, or with ``decided`` any act decided: :data:`DECIDED`) that are
    neither the judge nor, when the judge
    speaks for a state, of its countries (an opposition leader may judge their own government).
    An act only aimed at or planned (``unrealised``) is no act to judge: it is passed over. A
    meeting judged ("the conclusions of the summit") is everyone's who met before, unless the
    judge took part."""
    own = _own(judge, country_of, state_judge)
    if kind in GATHERING_TYPES:  # a meeting is reported piece by piece: all who met before took part
        met = [a for e in events if e.evidence.start <= before and e.event == kind and "negation" not in e.aux
               and not {"future", "hypothetical"} & set(e.aux) for a in e.actor + e.recipient]  # "met to discuss"
        doers = tuple(dict.fromkeys(a for a in met if a not in own and country_of(a) not in own))
        return () if set(met) & set(judge) else doers
    for ev in sorted((e for e in events if e.evidence.start <= before), key=lambda e: e.evidence.start * (1 if first else -1)):
        if "negation" in ev.aux or not ((kind is not None and (ev.event == kind or agreed_as(ev, kind)))
                                        or (kind is None and _any_act(ev.event, decided))):
            continue
        if unrealised(ev) and not _promise_made(ev, kind):
            continue
        doers = tuple(a for a in ev.actor if a not in own and country_of(a) not in own)
        if doers and not set(ev.actor) & set(judge):
            return doers
    return ()


PROMISES = frozenset({"AGREE", "CONCEDE", "THREATEN"})  # what they promise lies ahead; the promise is made


def _promise_made(ev: Event, kind: str | None) -> bool:
    """Whether a future event is a promise made, judged as one ("offered talks ... rejected the offer")."""
    return kind == ev.event and kind in PROMISES and "hypothetical" not in ev.aux


# The acts a decision noun points back at ("welcomed the decision"): no attack, no protest.
DECIDED = frozenset(w.upper() for w in word_class("events.coding.anaphora.decided_acts"))


def _any_act(event: str, decided: bool) -> bool:
    """Whether an act of type ``event`` is one a noun of no kind points back at: a material act
    ("the move"), or with ``decided`` an act someone decided ("the decision")."""
    return event in DECIDED if decided else quad_of(event) in (2, 4)


def _own(judge: Sequence[str], country_of: Callable[[str], str | None], state_judge: bool) -> set[str]:
    return set(judge) | ({c for c in map(country_of, judge) if c} if state_judge else set())


def _reached_doer(doc: Any, events: Sequence[Event], before: int, kind: str | None, judge: Sequence[str],
                  country_of: Callable[[str], str | None], state_judge: bool,
                  unrealised: Callable[[Event], bool], decided: bool = False) -> tuple[str, ...]:
    """The doers of the act an act noun judged at ``before`` names (:func:`earlier_doer`): the nearest
    of its kind in its own sentence or the one before; further back, for a material act, the first
    the article tells, its news, not an act someone's account mentions on the way ("the strikes were
    retaliation for Ukrainian attacks ... condemned the attacks": the strikes). Statements are
    reported piece by piece: "dismissed the criticism" is the nearest criticism's, however far."""
    if kind in GATHERING_TYPES or kind is None or quad_of(kind) not in (2, 4):
        return earlier_doer(events, before, kind, judge, country_of, state_judge, unrealised, decided=decided)
    sents = [s for s in doc.sents if s.start_char <= before]
    reach = sents[-2].start_char if len(sents) > 1 else 0
    nearby = [e for e in events if e.evidence.start >= reach]
    return (earlier_doer(nearby, before, kind, judge, country_of, state_judge, unrealised)
            or earlier_doer(events, before, kind, judge, country_of, state_judge, unrealised, first=True))


def lead_doer(events: Sequence[Event], before: int, judge: Sequence[str],
               country_of: Callable[[str], str | None], state_judge: bool = True,
               material: bool = False, decided: bool = False) -> tuple[str, ...]:
    """The doers of the act the article reports first (its news), when a pointing noun ("the move")
    has no material act before it: a pledge or decision announced is what "the move" names. With
    ``material`` (a strike its words leave open), only a material act of conflict is; with
    ``decided`` (a decision), only an act someone decided. None when that act is the judge's own."""
    first = next((e for e in sorted(events, key=lambda e: e.evidence.start)
                  if e.evidence.start <= before and e.actor and e.event not in JUDGING and "negation" not in e.aux
                  and (not material or quad_of(e.event) == 4) and (not decided or e.event in DECIDED)),
                 None)
    if first is None or set(first.actor) & set(judge):
        return ()
    own = _own(judge, country_of, state_judge)
    return tuple(a for a in first.actor if a not in own and country_of(a) not in own)


def _named_before(noun: Any, actors: Sequence[Actor], judge: Sequence[str]) -> tuple[str, ...]:
    """The doer an earlier mention of the same act noun named ("a move by Tovey ... called the move a
    disgrace"): a definite noun names that act again. The nearest such mention decides; none when
    its doer is the judge."""
    lemma = noun.lemma_.lower()
    for t in reversed(noun.doc[:noun.i]):
        if t.pos_ != "NOUN" or t.lemma_.lower() != lemma:
            continue
        hits = [actor_at(actors, d.idx, d.idx + len(d.text)) for d in _own_doers(t) if d.pos_ != "PRON"]
        hits = [h for h in hits if h is not None]
        if hits:
            return () if any(h.id in judge for h in hits) else (hits[0].id,)
        # a joint act names its parties together: "the agreement between Dolmen and Rask"
        parties = [actor_at(actors, d.idx, d.idx + len(d.text)) for d in _parties(t)]
        parties = [h for h in parties if h is not None]
        if len(parties) > 1:
            return () if any(h.id in judge for h in parties) else tuple(dict.fromkeys(h.id for h in parties))
    return ()


def _parties(noun: Any) -> list[Any]:
    """The names of a "between" phrase of an act noun and their conjuncts ("between X and Y")."""
    heads = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "between" for g in c.children
             if g.dep_ == "pobj"]
    return [t for h in heads for t in (h, *h.conjuncts) if t.pos_ == "PROPN" or is_participant_like(t)]


SUSPECT_SECTORS = frozenset({"CRM"})


def _suspect(events: Sequence[Event], before: int, kind: str | None, actors: Sequence[Actor],
             judge: Sequence[str]) -> tuple[str, ...]:
    """The one suspect of an act told without its doer ("the mayor was stabbed ... police detained
    a suspect"): when the nearest earlier act of a violent ``kind`` has no actor, the article's one
    actor of a criminal sector (the suspect, the attacker) did it. None when there are several."""
    if kind is None or quad_of(kind) != 4:
        return ()
    act = next((e for e in sorted(events, key=lambda e: -e.evidence.start)
                if e.evidence.start <= before and e.event == kind and "negation" not in e.aux), None)
    if act is None or act.actor:
        return ()
    suspects = [a.id for a in actors if a.sector in SUSPECT_SECTORS and a.id not in judge]
    return tuple(suspects) if len(suspects) == 1 else ()


def _own_doers(noun: Any) -> list[Any]:
    """The doers an act noun's own phrase names: its possessor and "of" phrase (unless the act was
    done to them: "the arrest of X") and its "by" phrase ("a move by Tovey", "the sentence of the
    court")."""
    of = [] if done_to_possessor(noun) else [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj" and (g.pos_ == "PROPN" or is_participant_like(g))]
    return possessors(noun) + of + [g for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                                    for g in c.children if g.dep_ == "pobj"]


def unrealised_act(doc: Any) -> Callable[[Event], bool]:
    """Whether an event is an act only aimed at or foreseen: an infinitive of purpose or intent
    ("came to Vella to fight the rebels"), or one flagged future or hypothetical."""
    def test(ev: Event) -> bool:
        if {"future", "hypothetical"} & set(ev.aux):
            return True
        span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand") if ev.trigger else None
        root = span.root if span is not None else None
        return root is not None and root.tag_ == "VB" and any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in root.children)
    return test


STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})
# Sectors of people who hold no office and play no political part: their state may judge their acts
# (wider than the word class ``private_sectors`` of the relevance gate, which is bodies only).
UNOFFICIAL_SECTORS = frozenset({"UAF", "CRM", "CVL", "AGR", "BUS", "EDU", "JRN", "LAB", "MED", "REF", "REL", "SOC"})
# the opposition, former office holders and rebels speak and act for no state, whatever their country
_OUT_OF_OFFICE = frozenset({"OPP", "ELI", "REB"})


def speaks_for_a_state(judge: Sequence[str], actors: Sequence[Actor]) -> bool:
    """Whether a judge is a state or one of its organs (or unknown: then assume it is)."""
    found = [a for a in actors if a.id in judge]
    return not found or any(a.kind == "country" or a.sector in STATE_SECTORS for a in found)


def state_country(country_of: Callable[[str], str | None],
                  actors: Sequence[Actor]) -> Callable[[str], str | None]:
    """``country_of`` for the actors that may act for their state: none for one of a private
    sector (a gunman, protesters, a company), whom its own state does judge ("police condemned the
    attack" of a local gunman), nor for rebels, the opposition or a former office holder ("the minister
    denied the accusation" of the opposition leader, of the former president). An office, a party,
    a politician or an unknown sector may be the state's."""
    private = {a.id for a in actors if a.kind != "country" and a.sector in UNOFFICIAL_SECTORS | _OUT_OF_OFFICE}
    return lambda aid: None if aid in private else country_of(aid)


def _namesakes(judge: Sequence[str], actors: Sequence[Actor]) -> tuple[str, ...]:
    """The judge's ids with those of the actors of the same name: before the linker merges them, one
    entity may be proposed twice ("Ostria and Kestria met ... Ostria denounced")."""
    names = {a.name for a in actors if a.id in judge}
    return tuple(judge) + tuple(a.id for a in actors if a.name in names and a.id not in judge)


def _possessor_doer(noun: Any, actors: Sequence[Actor], judge: Sequence[str]) -> tuple[str, ...]:
    """The actor whose act the noun names by its possessor ("Quell's endorsement"), unless the act
    is done to the possessor or the possessor is the judge."""
    for owner in possessors(noun):
        hit = actor_at(actors, owner.idx, owner.idx + len(owner.text))
        if hit is not None and hit.id not in judge:
            return (hit.id,)
    return ()


def doers_of_judged_acts(doc: Any, events: list[Event], lex: Lexicon,
                         country_of: Callable[[str], str | None] = lambda _aid: None,
                         actors: Sequence[Actor] = ()) -> list[Event]:
    """The events with the recipients their judged acts give them; an act of the judge's own
    country is not taken (a state defending its army's attack is not judging another)."""
    out = []
    unrealised = unrealised_act(doc)
    country_of = state_country(country_of, actors)
    for ev in events:
        if ev.event not in ON_ACTS or ev.recipient or ev.trigger is None:
            out.append(ev)
            continue
        span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        found: tuple[str, ...] = ()
        pointed = _pointed_acts(span.root, lex) if span is not None and ev.event in VERDICTS_ON_PRONOUNS else []
        for noun in _with_outcomes(_judged_nouns(span.root), lex) + pointed if span is not None else []:
            is_act, kind = _act_type(noun, lex)
            if (told := _named_back(noun, doc, events)) is not None:  # "charged 47 activists ... The charges drew
                is_act, kind = True, told  # condemnation", "police raided X ... condemned the raid": that act, as coded
            elif not is_act and ev.event == "REJECT" and _claim_told(noun):
                is_act, kind = True, "ACCUSE"  # "accused X of spying ... X denied the claims": that accusation
            # "thanked supporters": people, not an act; "joined the protest": the protest itself
            is_act = is_act and not is_participant_like(noun) and not (kind == ev.event == "PROTEST")
            claimed = ev.trigger.start <= noun.idx < ev.trigger.end  # "questioned Bakr's authority": the idiom's own noun
            if (is_act or claimed) and (found := _possessor_doer(noun, actors, ev.actor)):
                break
            # the idiom's own noun ("filed lawsuits") is the act itself, not an act it judges: it takes
            # no doer from the discourse (the addressees' guess, marked as such, is left to :mod:`.addressee`)
            if is_act and not (claimed and kind == ev.event) and not names_its_owner(noun):
                before = ev.evidence.start if ev.trigger.start > noun.idx else noun.idx
                state = speaks_for_a_state(ev.actor, actors)
                judge = _namesakes(ev.actor, actors)
                open_strike = (entry := lex.nouns.get(noun.lemma_.lower())) is not None and entry.mode == "strike"
                decided = kind is None and noun.lemma_.lower() in decision_nouns()  # "the decision": no blow
                found = (_named_before(noun, actors, judge)
                         or _reached_doer(doc, events, before, kind, judge, country_of, state, unrealised, decided)
                         or (lead_doer(events, before, judge, country_of, state, material=open_strike, decided=decided)
                             if kind is None else ())
                         or _suspect(events, before, kind, actors, judge))
                if found:
                    break
        out.append(dataclasses.replace(ev, recipient=found) if found else ev)
    return out


def _claim_told(noun: Any) -> bool:
    """Whether a claim noun points back at a claim told before ("denied the claims", "these
    allegations"): "the", "these" or "such", or set off after the clause that tells it ("accused X
    of Y, a charge Moscow denied"), and no maker of its own ("Kyiv's claims")."""
    return is_claim(noun) and (noun.dep_ in ("appos", "npadvmod") or any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "such") for c in noun.children)) and not claim_makers(noun)


def _named_back(noun: Any, doc: Any, events: Sequence[Event]) -> str | None:
    """The type of the earlier event a noun names back by its verb's own word ("charged 47 activists
    ... the charges", "stormed the embassy ... the storming", "beat students ... the beatings"): an
    event before it whose trigger is a verb of the noun's lemma, or of the stem of its "-ing"; else None."""
    lemma = noun.lemma_.lower()
    stems = {lemma, *(gerund_stems(lemma) if lemma.endswith("ing") and len(lemma) > 5 else ())}
    for ev in sorted((e for e in events if e.trigger is not None and e.trigger.end <= noun.idx), key=lambda e: -e.trigger.start):
        span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        if span is not None and span.root.pos_ == "VERB" and span.root.lemma_.lower() in stems:
            return ev.event
    return None


_OWNER_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC"})


_FORCE = ("ASSAULT", "COERCE")
ACT_TOLD = "+act_told"  # the rule suffix of an act told again through "the attack" it was done in


def told_in_act(ev: Event) -> bool:
    """Whether an event is an act told again through "the attack" it was done in (``ACT_TOLD``)."""
    return ACT_TOLD[1:] in (ev.rule or "").split("+")


_POINTING = frozenset({"the", "this", "that"})


def doers_of_acts_told(doc: Any, events: list[Event], lex: Lexicon) -> list[Event]:
    """Acts of force with no actor, done in, during or by an act the article told before ("Gunmen
    attacked a police station ... Two officers were killed in the attack", "The attack killed two"):
    a definite act noun of force that names no owner of its own points back to the nearest earlier
    act of its kind, whose doers did this too: the same act told again (rule suffix ``ACT_TOLD``, which
    :func:`.merging.merge_events` folds into it). An indefinite one ("killed in an attack") is new."""
    out = []
    for ev in events:
        span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand") \
            if not ev.actor and ev.event in _FORCE and ev.trigger is not None else None
        found: tuple[str, ...] = ()
        if span is not None:
            v = span.root
            for n in preps_of(v, ("in", "during", "by")) + [c for c in v.children if c.dep_ == "nsubj"]:
                if n.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in _POINTING for c in n.children) \
                        and not act_owners_of(n, lambda t: act_kind(t, lex)) and (kind := act_kind(n, lex)) in _FORCE:
                    found = earlier_doer(events, ev.evidence.start, kind, (), lambda _aid: None, False)
                    break
        out.append(dataclasses.replace(ev, actor=found, recipient=tuple(r for r in ev.recipient if r not in found),
                                       rule=(ev.rule or "") + ACT_TOLD) if found else ev)
    return out


JUDGING_PARTICIPLES = word_class("events.coding.anaphora.judging_participles")


def act_judged_by(trigger: Any) -> bool:
    """Whether a trigger is a participle of stance (word class ``events.coding.anaphora.judging_participles``)
    with its own "by" agent on an act noun ("a move praised by the EU", "the decision, welcomed by
    X"; the act nouns of ``data/act_nouns.csv``): the agent's stance on that act, the act noun its
    object. Not a participle of making ("a decree signed by X")."""
    noun = trigger.head
    return trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.lemma_.lower() in JUDGING_PARTICIPLES \
        and bool(by_agents(trigger)) and noun.pos_ == "NOUN" and noun.lemma_.lower() in act_nouns()


def remark_on_act(trigger: Any) -> bool:
    """Whether a trigger is :func:`act_judged_by` on an act noun set beside the clause before it
    ("..., a move praised by the EU"): a remark on that act, not what the act contains. A
    participle that tells the act itself ("a deal brokered by X") has that form too: the caller
    keeps those of remarking types."""
    noun = trigger.head
    return act_judged_by(trigger) and noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text in (",", "-", "—")


def names_its_owner(noun: Any) -> bool:
    """Whether an act's own phrase says whose it is: a possessor ("Ostria's ban"), or a name or
    demonym on it ("a Nevada law", "the Bavarian ban"). Such an act takes no doer from the
    discourse: when its owner is no actor, the act is aimed at no one the article names."""
    return any(c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and c.ent_type_ in _OWNER_LABELS)
               for c in noun.children)


def _patients(noun: Any) -> list[Any]:
    """Whom an act done to someone was done to: its "of" phrase, else its possessor ("Quell's
    arrest"; "Ostria's arrest of Quell": Quell, not Ostria, had it done)."""
    return preps_of(noun, ("of",)) or [c for c in noun.children if c.dep_ == "poss"]


def without_patient_owners(doc: Any, events: list[Event], lex: Lexicon, actors: Sequence[Actor]) -> list[Event]:
    """The events with no judging event against the one an act was done to: "condemned Quell's
    arrest", "the assassination of Quell" are not against Quell (word class ``patient_possessor``);
    approving "the nomination of Quell" (rule family ``APPROVAL``) supports Quell, the seeker."""
    out = []
    for ev in events:
        span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand") if ev.event in ON_ACTS \
            and ev.recipient and ev.trigger is not None and not (ev.rule or "").startswith(APPROVAL) else None
        patients: set[str] = set()
        for noun in _with_outcomes(_judged_nouns(span.root), lex) if span is not None else []:
            if not done_to_possessor(noun):
                continue
            for owner in _patients(noun):
                hit = actor_at(actors, owner.idx, owner.idx + len(owner.text))
                if hit is not None:
                    patients.add(hit.id)
        kept = tuple(r for r in ev.recipient if r not in patients)
        out.append(dataclasses.replace(ev, recipient=kept) if kept != ev.recipient else ev)
    return out


__all__ = ["JUDGING", "points_at_an_act", "act_nouns", "doers_of_judged_acts", "doers_of_acts_told", "ACT_TOLD", "told_in_act", "act_kind", "agreed_as", "AGREED_CONCESSION", "state_country", "earlier_doer", "lead_doer", "speaks_for_a_state",
           "unrealised_act", "without_patient_owners", "remark_on_act", "act_judged_by"]
