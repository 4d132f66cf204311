"""Event triggers on the dependency parse: verbs, phrasal verbs, idioms, light verbs, frames, nouns.

Each finder yields :class:`Candidate` records that still point at spaCy tokens; roles are
given as head tokens (subjects, objects, prepositional targets), mapped to actors later.
"""

from __future__ import annotations

from typing import Any, Iterator

from ..common import is_infinitive, word_class
from .anaphora import act_judged_by, act_kind, act_nouns
from .appealed import appeal_of, ready_for_act
from .protest_demands import protest_demand
from .appeals import addressing, done_to_possessor, addresses, for_clause, is_verbal_attack, passive_givers, sought_from
from .args import is_participant_like
from .phrases import is_someone
from .walkouts import REFUSED_MEETING, left_meeting
from .endings import ended_act
from .dismissals import done_to_person
from .roles import agentless_passive, descriptive_participle, object_predicates, small_clause_subjects
from .candidate import Candidate, content_of, displaced_infinitive, finite_conjuncts, gerund_aim, resumed_infinitive, subject_of
from .candidate import complement_after, has_object, objects_of as _objects, particle_of, permitted_ones, preps_of as _preps
from .modality import is_condition
from .visits import envoys_sender
from .placing import placed_role
from .threats import retaliation
from .concern import felt_displeasure
from .constructions import (condition_inside, construction_event, headline_verb, leave_order, own_envoys, talked_over, called_to_talk,
                            instrument_attack, restraint_order, weapon_mode)
from .act_owners import acts_in_passive
from .objects import (welcomes_a_thing, agrees_with_view, has_frame_complement, asked_for, blameless_cause, control_of_no_place, done_to_in_frame, grants_asking,
                      fits_what_it_acts_on, meeting_had, ordered_act, pact_in_name, peacekeepers_involved,
                      promised_purpose, withdraws_support)
from .demands import speech_demand
from .transfers import laid_on, lodged_against, taken_from, to_inside_object
from .measures import agreed_measure, conceded_act, lifted_for, signed_for_later, cooperation_cut, decided_measure, lifted_restriction, mere_intention, order_candidate, police_entry, promised_act, reported_attempt
from .lexicon import LIGHT_VERBS, SPEECH_VERBS, Entry, Lexicon, frame_event
from .nominals import measured_act, recipient_preps, entry_for_noun, held_jointly, idiom_of_noun, looked_into, strike_type
from .denials import either_way, is_claim, rejected_as, says_false, withheld_word
from .implicit import attack_roles, orders_an_act
from .judgement import VERDICT_TO, judged_to, judgement, verdict_predicate
from .undergone import overcomes_armed

TARGET_PREPS = frozenset({"against", "with", "to", "on", "at", "into", "toward", "towards", "upon", "between", "from", "over", "for"})
# Verbs that signal an event only with an object: "ended the talks", not "the war ended".
_NEEDS_OBJECT = word_class("events.coding.detect.needs_object")
_NOT_TARGETS = word_class("events.coding.detect.not_targets")
_NON_MATERIAL = word_class("events.coding.detect.non_material")
_NOT_VICTIMS = word_class("events.coding.detect.not_victims")
_WILLING = word_class("events.coding.detect.willing")
# "unwilling to release": a refusal of the act it frames (a denied readiness is one too: coding._refused)
_UNWILLING = word_class("events.coding.detect.unwilling")
_TERMINATORS = word_class("events.coding.detect.terminators")
_BROKEN_OFF = frozenset({"CONSULT", "COOPERATE", "AID", "AGREE"})
# Subjects whose striking is a labour strike ("unions strike", "nurses strike over pay").
_WORKFORCE = word_class("events.coding.detect.workforce")
_ARRIVING = word_class("events.coding.detect.arriving")
# Verbs whose "as" phrase passes a verdict ("dismissed the report as propaganda"): criticism.
_VERDICT_AS = word_class("events.coding.detect.verdict_as")
# Verbs of hosting: the guest is the actor of the meeting, the host its recipient.
_HOSTING = word_class("events.coding.detect.hosting")
# Verbs that put a demand before someone ("laid its demands before the council"): "before" names the recipient.
_PRESENTING = word_class("events.coding.detect.presenting_verbs")
# Gatherings of many: attending one is a multilateral meeting, with whom it names "with" it.
_GATHERINGS = word_class("events.coding.detect.gatherings")
# Phrase nouns of idioms whose agentless passive tells a state, not an act ("was held in contempt in 2010").
_STATUS_PHRASES = word_class("events.coding.detect.status_phrases")
# Nouns of asking ("a plea", "an appeal"): what their infinitive names is asked for, not done by the asker.
_ASKING_NOUNS = word_class("events.coding.detect.asking_nouns")


def inner_type(v: Any, lex: Lexicon) -> str | None:
    """The event type a verb (or its object noun) names, without arguments: for frames."""
    ended = ended_act(v, lex)
    if ended is not None and ended[0] is not None:  # "agreed to end their attacks": the end of an attack
        return ended[0].event
    if (lifted := lifted_restriction(v, _objects(v))) is not None:  # "agreed to end the blockade": no blockade
        return lifted
    prt = particle_of(v)
    if prt and (v.lemma_.lower(), prt) in lex.phrasal:
        return lex.phrasal[(v.lemma_.lower(), prt)].event
    for o in _objects(v):
        e = lex.idiom(v.lemma_.lower(), o.lemma_.lower())
        if e:
            return e.event
        if v.lemma_.lower() in LIGHT_VERBS:  # "to renew their campaign of attacks": the act measured out
            ne = entry_for_noun(measured_act(o), lex)
            if ne and ne.event:
                return ne.event
    e = lex.verbs.get(v.lemma_.lower())
    if e:
        return e.event
    return None


def embedded_type(v: Any, lex: Lexicon) -> str | None:
    """The type of the act a frame embeds, judged by what it acts on as the same verb is in a main
    clause: "intends to end its service" or "agreed to end its program" cut no tie, so they embed
    no sanction (and threaten no one); "threatened to end the talks with X" does. A retaliation
    (:func:`~.threats.retaliation`), overcoming an armed side or force used against someone is a blow:
    "vowed to retaliate", "to defeat the insurgents", "ready to use force against X" threaten."""
    if retaliation(v, lex) or overcomes_armed(v) or instrument_attack(v) is not None:
        return "ASSAULT"
    inner = inner_type(v, lex)
    own = lex.verbs.get(v.lemma_.lower())
    if inner is not None and own is not None and own.event == inner and not fits_what_it_acts_on(
            v, inner, lex, lambda c: inner_type(c, lex)):
        return None
    return inner


def _verb_entry(v: Any, lex: Lexicon) -> tuple[Entry | None, str, Any]:
    """The lexicon entry a verb token triggers, the rule name, and a consumed object noun."""
    lemma = v.lemma_.lower()
    if (meeting := left_meeting(v, lex)) is not None:  # "quit the talks": a refusal to meet
        return REFUSED_MEETING, f"walkout:{lemma}_{meeting.lemma_.lower()}", meeting
    ended = ended_act(v, lex)
    if ended is not None:  # "halted its offensive", "called off the strike": a retreat, or no event
        return ended[0], f"ending:{lemma}" if ended[0] is not None else "", ended[1]
    prt = particle_of(v, after_object=True)  # "pulled its troops back": the particle after the object
    if prt and (lemma, prt) in lex.phrasal:
        e = lex.phrasal[(lemma, prt)]
        if e.event:
            return e, f"phrasal:{lemma}_{prt}", None
    for p in (c for c in v.children if c.dep_ == "prep"):
        e = lex.phrasal.get((lemma, p.lower_))
        if e and e.event and e.kind == "phrasal" and lemma not in lex.verbs:
            return e, f"phrasal:{lemma}_{p.lower_}", None
    objs = _objects(v) + [c for c in v.children if c.dep_ == "nsubjpass"]
    # the object, or what it is "of" ("declared a state of emergency"), or a predicate ("stood firm",
    # "held X responsible": one the parser hangs on the object after it or reads as a small clause)
    for o in objs + [c for c in v.children if c.dep_ in ("acomp", "oprd")] + object_predicates(v, objs):
        for n in [o] + [g for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                        if g.dep_ == "pobj"] + pact_in_name(o):  # "signed the X for Y in the Z agreement"
            e = lex.idiom(lemma, n.lemma_.lower())
            if e:  # the whole object is the idiom's: "a state of emergency" names no participant
                return held_jointly(signed_for_later(v, e), n, lex), f"idiom:{lemma}_{n.lemma_.lower()}", o
    # "set on fire": the idiom's noun sits in a phrase, of the verb or of its object ("found X in contempt")
    holders = [v] + objs + [c for c in v.children if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN", "PRON")]
    holders += [a for o in objs for a in o.children if a.dep_ == "acl"]  # "put X operating near Y on alert"
    phrases = [(p.lower_, o) for h in holders for p in h.children if p.dep_ == "prep"
               for o in p.children if o.dep_ == "pobj"]
    phrases += [("to", c) for c in v.children if c.dep_ in ("xcomp", "advcl") and is_infinitive(c)]  # "held X to account"
    for prep, o in phrases:
        e = lex.idioms.get((lemma, f"{prep} {o.lemma_.lower()}"))
        if e and o.lemma_.lower() in _STATUS_PHRASES and agentless_passive(v):
            return None, "", None  # "was held in contempt in 2010": someone's state, no one's act
        if e:
            return e, f"idiom:{lemma}_{prep}_{o.lemma_.lower()}", o
    if lemma == "strike" and not objs and any(s.lemma_.lower() in _WORKFORCE for s in subject_of(v)[0]):
        # "Unions strike across the country": workers striking is a labour strike, not an attack
        return Entry("verb", lemma, "", "PROTEST", "strike", None), "verb:strike_labour", None
    if (placed := placed_role(v, lex)) is not None:  # "placed under house arrest", "used civilians as human shields"
        return placed
    if (had := meeting_had(v, lex)) is not None:  # "had lunch with X"
        return had[0], f"light:{lemma}_{had[1].lemma_.lower()}", had[1]
    objs = objs or judged_to(v)  # "referred to the protesters as terrorists": the one judged is "to"'s
    pred = verdict_predicate(v) if lemma in _VERDICT_VERBS | VERDICT_TO and objs else None
    if pred is not None:
        # "called the expulsion unjustified", "described her as a decent woman": what the predicate says decides
        if is_claim(objs[0]) and says_false(pred.subtree):  # "called the report a lie": a denial
            return Entry("verb", lemma, "", "REJECT", None, None), f"verdict:{lemma}_claim", None
        verdict = judgement(t.lemma_ for t in pred.subtree)
        own = lex.verbs.get(lemma)
        if verdict == 0 and own is not None and own.event in ("SUPPORT", "ACCUSE"):
            verdict = 1 if own.event == "SUPPORT" else -1  # "hailed the vote as fair": the verb itself praises
        if verdict == 0:
            return None, "", None
        event, mode = ("SUPPORT", None) if verdict > 0 else ("ACCUSE", "disapprove")
        # a person or body judged is the recipient; an act judged is consumed (its doers are found later)
        return (Entry("verb", lemma, "", event, mode, None), f"verdict:{lemma}",
                None if is_someone(objs[0]) else objs[0])  # "called him an old friend": him
    if lemma in LIGHT_VERBS or (prt and (lemma, prt) in lex.phrasal and not lex.phrasal[(lemma, prt)].event):
        # "held three days of talks": the act measured out; "launched a missile and drone attack": a conjunct's
        for o in map(measured_act, objs + [c for o in objs for c in o.conjuncts if c.i > o.i]):
            if idiom_of_noun(o, lex) is not None:
                continue  # "announced the suspension of her campaign": the noun's idiom (nominals)
            ne = entry_for_noun(o, lex)
            if ne and ne.event in _BROKEN_OFF and lemma in _TERMINATORS and lemma in lex.verbs:
                return lex.verbs[lemma], f"verb:{lemma}_{o.lemma_.lower()}", o  # ended the talks: SANCTION
            if ne and ne.event == "AGREE" and (act := promised_act(o)) is not None:  # "made a pledge to withdraw"
                ne = Entry("noun", ne.lemma, "", *frame_event("commit", embedded_type(act, lex)), ne.context)
            if ne and ne.event:
                return ne, f"light:{lemma}_{o.lemma_.lower()}", o
    if (done := done_to_person(v)) is not None:  # "fired his vice president", "are holding three suspects"
        return done[0], done[1], None
    e = lex.verbs.get(lemma)
    if e:
        return e, f"verb:{lemma}", None
    return None, "", None


def find_candidates(sent: Any, lex: Lexicon, taken: set[int] | None = None) -> Iterator[Candidate]:
    """Every verbal trigger of one sentence; ``taken`` collects tokens that no other trigger may use."""
    taken = set() if taken is None else taken
    noun_type = lambda n: getattr(entry_for_noun(n, lex), "event", None)  # noqa: E731
    for v in sent:
        if v.pos_ not in ("VERB", "AUX", "ADJ") or v.i in taken:
            continue
        if descriptive_participle(v, hyphenated_only=True):
            continue
        lemma = v.lemma_.lower()
        headline = headline_verb(v) if lemma in lex.verbs and lex.verbs[lemma].event else None
        if headline is not None:  # "X rejects Y ceasefire offer": the offer is what is rejected
            subjects, named, swallowed = headline
            taken.update(t.i for t in swallowed)
            e = lex.verbs[lemma]
            yield Candidate(e.event or "", e.mode, f"headline:{lemma}", [v], [v], swallowed[-1], actors=subjects,
                            recipients=named, context=e.context, score=0.7)
            continue
        if descriptive_participle(v) or asked_for(v) or orders_an_act(v, lex) or called_to_talk(v) or either_way(v):
            continue  # "the request of X to suspend Parliament": what is asked for has not happened; a call's talk
        if v.pos_ == "ADJ" or lemma == "be":
            if lemma in _WILLING | _UNWILLING and (any(c.dep_ == "xcomp" for c in v.children)
                                                  or resumed_infinitive(v)):
                frame = "refuse" if lemma in _UNWILLING else "commit"
                for cand in _frame(v, frame, lex, taken, rule=f"frame:{lemma}"):
                    if v.head != v and v.head.lemma_ == "be":
                        cand.verbs.append(v.head)
                    yield cand
            elif (ready := ready_for_act(v, noun_type)) is not None:
                taken.update(t.i for n in ready.objects for t in n.subtree)  # "open to talks": talks offered
                yield ready
            elif (felt := felt_displeasure(v, noun_type)) is not None:  # "is concerned about X's silence"
                yield felt
            continue
        if (made := construction_event(v, noun_type)):
            yield made
            continue
        if (protest := protest_demand(v, noun_type)) is not None:
            taken.update(t.i for o in protest.objects for t in o.subtree)  # what a protest demands is not done
            yield protest
            continue
        if lemma in SPEECH_VERBS and not ((lemma in LIGHT_VERBS or lemma in lex.idiom_verbs) and (said := _verb_entry(v, lex))[0] is not None
                                          and (lemma in LIGHT_VERBS or said[1].startswith("idiom:"))):  # "added X to its blacklist"
            yield from speech_demand(v, lambda c: inner_type(c, lex), taken)
            continue
        fe = lex.frames.get(lemma)
        if (fe and fe.extra == "appeal") or (lemma in word_class("appeal_with_on") | word_class("appeal_for") and (any(
                addressing(c) and c.lower_ in ("on", "for", "upon") and addresses(c, v) for c in v.children) or for_clause(v) is not None)):
            appeal = appeal_of(v, lambda a: inner_type(a, lex), noun_type)  # "urged restraint", "proposed talks"; no question
            for c in v.children:  # an appeal is a statement; what it asks for has not happened
                if c.dep_ in ("xcomp", "ccomp", "prep", "dobj") and c.lower_ not in word_class("events.coding.setting_preps") \
                        or c.dep_ == "advcl" and c == for_clause(v):  # "called for the UN to pass a resolution condemning X"
                    taken.update(t.i for t in c.subtree)
            if appeal is not None:
                yield appeal
            continue
        if (ordered := order_candidate(v, lambda a: _typed(a, lex))) is not None:  # "ordered X released"
            taken.update(t.i for t in ordered.trigger[1].subtree)
            yield ordered
            continue
        expelled = leave_order(v) if fe is not None and fe.extra == "demand" else None
        if expelled is not None:  # "ordered the ambassador to leave the country"
            taken.update(i for c in v.children if c.dep_ == "xcomp" for i in content_of(c))
            yield Candidate(expelled[0], expelled[1], f"order:{lemma}_leave", [v], [v], v, actors=subject_of(v)[0],
                            recipients=[c for c in v.children if c.dep_ in ("dobj", "dative")],
                            context="diplomatic" if expelled[0] == "SANCTION" else None, score=0.75)
            continue
        bound = restraint_order(v, lambda t: entry_for_noun(t, lex) is not None) if fe is not None else None
        if bound is not None:  # "ordered the newspaper to suspend publication": the order coerces
            taken.update(t.i for c in v.children if c.dep_ in ("xcomp", "ccomp") for t in c.subtree)
            taken.update(t.i for t in bound)  # "ordered the accused remain": the one bound is no trigger
            yield Candidate("COERCE", "restrict", f"order:{lemma}_restraint", [v], [v], v, actors=subject_of(v)[0],
                            recipients=bound, score=0.75)
            continue
        if fe and has_frame_complement(v, fe.extra) and not lex.unevented(lemma, particle_of(v, after_object=True)):
            if lemma == "agree" and agrees_with_view(v):
                continue  # "agreed that the talks had been long": a view shared, nothing undertaken
            yield from _frame(v, fe.extra, lex, taken, rule=f"frame:{lemma}", entry=fe)
            continue
        if (cut := cooperation_cut(v, lambda g: _typed(g, lex, embedded=True))) is not None:
            taken.update(t.i for c in v.children if c.dep_ in ("xcomp", "ccomp") for t in c.subtree)
            yield cut  # "stopped sending aid to X": a tie cut
            continue
        entry, rule, consumed = _verb_entry(v, lex)
        if entry is None and fe is not None and fe.event and fe.extra != "fail" \
                and not lex.unevented(lemma, particle_of(v, after_object=True)):  # "the plot failed": no refusal; "pressed on"
            if lemma == "agree" and agrees_with_view(v):
                continue  # "agree with the recommendation" expresses accord: a statement
            entry, rule = fe, f"verb:{lemma}"
        if entry is None and lemma in _ARRIVING and peacekeepers_involved(v):
            entry, rule = Entry("verb", lemma, "", "AID", None, "peacekeeping"), f"verb:{lemma}_peacekeepers"
        if entry is None and (sought := sought_from(v)) is not None:
            yield sought  # "seeks loans from the government"
            continue
        if entry is None or not entry.event:
            continue
        if consumed is not None and not grants_asking(entry.event, v, consumed):
            taken.add(consumed.i)  # but what a concession grants was asked: "granted X's request" is X's request too
        event, mode = entry.event, entry.mode
        if rule.startswith("ending:"):  # "stopped attacking": the attack ended is no trigger of its own
            taken.update(t.i for c in v.children if c.dep_ in ("xcomp", "ccomp") for t in c.subtree)
        elif consumed is not None and consumed.lemma_.lower() == "strike":
            event, mode = strike_type(consumed, v)
        if consumed is None and any(o.lemma_.lower() in _NOT_TARGETS for o in _objects(v)) and event in ("SANCTION", "RETREAT"):
            continue
        if (lifted := lifted_restriction(v, _objects(v))) is not None:  # a curfew lifted: RETREAT
            event, mode, rule = lifted, None, f"verb:{lemma}_restriction"
        if event == "AID" and any(o.lemma_.lower() in _NON_MATERIAL for o in _objects(v)):
            continue
        if event == "ASSAULT" and any(o.lemma_.lower() in _NOT_VICTIMS for o in _objects(v)
                                   if consumed is None or o.i != consumed.i):
            continue  # "fought the fire"; but the idiom's own noun ("opened fire") is no victim
        if event == "ASSAULT" and blameless_cause(v):
            continue  # "was hit by a tsunami", "the accident killed eleven": nobody attacks
        if (consumed is None and rule.startswith("verb:") and not fits_what_it_acts_on(
                v, event, lex, lambda c: inner_type(c, lex))) or control_of_no_place(consumed):
            continue  # "gave an account", "released a statement", "the accident killed eleven"; "seized control of the Senate"
        if event == "ASSAULT" and police_entry([v, consumed] if consumed is not None else [v], subject_of(v)[0]):
            event, mode, rule = "COERCE", "seize", f"{rule}_police"
        if event == "ASSAULT" and mode in (None, "firearms"):
            mode = weapon_mode(_objects(v)) or mode  # "fired missiles" is no small-arms fire
        if entry.kind == "verb" and entry.lemma in _NEEDS_OBJECT and not has_object(v) and not act_judged_by(v):
            continue
        if event in ("MOBILIZE", "CONSULT") and peacekeepers_involved(v):
            event, mode, rule = "AID", None, f"{rule}_peacekeepers"  # CAMEO 074: peacekeeping
        if event == "RETREAT" and mode == "withdraw" and withdraws_support(v):
            event, rule = "SANCTION", f"{rule}_support"
        if lemma == "welcome" and event == "CONSULT" and welcomes_a_thing(v):
            event, mode, rule = "SUPPORT", "praise", "verb:welcome_thing"  # welcomed the decision
        if event == "ASSAULT" and is_verbal_attack(v, lex, act_nouns()):
            event, mode, rule = "ACCUSE", "disapprove", f"verb:{lemma}_words"  # "attacked the proposal"
        if lemma in _VERDICT_AS and any(
                c.lower_ == "as" for k in v.children if k.dep_ in ("prep", "advcl") for c in [k, *k.children]):
            event, mode, rule = "ACCUSE", "disapprove", f"verb:{lemma}_as"
            if (rejected := rejected_as(lemma, _objects(v))) is not None:  # "dismissed the claims/the move as ..."
                event, mode, rule = "REJECT", None, f"verb:{lemma}_{rejected}"
        cand = _verb_candidate(v, event, mode, rule, entry, consumed, taken)
        cand.actors, cand.recipients = acts_in_passive(v, event, cand.actors, cand.recipients, lambda t: act_kind(t, lex))
        if event == "ASSAULT":
            cand = attack_roles(v, cand, lex)  # (a measure as the subject: "US sanctions targeted X")
        cand.recipients = lifted_for(cand.recipients) if lifted is not None else cand.recipients
        yield cand


def _typed(v: Any, lex: Lexicon, embedded: bool = False) -> tuple[str, str | None] | None:
    """(type, mode) a verb names with its phrases ("held in custody"); ``embedded``: :func:`embedded_type`'s."""
    if embedded:
        inner = embedded_type(v, lex)
        return (inner, None) if inner else None
    e = _verb_entry(v, lex)[0]
    return (e.event, e.mode) if e is not None and e.event else None


# Words aimed at someone: an accusation noun or light verb whose "at" phrase is its target ("took a
# swipe at X", "levelled accusations at X"; not "made the accusation at the summit").
_AIMED = word_class("events.coding.detect.aimed")
# Verbs that pass a verdict on their object through a predicate ("called the move illegal").
_VERDICT_VERBS = word_class("events.coding.detect.verdict_verbs")  # (their "to" kin: judgement.VERDICT_TO)


def _verb_candidate(v: Any, event: str, mode: str | None, rule: str, entry: Entry, consumed: Any,
                    taken: set[int]) -> Candidate:
    actors, patients = subject_of(v)
    said_of = verdict_predicate(v) if rule.startswith("verdict:") else None  # "branded X terrorists": X alone
    objs = [o for o in _objects(v) if o not in (consumed, said_of)] + permitted_ones(v)  # "allowed inspectors to visit"
    objs += small_clause_subjects(consumed) if consumed is not None else []  # "holds Ostria responsible"
    preps = recipient_preps(event, mode, ("against", "with", "to", "on"))
    targets = taken_from(v) + laid_on(v) + _preps(v, preps) + (to_inside_object(v) if "to" in preps else [])  # "returned X engraved with Y to Z"
    if rule.startswith("phrasal:") and rule.rsplit("_", 1)[-1] not in preps:
        targets += _preps(v, (rule.rsplit("_", 1)[-1],))  # "ruled against X": the phrasal verb's own preposition
    targets += [t for t in complement_after(v, rule) if t not in targets]  # "lashed out at X", "took aim at X"
    if rule.startswith("verdict:"):  # "referred to them as terrorists"
        targets += [t for t in judged_to(v) if t not in targets]
    if consumed is not None:
        # "a plea to X", "made a plea to X": the act noun's addressee, on the noun or on the light verb
        targets += _preps(consumed, preps + ("with", "on", "against", "between", "to")) + [  # "sanctions on X", "links with X"
            t for g in _preps(consumed, ("of",)) if g.pos_ == "NOUN" for t in _preps(g, ("on", "against", "with", "to"))]
        targets += [t for t in _preps(v, ("to",)) + looked_into(consumed, event, v) if t not in targets]
        if event == "ACCUSE" and {consumed.lemma_.lower(), v.lemma_.lower()} & _AIMED:  # "took a swipe at X"
            targets += [t for t in _preps(consumed, ("at",)) + _preps(v, ("at",)) if is_someone(t) and t not in targets]
        if v.lemma_.lower() in _PRESENTING:  # "laid its demands before the council" names its recipient
            targets += [t for t in _preps(v, ("before",)) if is_participant_like(t) and t not in targets]
        if done_to_possessor(consumed) and actors:  # "ordered the release of X": X released (its doer the verb's)
            targets += [g for g in _preps(consumed, ("of",)) if is_someone(g) and g not in targets]
        poss = [c for c in consumed.children if c.dep_ == "poss"]
        if poss and not actors:
            actors = poss
        elif event in ("REQUEST", "AGREE", "CONCEDE") and not done_to_possessor(consumed):  # "sought Germany's help", "granted X's request"
            targets += [p for p in poss if p.pos_ != "PRON" and p not in targets]
        actors = actors or passive_givers(v, consumed, event)  # "were given loans from the government"
    if consumed is not None and consumed.dep_ == "conj" and consumed.head in objs:  # "a missile and drone attack on X"
        objs, targets = [o for o in objs if o != consumed.head], targets + _preps(consumed.head, ("on", "against"))
    if (mode == "withdraw" or event == "MOBILIZE") and not actors and patients:  # "were shipped out of X", "were deployed"
        actors, patients = patients, []
        targets += [g for p in v.children if p.dep_ == "prep" and p.lower_ == "out"
                    for o in p.children if o.dep_ == "prep" and o.lower_ == "of" for g in o.children if g.dep_ == "pobj"]
    if rule.startswith("under:") and not actors and consumed is not None:
        # "was put under investigation in X": the unnamed authority is that of the place
        actors = [g for t in (consumed, v) for p in t.children if p.dep_ == "prep" and p.lower_ == "in"
                  for g in p.children if g.dep_ == "pobj" and (g.ent_type_ == "GPE" or g.pos_ == "PROPN")]
    recipients = patients + (objs if not (own_envoys(v) or talked_over(v)) else []) + targets  # envoys, a topic: no target
    if consumed is not None and consumed.dep_ == "pobj" and consumed.head.head.head == v \
            and consumed.head.head not in recipients:  # "found X in contempt": X, parsed as a clause
        recipients.append(consumed.head.head)
    recipients = lodged_against(v, consumed, recipients)  # "a complaint with the UN against Israel": Israel
    trigger = [v] + ([consumed] if consumed is not None else [])
    trigger += [c for c in v.children if c.dep_ == "prt"]
    trigger.sort(key=lambda t: t.i)
    cand = Candidate(event, mode, rule, trigger, [v], v, actors=actors, recipients=recipients,
                     context=entry.context, score=0.8 if rule.startswith("verb:") else 0.75)
    if event == "REQUEST" and consumed is not None and consumed.lemma_.lower() in _ASKING_NOUNS:
        taken.update(t.i for h in (v, consumed) for k in h.children if k.dep_ in ("xcomp", "advcl", "acl")
                     and is_infinitive(k) for t in k.subtree)  # "made a plea to X to reopen ...": asked for, not done
    lemma = v.lemma_.lower()
    if event == "CONSULT" and lemma in _HOSTING and objs:  # the guests' sender too ("a delegation from Hamas")
        cand.swap_host, cand.recipients = True, cand.recipients + envoys_sender(v, objs)
    if event == "THREATEN" and condition_inside(v):  # "warned that X would respond … if Y crossed"
        cand.conditional = True
    cand.future = promised_purpose(v)  # "would work together to provide loans": help promised
    if consumed is not None and consumed.lemma_.lower() in _GATHERINGS and event == "CONSULT":
        cand.mode = "multilateral"  # those it is held "with" are whom the attender meets: its recipients
        cand.recipients += [r for r in _preps(consumed, ("with",)) + _preps(v, ("with",)) if r not in cand.recipients]
    return cand


def _frame(v: Any, frame: str, lex: Lexicon, taken: set[int], rule: str, entry: Entry | None = None
           ) -> Iterator[Candidate]:
    inner_v = next((c for c in v.children if c.dep_ == "xcomp"), None) or resumed_infinitive(v) or displaced_infinitive(v)
    inner_v = inner_v or (ordered_act(v) if frame == "demand" else gerund_aim(v) if frame == "intend" else None)
    ccomp = next((c for c in v.children if c.dep_ == "ccomp"), None)
    target = inner_v or ccomp
    negated = target is not None and any(c.dep_ == "neg" for c in target.children)  # "promised not to attack"
    if frame == "refuse" and target is not None and withheld_word(target):
        return  # "declined to comment", "refused to answer questions": a statement, not a rejection
    if frame == "intend":
        if target is None:
            return
        if reported_attempt(v):
            return  # "attempted to kill" reports the attempt itself: the embedded verb is the event
        inner = embedded_type(target, lex)
        if inner is None:
            return
        event, mode = frame_event("commit", inner, negated)  # "decided not to attend": a refusal
        if (measure := decided_measure(v, inner)) is not None:  # "decided to pull out": the measure taken
            event, mode, frame = measure, None, "decide"
        elif mere_intention(v, event):  # "plans to meet X", "seeks to overthrow X": an aim, pledged or announced to no one
            taken.update(t.i for t in target.subtree)
            return
    else:
        inner = embedded_type(target, lex) if target is not None else None
        inner = inner or (conceded_act(target) if frame == "commit" and target is not None else None)
        if inner is None and frame == "fail" and target is not None and target.lemma_.lower() in lex.frames:
            inner = lex.frames[target.lemma_.lower()].event  # "failed to agree": the accord itself failed
        event, mode = agreed_measure(v, inner, *frame_event(frame, inner, negated))  # "agreed to freeze assets"
    if event is None:
        return
    actors, _ = subject_of(v)
    if frame == "demand" and entry is not None and not entry.event and not any(is_someone(a) for a in actors):
        taken.update(t.i for t in (target.subtree if target is not None else ()))
        return  # "the law requires companies to …", "are required to": a rule's obligation, no one's demand
    recipients: list[Any] = []
    objects: list[Any] = _objects(target) if target is not None else []
    pressed = [c for c in v.children if c.dep_ in ("dobj", "dative", "iobj") and is_someone(c)] if frame == "demand" else []
    if target is not None and not pressed:  # "pressed X to allow aid into Gaza": a demand of X alone
        recipients += [c for c in target.children if c.dep_ in ("dative", "iobj")]
        recipients += [o for o in done_to_in_frame(target, inner) if o not in recipients]  # "refused to meet X"
        recipients += [c for c in target.children if c.dep_ in ("nsubj", "nsubjpass") and frame == "demand" and target == ccomp]
        recipients += _preps(target, TARGET_PREPS - {"for", "over"})
    if target is not None:
        own_acts = finite_conjuncts(target)  # "refused to recognise X and accused Y": the accusation is no content
        taken.update(t.i for t in target.subtree if not any(f == t or f in t.ancestors for f in own_acts))
    recipients += [c for c in v.children if c.dep_ in ("dobj", "dative", "iobj")] + (_preps(v, ("from", "of")) if frame == "demand" else [])  # "demanded from Interpol to …"
    folded = negated  # a denied complement is what is demanded, decided or agreed: never the frame's own negation
    cand = Candidate(event, mode, rule, [v], [v] + ([target] if target is not None and not folded else []), v,
                     actors=actors, recipients=recipients, objects=objects,
                     context=entry.context if entry else None, inner=inner,
                     future=frame in ("commit", "intend", "threaten"), score=0.75)
    cand.conditional = target is not None and any(is_condition(c) for c in target.children)
    yield cand


__all__ = ["Candidate", "find_candidates", "inner_type", "subject_of"]
