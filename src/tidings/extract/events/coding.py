"""PLOVER event coding: triggers on the parse, participants as actor ids, modes, CAMEO, merge.

``run(doc, draft, resources)`` assigns ``events`` (and appends actors for participants the
actors stage missed). Per sentence: find triggers (:mod:`.event_detect`), drop triggers that
are only the content of another event ("rejected the prospect of troops being deployed" is one
REJECT, not also a MOBILIZE), map roles to actors (:mod:`.event_args`), read the auxiliary
modes (:mod:`.event_aux`) and contexts (:mod:`.event_context`); then merge reports of the same
action within the article (headline, lead, later paragraph) into one event with several evidence
spans, and give pledges, support and aid without a recipient the goal country of their context
(:mod:`.event_recipient`).

Constructions whose event is not their head word's (headline verbs parsed as modifiers, appeals to a
named addressee, orders to leave, announced recalls) live in :mod:`.constructions`; participant
countries come from the knowledge base through :mod:`.countries`; coordinated doers of a distributive act
get one event each (:mod:`.distributive`); a protest at home is against its own state (:mod:`.protested`).

``cameo`` is chosen per (type, mode, embedded action, trigger, object, context); ``quad`` and ``intensity``
follow that CAMEO code (:mod:`tidings.ontology`), so that they mean what they mean in CAMEO data.
"""

from __future__ import annotations

import dataclasses
from functools import partial
from typing import Any, Sequence

from ...ontology import NONSTATE_CODES, cameo_quad, quad_of
from ...registry import Resources
from ...schema import Actor, ArticleResult, Event, Provenance, Quote, Span
from . import lexicon as event_lexicon
from ..common import claim_after_words, headline_end, sentence_span, without_dropped, word_class
from ..actors.national import settle
from .args import COMPONENT, RELATION_NOUNS, ActorBook, is_participant_like, participants
from .phrases import counted, is_self_reference
from .binding import may_stand_for, own_subject, under_another_doer
from .inside import AIMED_PREPS, inner_participants, proposer, thing_owners
from .anaphora import JUDGING, doers_of_acts_told, doers_of_judged_acts, remark_on_act, without_patient_owners
from .appeals import answered_doers, doers_of_thing
from .modality import aux_flags, chain, intensity, no_promise
from .constructions import conditional_verbs, not_own_moved, own_envoys, own_forces_moved
from .content import aimed_by_condition, fold_content
from .context import contexts, cues
from .countries import CountryNames, country_names
from .candidate import in_setting, own_phrase, preps_of
from .documents import enacts
from .roles import hung_main_verb, passive
from .detect import Candidate, find_candidates, inner_type
from .distributive import into_shares, shares
from .implicit import attributed_attacks, attributed_protests, implicit_agents
from .riots import crowd_riots
from .protested import abroad_countries, own_state_targets
from .mediators import mediated, mediated_sides
from .visits import seat_owners
from .captors import asked_of_captors
from .act_owners import doers_on_target
from .nominals import find_nominals
from .relevance import gate, gated
from .aims import aimed_at, protested_doers
from .told_twice import force_for_force_folded, one_act_told_twice, purposes_folded
from .addressee import addressed, statement_addressees, unaddressed_if_dropped
from .arms import arms_given
from .courts import rules_against
from .obstruction import obstruction_retyped
from .recipient import ANSWERED, COUNTERPART_TYPES, FORCE_TYPES, JOINT_TYPES, PLACE_TARGET_TYPES, RESPONSE_NOUNS, counterpart_targets, default_recipients, place_targets, protest_targets, where_not_whom
from .concessions import EASED, complies, conceded
from .objects import binds_to_come, for_an_interview, grants_asking, leaves_a_race
from .further import further_apart, retold
from .threats import threat_verbs, warned_recipients
from .speech import alleged_in_quotes, judged_in_quotes, news_outlet, threatened_in_quotes
from .admissions import admissions, without_misread_admissions
from .placed import where_not_who
from .reciprocal import each_other, joint_sides
from .merging import merge_events

# Verbal events whose objects and complements describe what is rejected, demanded, promised…
_CONTENT_TYPES = frozenset({"AGREE", "REJECT", "REQUEST", "ACCUSE", "THREATEN", "SUPPORT", "CONCEDE"})
_REMARKS = frozenset({"SUPPORT", "ACCUSE", "REJECT"})  # a stance on an act told before


def quote_at(quotes: Sequence[Quote], start: int, end: int) -> Quote | None:
    """The first quote whose content span holds ``[start, end)`` (not the tightest, as
    :func:`~tidings.extract.quotes.finder.quote_at` gives: of nested reports, the outer one's speaker acts)."""
    return next((q for q in quotes if q.span.start <= start and end <= q.span.end), None)


def _subtree_ids(tok: Any) -> set[int]:
    return {t.i for t in tok.subtree}


_CLAUSE_EDGES = frozenset({"relcl", "advcl", "parataxis", "conj"})


def _within(inner: Any, outer: Any, crossing: bool) -> bool:
    """Whether ``inner`` hangs from ``outer`` without crossing a new clause (unless ``crossing``)."""
    t = inner
    for _ in range(40):
        if t == outer:
            return True
        if t.head == t:
            return False
        if not crossing and (t.dep_ in _CLAUSE_EDGES or own_phrase(t)):
            return False
        if hung_main_verb(t):  # "air strikes killed 20", "Iran, the group's backer, called ...": the main verb
            return False
        t = t.head
    return False


def _absorb(cands: list[Candidate]) -> list[Candidate]:
    """Drop candidates that only describe the content of another; fold same-type ones into it."""
    keep: list[Candidate] = []
    order = sorted(cands, key=lambda c: len(list(c.head.subtree)), reverse=True)
    dropped: set[int] = set()
    for i, outer in enumerate(order):
        if i in dropped:
            continue
        top = outer.head if outer.noun is None else outer.noun
        trig, names_before = {t.i for t in outer.trigger}, claim_after_words(outer.head)
        for j, inner in enumerate(order):
            if j == i or j in dropped:
                continue
            it = inner.trigger[0]
            if (it.i in trig and not _answers_request(outer, inner)) or it == outer.trigger[0]:
                continue  # but "granted X's request" is X's request too, with its own trigger noun
            same_consult = inner.event == outer.event == "CONSULT"
            if not _within(it, top, crossing=same_consult) or names_before or (  # a meeting in a setting is
                    inner.event == "CONSULT" != outer.event and in_setting(it, top)):  # its own; a visit after one is one act
                continue  # (", an accusation X denied" names the act before it; "after talks with X, ..." is when)
            if inner.head == outer.head and inner.noun is None and outer.noun is None:
                continue
            if inner.event in _REMARKS and remark_on_act(it):  # "lifted the ban, a move praised by the EU"
                outer.recipients = [r for r in outer.recipients if r != it.head]  # the EU's stance: its own event
                continue
            if _enacted(inner, outer):
                dropped.add(i)  # "signed a decree banning X": the ban is the act, the signing its form
                break
            if _answers_request(outer, inner):
                inner.recipients = inner.recipients or list(outer.actors)  # the one asked answers
                continue
            if outer.event in _CONTENT_TYPES or inner.noun is not None or inner.event == outer.event:
                fold_content(outer, inner)  # a meeting's other actors, a threatened act's target
                dropped.add(j)
        if i not in dropped:
            keep.append(outer)
    return sorted(keep, key=lambda c: c.trigger[0].i)


def _answers_request(outer: Candidate, inner: Candidate) -> bool:
    """Whether ``inner`` is a request noun with its own asker that ``outer`` accepts, refuses or
    concedes ("will comply with the request of X", "rejected the demands of the union"): the
    request is an event of its asker to the one answering, not only the answer's content."""
    if inner.noun is None or inner.event != "REQUEST" or not inner.actors or not outer.actors:
        return False
    if outer.event not in ANSWERED and not any(
            v.lemma_.lower() in word_class("events.coding.coding.acceptance_verbs") for v in outer.verbs):
        return False
    return inner.noun.head == outer.head or inner.noun.head.head == outer.head  # its object, or "with"/"to" it


def _enacted(inner: Candidate, outer: Candidate) -> bool:
    """Whether ``inner`` is the act of an instrument ``outer``'s verb enacts ("signed a decree
    banning X", "passed a law imposing sanctions"): the participle hangs from the enacted noun."""
    return (it := inner.trigger[0]).dep_ in ("acl", "relcl") and inner.noun is None and enacts(outer.trigger[0], it.head)


def _code_sentence(sent: Any, lex: event_lexicon.Lexicon, book: ActorBook, draft: ArticleResult,
                   headline_cues: list[tuple[int, str]]) -> list[Event]:
    if sent.text.rstrip(' "\'”’»').endswith("?"):
        return []  # a question reports no event
    taken: set[int] = set()
    cands = list(find_candidates(sent, lex, taken))
    taken |= {t.i for c in cands for t in c.trigger if not grants_asking(c.event, c.trigger[0], t)}  # "granted X's request"
    for c in cands:
        if c.inner is not None:
            taken.update(t.i for v in c.verbs[1:] for t in v.subtree)
    cands += list(find_nominals(sent, lex, taken))
    out: list[Event] = []
    for c in _absorb(cands):
        aimed_by_condition(c)  # "threatened to cut ties if Kestria recognised the region"
        conceded(c, lex)  # "agreed to a truce": a concession
        warned_recipients(c, lambda v: inner_type(v, lex))  # "warned that protesters would be arrested"
        ev = _to_event(c, sent, book, draft, headline_cues)
        if ev is not None:
            out.extend(shares(ev, c))  # "X and Y resigned their posts": one resignation each
    return out


_WILL = frozenset({"will", "would", "wo", "shall", "'ll"})


def _readiness_frame(c: Candidate) -> bool:
    """Whether a candidate is a readiness frame ("ready to", "willing to", ``events.coding.detect.willing``)."""
    return c.rule.startswith("frame:") and c.trigger[0].lemma_.lower() in word_class("events.coding.detect.willing")


def _refused(c: Candidate, aux: tuple[str, ...]) -> bool:
    """A cooperative verb under "will not" / "would not": CAMEO codes the announced refusal; a verb
    of accepting negated in any tense ("did not accede to the demands", word class
    ``acceptance_verbs``) is a refusal too, and so is a denied readiness ("not prepared to
    withdraw"), whatever it would have offered."""
    if "negation" in aux and c.inner and _readiness_frame(c):
        return True  # "not ready to accept", "not willing to negotiate": the readiness is denied
    if "negation" not in aux or c.noun is not None or c.inner or quad_of(c.event) not in (1, 2):
        return False
    kids = [k for v in c.verbs for k in v.children]
    if not any(k.dep_ == "neg" for k in kids):
        return False
    accepting = any(v.lemma_.lower() in word_class("events.coding.coding.acceptance_verbs") for v in c.verbs)
    return accepting or any(k.dep_ == "aux" and k.lower_ in _WILL for k in kids)


def _speaker_country(quote: Quote, doc: Any, book: ActorBook) -> None:
    """Let a country-less speaker who acts in its own quote get a country from its phrase."""
    if quote.speaker_span is None or book.country(quote.speaker or ""):
        return
    span = doc.char_span(quote.speaker_span.start, quote.speaker_span.end, alignment_mode="expand")
    if span is not None:
        book.resolve(span.root, add=False)


def _state_side(aid: str, book: ActorBook) -> bool:
    """Whether an actor stands for a state or its organs (a country, a government, a body of states)."""
    a = next((x for x in book.actors if x.id == aid), None)
    return a is not None and (a.kind == "country" or a.sector == "GOV" or a.country in NONSTATE_CODES)


# Announcing an act noun ("announced a withdrawal") promises it: the type of the announcement.
_ANNOUNCING = ("light:announce_", "light:unveil_")
_ANNOUNCED_AS = {"AID": "AGREE", "COOPERATE": "AGREE", "RETREAT": "CONCEDE"}


# Where a gerund stands as a noun (the subject or object of a clause, after a preposition) or as an
# adjective ("arresting journalists is no answer", however the parser reads it).
_NOMINAL_DEPS = frozenset({"csubj", "csubjpass", "pcomp", "pobj", "dobj", "nsubj", "nsubjpass", "attr", "amod"})


def _speaker_acts(c: Candidate, actors: Sequence[str]) -> bool:
    """Whether the speaker of the quote holding ``c`` is its actor. First-person content ("we will
    not negotiate", "I …") is the speaker's own act, and so is a verb with no subject of its own or only pronouns (which the caller checks can stand for the speaker: ``binding.may_stand_for``; "said he would not resign"), but not
    a gerund standing as a noun ("Banning the party would make it worse"); an event the statement merely describes keeps its own participants ("said the protests were organised by agents"), never the speaker."""
    if any(is_self_reference(a) for a in c.actors):
        return True
    if c.noun is not None:  # "said removing the sanctions is out of the question": the speaker's own step
        # but "including the attack", "following the bombing": a participle working as a preposition
        return not actors and not c.actors and c.head.tag_ == "VBG" and c.head.dep_ != "prep" and not any(
            k.dep_ in ("nsubj", "poss") for k in c.head.children)
    if any(passive(v) or v.tag_ == "VBN" and v.dep_ == "acl" for v in c.verbs):  # "those arrested" too
        return False  # "was arrested, his family said": a passive's hidden agent is not the speaker
    if not c.actors and any(v.tag_ == "VBG" and v.dep_ in _NOMINAL_DEPS for v in c.verbs[:1]):
        return False  # "Banning the party would make it worse": an act in general, no one's in particular
    return not actors and all(a.pos_ == "PRON" for a in c.actors) and not own_subject(c.verbs[:1])  # "said it would…"


def _judged_doers(tok: Any, skip: frozenset[int] = frozenset()) -> list[Any]:
    """The doers of a judged thing (a noun that is no participant, nor a relation: "his former rival,
    Joe Biden" names a party), else nothing."""
    if tok.pos_ != "NOUN" or is_participant_like(tok) or tok.lemma_.lower() in RELATION_NOUNS:
        return []
    # "condemned the attack on X by the rebels": the parser hangs the thing's "by" phrase on the verb
    stray = [g for g in preps_of(tok.head, ("by",)) if is_participant_like(g)] if tok.dep_ == "dobj" else []
    return doers_of_thing(tok, skip=skip) or stray or doers_on_target(tok)  # or on "the attack on X by Y"'s target


def _judged_with_conjuncts(tok: Any, skip: frozenset[int]) -> list[Any]:
    """Whom judging ``tok`` aims at: its doers (or itself), and the doers of the things coordinated
    after it ("condemned the attack and the threats made by X")."""
    out = _judged_doers(tok, skip) or [tok]
    return out + [d for k in tok.conjuncts if k.i > tok.i for d in _judged_doers(k, skip) if d not in out]


def _may_be_judged(tok: Any) -> bool:
    """Whether a token can stand for someone judged: a participant, a name or a pronoun."""
    return tok.pos_ in ("PROPN", "PRON") or is_participant_like(tok)


def _light_phrase(c: Candidate) -> list[Any]:
    """What a light verb's act noun is about when the parse hangs the phrase from the verb
    ("launched an inquiry into the conduct of X")."""
    if c.noun is None and len(c.trigger) < 2:
        return []
    return [g for p in c.head.children if p.dep_ == "prep" and p.lower_ in ("into", "of", "over")
            for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]


# Judgements proper: what they judge is aimed at its doers, never its victims ("condemned the attack on
# X"); a refusal of an act aimed at someone ("refused to lift sanctions on X") is aimed at them.
_VERDICTS = frozenset({"ACCUSE", "SUPPORT"})
# What a news outlet's reporting looks like: asking and meeting people (CAMEO's consult and appeal).
_REPORTING_TYPES = frozenset({"CONSULT", "REQUEST"})


def _to_event(c: Candidate, sent: Any, book: ActorBook, draft: ArticleResult, headline_cues: list[tuple[int, str]]
              ) -> Event | None:
    trig_start = min(t.idx for t in c.trigger)
    trig_end = max(t.idx + len(t.text) for t in c.trigger)
    quote = quote_at(draft.quotes, trig_start, trig_end)
    actor_heads = [a for a in c.actors if not (quote and is_self_reference(a))] or joint_sides(
        c.event, [t for t in c.trigger if t.pos_ == "NOUN"] + c.objects)  # "an agreement was reached between X and Y"
    if c.event == "ASSAULT":  # "the Kandahar attack (killed twelve)": where, not who
        actor_heads = [a for a in actor_heads if not where_not_who(a, book.place_country, book.countries.kb)]
    actors = participants(actor_heads, book, apart=frozenset(t.i for t in c.recipients))
    # "Police arrested X after it fired, the minister said": "it" is someone of the police's story
    elsewhere = quote is not None and bool(c.actors) and c.noun is None and not any(map(is_self_reference, c.actors)) \
        and under_another_doer(c.head, frozenset(a.lower_ for a in c.actors), quote.span.start, quote.span.end)
    if quote is not None and quote.speaker and _speaker_acts(c, actors) and may_stand_for(c.actors, book.get(quote.speaker)) \
            and not elsewhere:
        actors = (quote.speaker,) + tuple(a for a in actors if a != quote.speaker)
        _speaker_country(quote, sent.doc, book)
    if c.event in JUDGING:  # "criticised the deal between Ostria and Kestria": against its makers
        own = frozenset(t.i for t in c.trigger)
        judged = [d for r in c.recipients for d in _judged_with_conjuncts(r, own)]
        if not any(_may_be_judged(t) for t in judged):  # "called X's conduct a breach": the predicate is no one
            judged += [d for o in c.objects + [t for t in c.trigger if t.pos_ == "NOUN"] + _light_phrase(c)
                       for d in _judged_doers(o, own)]
        c.recipients = judged
    if (sides := mediated_sides(c))[0]:  # "mediated the dispute between X and Y": its sides
        c.recipients = sides[0] + [r for r in c.recipients if r not in sides[1]]
    if c.event == "PROTEST":  # "protested the arrest of X by police": aimed at the arrest's doers
        c.recipients = protested_doers(c.recipients)
    if c.event in FORCE_TYPES or c.event == "PROTEST":  # "raided the offices of X", "attacked the French embassy"
        c.recipients = [o for r in c.recipients for o in (seat_owners(r) or [r])]
    if any(t.lemma_.lower() in RESPONSE_NOUNS for t in c.trigger):  # "vowed revenge for the killing of X": the killers
        c.recipients = [d for r in c.recipients
                        for d in (answered_doers(r) if r.pos_ == "NOUN" and not is_participant_like(r) else [r])]
    if c.event in _REPORTING_TYPES and (actors and all(news_outlet(a, book) for a in actors)
                                        or for_an_interview(c.head)):
        return None  # "Wikinews asked X", "sat down with X for an interview": reporting, no consultation
    kept = not_own_moved(c)
    kept = [t for t in kept if not own_forces_moved(c, t, {book.country(a) for a in actors},  # "withdrew US troops"
                                                    lambda t: book.get(book.resolve(t, add=False) or ""))]
    own_moved = {t.i for t in c.recipients if t not in kept and counted(t) is not t}  # "the bulk of its forces"
    placed = where_not_whom(kept, c.head, {book.country(a) for a in actors}, book,  # not "in Khartoum",
                            c.mode == "visit", c.event in FORCE_TYPES)  # "to Reuters", "travelled to Lagos"; a venue
    if c.event in _VERDICTS:  # a judged act aimed at someone is read for its doers below, never as its victims
        placed = [t for t in placed if _may_be_judged(t) or not preps_of(t, AIMED_PREPS)]  # "the attack on X"
    recipients = tuple(r for r in participants(placed, book, exclude=frozenset(actors)) if r not in actors)
    if c.event == "CONSULT" and recipients and all(news_outlet(r, book) for r in recipients):
        return None  # "with Wikinews, X discussed", "spoke with the BBC": an interview, no consultation
    joint = len(actors) > 1 and c.event in JOINT_TYPES  # "X and Y agreed to a truce in Cairo": Cairo is where
    if not recipients:  # an eased restriction names whom it bound ("cut the reserve requirements for banks")
        eased = [t for t in c.trigger[1:] if c.event in ("CONCEDE", "RETREAT") and t.lemma_.lower() in EASED]
        for o in [t for t in c.objects + c.recipients if t.i not in own_moved] + eased:
            recipients = tuple(r for r in inner_participants(o, book, quad_of(c.event) in (3, 4), c.event in _VERDICTS,
                                                             topic=c.event == "CONSULT" or joint or c.mode == "censor",
                                                             asked=c.event == "REQUEST")
                               if r not in actors)  # a topic's place, a silenced outlet's: where, not whose
            if recipients:
                break
    if not recipients:  # "seized the weapons that X had bought": whose the thing acted on is
        for o in c.objects + c.recipients:
            recipients = thing_owners(o, book, actors)
            if recipients:
                break
    if not recipients and c.event in _CONTENT_TYPES:
        for o in c.objects + c.recipients:
            recipients = proposer(o, book, actors)
            if recipients:
                break
    if not recipients and c.event == "PROTEST":
        own = abroad_countries(c.actors, book)  # "Iranian exiles demonstrated in London": not against Britain
        recipients = tuple(r for r in participants(protest_targets(c.trigger[0], c.head, book.countries, own), book)
                           if r not in actors)
    if not recipients and c.event in PLACE_TARGET_TYPES and not joint:
        recipients = tuple(r for r in participants(place_targets(c.head, c.objects, c.noun, book.countries), book)
                           if r not in actors and book.country(r) not in {book.country(a) for a in actors} - {None})
    if not recipients:  # "sanctions over X's actions", "a visit to NATO headquarters", "shelled rebel-held areas"
        recipients = aimed_at(c, book, actors)
    if c.event in COUNTERPART_TYPES and not any(book.country(r) for r in recipients):
        found = tuple(r for r in participants(counterpart_targets(c.head, book.countries), book) if r not in actors)
        recipients = found or recipients
    if (retyped := obstruction_retyped(c.event, c.mode, c.trigger, actors, book.get)) is not None:
        c.event, c.mode, c.rule = retyped[0], retyped[1], c.rule + retyped[2]  # soldiers blocking a boat; farmers blockading a port
    if c.event != "REJECT" and rules_against(c.trigger[0], actors, book.get):  # "a judge blocked the policy"
        c.event, c.mode, c.rule = "REJECT", None, c.rule + "+court"
    if c.event == "MOBILIZE" and arms_given([t for t in c.trigger[1:] + c.objects if t.pos_ == "NOUN"], actors, recipients, book.get):
        c.event, c.mode, c.rule = "AID", "military", c.rule + "+arms"  # "sent tanks to Ukraine": arms handed over
    if c.event == "REQUEST" and actors and all(_state_side(a, book) for a in actors):
        # a government appealing to "the authorities" addresses another state's organs
        book.withhold_shared([r for r in recipients if _state_side(r, book)], actors, sent.start)
    if c.swap_host and actors and recipients and c.mode != "multilateral":
        actors, recipients = recipients, actors  # the guest is the actor, the host the recipient
    if c.event == "CONSULT" and c.mode is None and len(actors) + len(recipients) >= 3:
        c.mode = "multilateral"
    threat = c.event == "THREATEN" and bool(c.verbs)  # its terms ("would attack X if ...") are not its own mood
    aux = aux_flags(threat_verbs(c.verbs, c.trigger) if threat else c.verbs or c.trigger, noun=c.noun,
                    article_date=draft.article.date, times=draft.times, clause=c.head, future=c.future,
                    conditional=c.conditional and not threat)
    if c.noun is not None and c.head.pos_ in ("VERB", "AUX"):  # "will ... through military means"
        verbal = aux_flags(chain(c.head), article_date=None)
        aux = tuple(dict.fromkeys(aux + tuple(f for f in verbal if f in ("future", "hypothetical"))))
    # "may have shelled": a guess about the past, "must withdraw" a duty, not a promise or a threat
    promised = ("future" in aux or "hypothetical" in aux) and "negation" not in aux and not c.inner \
        and not no_promise(c.verbs or c.trigger)
    if promised and c.event == "SANCTION" and c.noun is None and own_envoys(c.head) and not conditional_verbs(c.verbs):
        # "said it would recall its own ambassador": an announced step, no threat to anyone
        aux, promised = ("future",) + tuple(f for f in aux if f not in ("future", "hypothetical")), False
    if _refused(c, aux):  # "X will not release the prisoners": a refusal, not a missing event
        c.inner = c.inner or c.event  # a readiness frame keeps the act it frames
        c.event, c.rule = "REJECT", c.rule + "+refused"
        c.mode = event_lexicon.REJECT_MODE.get(c.inner)
        aux = tuple(f for f in aux if f not in ("negation", "future", "hypothetical"))
    if c.rule.startswith(_ANNOUNCING) and c.event in _ANNOUNCED_AS and c.mode != "resign" \
            and not leaves_a_race(c.trigger[-1]):
        # "announced a complete withdrawal": an act announced is coded as its announcement (the guide); an exit stays RETREAT
        c.inner, c.event, c.mode = c.event, _ANNOUNCED_AS[c.event], None
    elif c.rule.startswith("idiom:sign_") and len(c.trigger) > 1 and binds_to_come(c.trigger[1]):
        c.event, c.mode = "AGREE", None  # "signed an agreement to build a railway": a promise (the guide)
    elif promised and c.event == "RETREAT" and c.mode == "resign":
        pass  # an announced resignation stays a retreat, flagged future (the guide codes it so)
    elif promised and c.event == "RETREAT" and c.noun is None:
        # PLOVER: a withdrawal promised or announced, not yet done, is a concession
        c.inner, c.event, c.mode, c.rule = c.event, "CONCEDE", None, c.rule + "+future"
    elif promised and c.event == "CONCEDE" and c.noun is None and not complies(c):
        # so is a concession to come ("would lift its checkpoints"), unlike compliance (:mod:`.concessions`)
        c.rule += "+future"
    elif promised and quad_of(c.event) in (1, 2) and c.event != "AGREE" and (
            c.noun is None or c.event == "AID" and "future" in aux):  # promised help, aid nouns too ("will
        c.inner, c.event, c.mode, c.rule = c.event, "AGREE", None, c.rule + "+future"  # receive loans"): PLOVER
    elif promised and quad_of(c.event) == 4 and c.noun is None or (promised and c.noun is not None
                                                                  and quad_of(c.event) == 4 and "future" in aux):
        c.mode = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "relations"}.get(c.event)
        c.event, c.rule = "THREATEN", c.rule + "+future"
    hint = c.inner if c.event == "AGREE" else None
    own = {book.country(a) for a in actors} - {None}
    other = {book.country(r) for r in recipients} - {None}
    ctx = contexts(sent, lexical=c.context, event=c.event, clause=c.head, headline=headline_cues,
                   interstate=bool(own and other and not own & other))
    if c.event == "AGREE" and hint is None and ctx:
        hint = ctx[0]
    lemma = c.trigger[-1].lemma_.lower() if c.noun is None else c.noun.lemma_.lower()
    objects = [t.lemma_.lower() for t in c.head.children if t.dep_ in ("dobj", "nsubjpass")]
    cameo = event_lexicon.cameo_code(c.event, c.mode, hint, lemma, *objects, *ctx)
    if c.event == "REQUEST" and c.rule.startswith("appeal:"):
        cameo = event_lexicon.APPEAL_CAMEO.get(c.mode, event_lexicon.APPEAL_CAMEO[None])
    score = c.score + (0.1 if actors else -0.2) + (0.05 if recipients else 0.0)
    score = round(max(0.05, min(0.99, score)), 2)
    evidence = sentence_span(sent)
    trigger = Span(trig_start, trig_end, draft.article.text[trig_start:trig_end])
    reason = f"{c.rule} on {trigger.text!r}" + (f" embedding {c.inner}" if c.inner else "")
    return Event(id="", event=c.event, evidence=evidence, actor=actors, recipient=recipients, mode=c.mode,
                 context=ctx, cameo=cameo, quad=cameo_quad(cameo), intensity=intensity(cameo, aux),
                 aux=aux, quote=quote.id if quote else None, confidence=score, rule=c.rule, trigger=trigger,
                 provenance=Provenance(COMPONENT, c.rule, score, reason))


def code_doc(doc: Any, draft: ArticleResult, countries: CountryNames | None = None,
             lex: event_lexicon.Lexicon | None = None) -> tuple[list[Event], ActorBook]:
    """The article's events and the actor book holding the participants they added."""
    lex = lex or event_lexicon.load()
    book = ActorBook(draft.actors, countries,
                     [(q.span.start, q.span.end) for q in draft.quotes if q.kind != "indirect"])
    sents = list(doc.sents)
    headline_cues = cues(sents[0]) if len(sents) > 1 else []
    events: list[Event] = []
    for sent in sents:
        events.extend(_code_sentence(sent, lex, book, draft, headline_cues))
    events = events + judged_in_quotes(doc, draft, book, events, lex)
    events = events + threatened_in_quotes(doc, draft, book, events, lex)
    # an allegation where the quote's judgement already accuses would be the same act twice
    events = sorted(events + alleged_in_quotes(doc, draft, book, events), key=lambda e: e.evidence.start)
    conceded = admissions(doc, draft, book, events)  # "admitted that its forces had shot down ..."
    events = sorted(without_misread_admissions(events, conceded) + conceded, key=lambda e: e.evidence.start)
    events = without_patient_owners(doc, events, lex, book.actors)
    events = doers_of_acts_told(doc, doers_of_judged_acts(doc, events, lex, book.country, book.actors), lex)
    events = implicit_agents(doc, events, book, draft.quotes)
    events = crowd_riots(attributed_protests(attributed_attacks(doc, events, book, lex), book), book.actors)
    events = each_other(doc, force_for_force_folded(doc, purposes_folded(doc, one_act_told_twice(doc, events, book))))
    events = asked_of_captors(doc, mediated(doc, events, book), book)  # brokers mediate; a release is asked of captors
    headline = headline_end(doc.text, draft.article.title)
    events = into_shares(merge_events(events, book, headline, partial(further_apart, doc), partial(retold, doc)))
    events = statement_addressees(default_recipients(events, doc, book), doc, book, lex)
    return [dataclasses.replace(e, id=f"e{i}") for i, e in enumerate(events, 1)], book


def extract_events(doc: Any, draft: ArticleResult, countries: CountryNames | None = None,
                   lex: event_lexicon.Lexicon | None = None) -> tuple[list[Event], list[Actor]]:
    """The article's events and its settled actors (the participants the events added included):
    a pure function of the parse and the draft."""
    events, book = code_doc(doc, draft, countries, lex)
    by_id = {a.id: a for a in book.actors}
    # no one acting, one party consulting no one, companies among themselves: no interaction to put
    # on a timeline; such events stay candidates, marked with their reason, and do not keep an
    # actor the article would otherwise drop (a candidate loses such a participant)
    events = gate(events, by_id.get, doc)
    # a recipient only the discourse gives keeps no actor the article would otherwise drop
    used = {a for e in events if not gated(e) for a in e.actor + (() if addressed(e) else e.recipient)} \
        | {q.speaker for q in draft.quotes if q.speaker}
    actors = settle(book.actors, used, doc, book.countries.of_text)  # then a protest at home is against its state
    return unaddressed_if_dropped(without_dropped(own_state_targets(events, actors), {a.id for a in actors})), actors


def run(doc: Any, draft: ArticleResult, resources: Resources) -> ArticleResult:
    """Code the article's PLOVER events; add actors for participants the actors stage missed."""
    lex = resources.get("event_lexicon", lambda: event_lexicon.load(*event_lexicon.user_files()))
    events, actors = extract_events(doc, draft, country_names(resources), lex)
    return dataclasses.replace(draft, events=tuple(events), actors=tuple(actors))


__all__ = ["code_doc", "extract_events", "merge_events", "quote_at", "run"]
