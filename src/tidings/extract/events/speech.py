"""Speech acts carried by what a speaker says: a quote that condemns or praises another actor is an
event of its speaker (ACCUSE or SUPPORT), with the judged actor as recipient; one that threatens
("the attacks will not go unanswered") is the speaker's threat (THREATEN).

"For too long, members of Congress have abused their power," said Senator X: an accusation by X
against Congress, although no accusing verb appears. The judgement is read clause by clause
(:mod:`tidings.extract.events.verdicts`): a clause whose own words condemn or praise judges its
subject. The subject may be a name, a third-person pronoun, or an act and so its doer ("this latest
move by X is clumsy", "It is a propaganda stunt" after X's act is told). The speaker and the
speaker's own side ("our soldiers"; a state organ's fellow organs: :func:`.addressee.own_side`) are never judged by their own words; a quote that judges no one
named, or names no one it judges, stays a quote, and a news outlet reporting a verdict ("according
to NBC") passes none of its own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from ...ontology import cameo_quad, quad_of
from ...schema import Actor, ArticleResult, Event, Provenance, Quote, Span
from ..common import sentence_span, word_class
from . import lexicon as event_lexicon
from .act_owners import owners_before
from .anaphora import (
    act_nouns,
    state_country,
    earlier_doer,
    lead_doer,
    speaks_for_a_state,
    unrealised_act,
)
from .addressee import own_side
from .appeals import possessors
from .args import COMPONENT, ActorBook, is_participant_like, participants
from .culpability import culpable_subjects, wrongdoers
from .denials import claim_makers, denied_claims, is_claim, says_false
from .judgement import judgement, polarity
from .modality import aux_flags, intensity
from .targets import described_group
from .threats import threatening_clause
from .verdicts import verdicts

QUOTE_JUDGEMENT = 1.0  # |polarity| a quote needs (a verdict predicate needs 0.5: a quote says more)
QUOTE_GENERAL_FLOOR = 0.5  # general-purpose valences weaker than this judge no one in a whole quote
# Pronouns that can stand for someone judged: third persons ("it" is most often the thing spoken of).
_JUDGED_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "they", "them", "their"})


def judged_in_quotes(doc: Any, draft: ArticleResult, book: ActorBook, coded: Sequence[Event],
                     lex: event_lexicon.Lexicon | None = None) -> list[Event]:
    """ACCUSE / SUPPORT events of quote speakers whose words judge an actor: the subject of a
    clause that passes a verdict (:func:`~tidings.extract.events.verdicts.verdicts`), a name, a
    pronoun, or an act ("this", "the move") and so its doer. One judgement of each kind a quote."""
    lex = lex or event_lexicon.load()
    unrealised = unrealised_act(doc)
    out: list[Event] = []
    for q in draft.quotes:
        if not q.speaker or news_outlet(q.speaker, book):
            continue  # a news outlet reporting a verdict passes none of its own
        span = doc.char_span(q.span.start, q.span.end, alignment_mode="expand")
        if span is None or len(span) < 3:
            continue
        done: set[str] = set()
        own = own_side((q.speaker,), book.actors)
        for head, claim in denied_claims(span):  # "these claims are false": the speaker rejects them
            if "REJECT" in done or _already(coded, q, "REJECT"):
                break
            done.add("REJECT")
            makers = [a for a in participants(claim_makers(claim), book, exclude=frozenset({q.speaker}))
                      if a != q.speaker] or list(_claim_maker_before(coded, claim, q.speaker, book, unrealised))
            out.append(_event(doc, draft, q, head.sent, "REJECT", makers[:1], 1.0))
        for v in verdicts(span, QUOTE_JUDGEMENT, QUOTE_GENERAL_FLOOR):
            if is_claim(v.judged) and says_false(v.head.subtree):
                continue  # a claim called false is denied (above), not condemned
            event = "ACCUSE" if v.score < 0 else "SUPPORT"
            if event in done or _already(coded, q, event):
                continue
            targets = _judged_actors(v.judged, span, q.speaker, book, coded, lex, unrealised, _spoken_of(doc, q))
            targets = [t for t in targets if not _own_organ(book.get(t), own)]
            if targets:
                done.add(event)
                # "those who ..." stands for all it describes; another subject for one actor
                kept = targets if v.judged.lower_ == "those" else targets[:1]
                out.append(_event(doc, draft, q, v.head.sent, event, kept, abs(v.score)))
    return out


def threatened_in_quotes(doc: Any, draft: ArticleResult, book: ActorBook, coded: Sequence[Event],
                         lex: event_lexicon.Lexicon | None = None) -> list[Event]:
    """THREATEN events of quote speakers whose words threaten, whatever verb reports them ("the
    Kremlin said the attacks would not go unanswered", "said the attackers would pay a heavy price":
    :func:`.threats.threatening_clause`): aimed at whom the clause's subject stands for, the doers of
    an act or those who will pay, never the speaker's own side ("we would pay a heavy price"). A wish or
    a demand that they be punished ("hoped those responsible would be punished", word class
    ``events.coding.threats.wishing_cues``) threatens no one."""
    lex = lex or event_lexicon.load()
    unrealised = unrealised_act(doc)
    out: list[Event] = []
    for q in draft.quotes:
        if not q.speaker or news_outlet(q.speaker, book) or _already(coded, q, "THREATEN") \
                or _cue_lemma(doc, q) in _WISHING_CUES:  # "hoped those responsible would be punished": a wish
            continue
        span = doc.char_span(q.span.start, q.span.end, alignment_mode="expand")
        own = own_side((q.speaker,), book.actors)
        for v in (t for t in span or () if t.pos_ in ("VERB", "AUX") and threatening_clause(t)):
            subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(s.lower_ in _FIRST_PERSON or any(c.dep_ == "poss" and c.lower_ in _FIRST_PERSON for c in s.children)
                   for s in subjects):
                continue
            targets = [a for s in subjects for a in _judged_actors(s, span, q.speaker, book, coded, lex, unrealised)
                       if not _own_organ(book.get(a), own)]
            out.append(_event(doc, draft, q, v.sent, "THREATEN", list(dict.fromkeys(targets)), 1.0))
            break
    return out


_WISHING_CUES = word_class("events.coding.threats.wishing_cues")


def _own_state(book: ActorBook) -> Callable[[str], str | None]:
    """The country an actor may speak or act for (:func:`.anaphora.state_country`): a state's words
    never judge its own organs' acts, but do judge its country's rebels, gunmen and protesters."""
    return state_country(book.country, book.actors)


def _own_organ(actor: Actor | None, own: Callable[[Actor], bool]) -> bool:
    """Whether a judged actor is an organ of the speaking organ's own state named by no name ("the
    Afghan authorities" in the justice ministry's words); a named office holder of the same state
    (a state attorney general on the president) is another side in domestic politics."""
    return actor is not None and actor.kind != "person" and own(actor) \
        and not any(m.kind == "name" for m in actor.mentions)


_ACT_WORDS = frozenset({"it", "this", "that"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_FIRST_PERSON = frozenset({"we", "i", "us", "me", "our", "my", "ours"})


def _judged_actors(tok: Any, span: Any, speaker: str, book: ActorBook, coded: Sequence[Event],
                   lex: event_lexicon.Lexicon, unrealised: Callable[[Event], bool], about: Any = None) -> list[str]:
    """Whom a judged subject stands for; the speaker and the speaker's own side ("our soldiers")
    are never judged by their own words. ``about``: what the speech cue says the quote is "of"
    ('"This is ...," X said of Y's decision'), which a pointing "this" or "it" stands for."""
    if tok.lower_ in _FIRST_PERSON or any(c.dep_ == "poss" and c.lower_ in _FIRST_PERSON for c in tok.children):
        return []
    if tok.pos_ == "PRON" and tok.lower_ in _JUDGED_PRONOUNS:
        return [a for a in participants([tok], book, exclude=frozenset({speaker})) if a != speaker]
    if described_group(tok) is not None:  # "those involved in the protests would be dealt with": whom it describes
        return [a for a in participants([tok], book, exclude=frozenset({speaker})) if a != speaker]
    if tok.lower_ == "those" and (described := [c for c in tok.children if c.dep_ == "relcl"]):
        return _described_accusers(described[0], speaker, book, coded)
    if tok.lower_ in _ACT_WORDS and about is not None:  # '"It is ...," X said of Y's decision'
        if found := _judged_actors(about, span, speaker, book, coded, lex, unrealised):
            return found
    if tok.lower_ in _ACT_WORDS:  # "It is a propaganda stunt": the act just told, and so its doer
        return _earlier_subject(tok, span, speaker, book) or list(
            lead_doer(coded, span.start_char, (speaker,), _own_state(book), speaks_for_a_state((speaker,), book.actors)))
    if tok.pos_ == "NOUN" and not is_participant_like(tok):
        # a thing judged is its doer's: "His use of the courts", "this latest move from government"
        doers = [g for g in possessors(tok) if g.lower_ not in _FIRST_PERSON] + [
            g for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
            for g in c.children if g.dep_ == "pobj"] + _verdict_agents(tok)
        entry = lex.nouns.get(tok.lemma_.lower())
        is_act = tok.lemma_.lower() in act_nouns() or bool(entry and entry.event)
        if not doers and is_act:  # an act told by its doer's name or nationality: "the Serbian response"
            doers = owners_before(tok)
        if doers:
            return [a for a in participants(doers, book, exclude=frozenset({speaker})) if a != speaker]
        if not is_act:
            return []
        if named := _named_earlier(tok, book, speaker):
            return named
        kind = entry.event if entry and entry.event else None
        state = speaks_for_a_state((speaker,), book.actors)  # a union may judge its own government
        return list(earlier_doer(coded, span.start_char, kind, (speaker,), _own_state(book), state, unrealised)
                    # a pointing noun ("the measure") with no material act before it names the lead act
                    or (lead_doer(coded, span.start_char, (speaker,), _own_state(book), state) if kind is None else ()))
    if tok.pos_ != "PRON" and is_participant_like(tok):
        pointing = any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in tok.children)
        named = [a for a in participants([tok], book, add=False) if a != speaker]
        if not named and not pointing and unnamed_body(tok):  # "said the army had committed war crimes"
            named = [a for a in participants([tok], book) if a != speaker]
        if named or not pointing:
            return named
        # "this individual is a terrorist": whom the demonstrative points back to
        return _earlier_subject(tok, span, speaker, book) or list(
            lead_doer(coded, span.start_char, (speaker,), _own_state(book), speaks_for_a_state((speaker,), book.actors)))
    return []


def _verdict_agents(subject: Any) -> list[Any]:
    """The "by" phrase of the predicate a judged act is given ("the attack was an act of aggression
    by ISIS"): the act's doers, as its own "by" phrase would be."""
    if subject.dep_ != "nsubj":
        return []
    preds = [c for c in subject.head.children if c.dep_ in ("attr", "acomp")]
    return [g for p in preds for t in p.subtree if t.dep_ == "prep" and t.lower_ == "by"
            for g in t.children if g.dep_ == "pobj"]


def _described_accusers(clause: Any, speaker: str, book: ActorBook, coded: Sequence[Event]) -> list[str]:
    """Whom "those who ..." stands for when its relative clause is about the speaker's own side
    ("Those who want to link the attack to Norway are lying", said by its prime minister): the
    article's actors who told something against that side (its verbal conflict events, before or
    after the quote), not of the speaker's own country."""
    own_country = book.country(speaker)
    named = participants([t for t in clause.subtree if t.pos_ == "PROPN" or is_participant_like(t)], book, add=False)
    side = {a for a in named if a == speaker or (own_country and book.country(a) == own_country)}
    if not side:
        return []
    doers: list[str] = []
    for ev in coded:
        if quad_of(ev.event) != 3 or "negation" in ev.aux or not side & {*ev.recipient}:
            continue
        doers += [a for a in ev.actor if a != speaker and not (own_country and book.country(a) == own_country)]
    return list(dict.fromkeys(doers))


def _named_earlier(tok: Any, book: ActorBook, speaker: str) -> list[str]:
    """The doer an earlier mention of the same act noun named ("his ruling ... 'The ruling is
    unwelcome'"): its possessor (a pronoun too) or "by" phrase; none when that is the speaker."""
    lemma = tok.lemma_.lower()
    for t in reversed(tok.doc[:tok.i]):
        if t.pos_ != "NOUN" or t.lemma_.lower() != lemma:
            continue
        doers = possessors(t) + [g for c in t.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                                 for g in c.children if g.dep_ == "pobj"]
        found = list(participants(doers, book, exclude=frozenset({speaker}))) if doers else []
        if found:
            return [] if speaker in found else found[:1]
    return []


def _earlier_subject(tok: Any, span: Any, speaker: str, book: ActorBook) -> list[str]:
    """The actor who is the subject of the clause just before a judged "this" inside the same
    quote ("X is trying to use the courts. This is a dangerous way to govern")."""
    for t in reversed(span.doc[span.start:tok.i]):
        if t.dep_ == "nsubj" and t.pos_ != "PRON" and is_participant_like(t):
            found = [a for a in participants([t], book, add=False) if a != speaker]
            if found:
                return found
    return []


_ABOUT_PREPS = frozenset({"of", "about"})


def _cue_of(doc: Any, q: Quote) -> Any:
    """The quote's speech cue in the parse, or None."""
    return doc.char_span(q.cue_span.start, q.cue_span.end, alignment_mode="expand") if q.cue_span else None


def _spoken_of(doc: Any, q: Quote) -> Any:
    """What the speech cue says a quote is about ("said of the decision", "wrote about the ban"), or None."""
    cue = _cue_of(doc, q)
    if cue is None:
        return None
    return next((g for c in cue.root.children if c.dep_ == "prep" and c.lower_ in _ABOUT_PREPS
                 for g in c.children if g.dep_ == "pobj"), None)


def _cue_lemma(doc: Any, q: Quote) -> str:
    cue = _cue_of(doc, q)
    return cue.root.lemma_.lower() if cue is not None else ""


def _other_side(speaker: str, doers: Sequence[str], book: ActorBook) -> bool:
    """Whether the doers are of another state than the speaker (both states known)."""
    own = book.country(speaker)
    theirs = {book.country(d) for d in doers}
    return bool(own) and None not in theirs and own not in theirs


def alleged_in_quotes(doc: Any, draft: ArticleResult, book: ActorBook, coded: Sequence[Event]) -> list[Event]:
    """ACCUSE events of quote speakers who report another's act as an allegation: a hostile deed
    (material conflict) of another state's side ("officials said Ostrian troops had shelled
    villages"), any act under an allegation cue ("claimed the protesters had been paid by the
    government"), or a wrong said to be someone's ("said the Front was behind the bombing",
    :mod:`tidings.extract.events.culpability`). Another side's words (a rejection, a criticism) are
    reported, not alleged. The reported act stays its doers' own event. A news outlet (sector JRN)
    reporting an act alleges nothing: "NPR reported that troops had shelled villages" is news."""
    out: list[Event] = []
    for q in draft.quotes:
        if not q.speaker or _already(coded, q, "ACCUSE") or _already(coded, q, "REQUEST") or news_outlet(
                q.speaker, book):  # a demand ("insisted that X withdraw") alleges nothing
            continue  # a news outlet reporting an act reports the news: it accuses no one
        alleging = _cue_lemma(doc, q) in word_class("allegation_cue")
        for ev in coded:
            if ev.trigger is None or not (q.span.start <= ev.trigger.start and ev.trigger.end <= q.span.end):
                continue
            if not ev.actor or q.speaker in ev.actor or set(ev.aux) & {"negation", "hypothetical"}:
                continue
            hostile = quad_of(ev.event) == 4 and _other_side(q.speaker, ev.actor, book)
            if alleging or hostile:
                out.append(_allegation(doc, draft, q, list(ev.actor), f"reporting {ev.event} by another side"))
                break
        else:
            if alleging and not _described_only(doc, q) and (_cue_lemma(doc, q) not in _VIEW_CUES or _act_or_wrong(doc, q)) \
                    and (accused := _accused(doc, q, book)):
                out.append(_allegation(doc, draft, q, accused, "alleging what the accused did"))
            elif accused := _culpable(doc, q, book):
                out.append(_allegation(doc, draft, q, accused, "saying who did a wrong"))
    return [e for e in out if e is not None]


NEWS_SECTORS = frozenset({"JRN"})


def news_outlet(aid: str, book: ActorBook) -> bool:
    actor = book.get(aid)
    return actor is not None and actor.sector in NEWS_SECTORS


def _accused(doc: Any, q: Quote, book: ActorBook) -> list[str]:
    """Whom an allegation is about: the agents of its passives ("had been paid by the government"),
    else the active subject of its main clause (a passive's subject suffered the act: "ninety
    civilians were wounded" accuses no civilian); never the speaker or a pronoun."""
    span = doc.char_span(q.span.start, q.span.end, alignment_mode="expand")
    if span is None:
        return []
    agents = [g for t in span if t.dep_ == "agent" for g in t.children if g.dep_ == "pobj"]
    heads = agents or [t for t in span if t.dep_ == "nsubj" and t.head == span.root]
    heads = [h for h in heads if h.pos_ != "PRON" and is_participant_like(h)]
    # the accused may be named only here, by office ("claimed the president had rigged the vote")
    return [a for a in participants(heads, book) if a != q.speaker]


_PREDICATES = frozenset({"attr", "acomp"})


def _described_only(doc: Any, q: Quote) -> bool:
    """Whether what a claim says is only what someone is, with no wrong in it ("claimed Lincoln was
    the last third party candidate elected"): a copular clause whose predicate judges no one badly."""
    span = doc.char_span(q.span.start, q.span.end, alignment_mode="expand")
    if span is None or span.root.lemma_ != "be":
        return False
    preds = [c for c in span.root.children if c.dep_ in _PREDICATES]
    return bool(preds) and all(judgement(t.lemma_ for t in p.subtree) >= 0 for p in preds)


# Cues of claiming that report a view ("claimed", "asserted"): what they report alleges a wrong
# only when it tells an act or its words judge badly (word class ``events.speech.view_cues``); a
# state ("has enough money", ``events.speech.stative_verbs``) judged by no word is a view.
_VIEW_CUES = word_class("events.speech.view_cues")
_STATIVE = word_class("events.speech.stative_verbs")


def _act_or_wrong(doc: Any, q: Quote) -> bool:
    """Whether a quote tells an act (its main verb is no verb of state, or it has a passive's "by"
    phrase: "had been paid by the government") or its words judge badly ("was corrupt"), read as a
    whole quote is."""
    span = doc.char_span(q.span.start, q.span.end, alignment_mode="expand")
    if span is None:
        return False
    if span.root.lemma_.lower() not in _STATIVE or any(t.dep_ == "agent" for t in span):
        return True
    return polarity((t.lemma_ for t in span), QUOTE_GENERAL_FLOOR) < 0


def _culpable(doc: Any, q: Quote, book: ActorBook) -> list[str]:
    """Whom a statement says did a wrong ("X was behind the bombing", "the violence was caused by X");
    never the speaker."""
    span = doc.char_span(q.span.start, q.span.end, alignment_mode="expand")
    if span is None:
        return []
    heads = [h for h in culpable_subjects(span) + wrongdoers(span) if h.pos_ != "PRON" and is_participant_like(h)]
    found = [a for a in participants(heads, book, add=False) if a != q.speaker]
    found = found or [a for a in participants([h for h in heads if unnamed_body(h)], book) if a != q.speaker]
    return found[:1]


# State organs and armed groups a statement may hold to blame by their common noun alone ("the
# army", "the police", "the regime"), an actor of their own though no event named them yet; a
# possessed one ("his organization") is the possessor's, and a country or a member ("the
# country", "the group's members") stands for one named elsewhere
ACCUSED_BODIES = word_class("events.speech.accused_bodies")


def unnamed_body(tok: Any) -> bool:
    """Whether a judged noun is a state organ or armed group of no name, owned by no one."""
    return tok.lemma_.lower() in ACCUSED_BODIES and not any(c.dep_ == "poss" for c in tok.children)


def _allegation(doc: Any, draft: ArticleResult, q: Quote, accused: list[str], why: str) -> Event | None:
    span = doc.char_span(q.span.start, q.span.end, alignment_mode="expand")
    if span is None:
        return None
    event = _event(doc, draft, q, span[0].sent, "ACCUSE", accused, 1.0)
    rule = "quote:allege"
    return dataclasses.replace(event, mode="allege", rule=rule,
                               provenance=Provenance(COMPONENT, rule, event.confidence, f"{q.kind} quote {why}"))


def _already(coded: Iterable[Event], q: Quote, event: str) -> bool:
    """Whether the speaker's verb already codes this act ("condemned X, saying '...'"); a ruling
    (``ruling:``) is the court's verdict on what its clause judges, for or against."""
    return any((e.event == event or (event in _QUOTE_RULES and (e.rule or "").startswith("ruling:")))
               and q.speaker in e.actor and e.evidence.start <= q.span.end
               and q.span.start <= e.evidence.end for e in coded)


_QUOTE_RULES = {"ACCUSE": "condemn", "SUPPORT": "praise", "REJECT": "deny", "THREATEN": "threaten"}


def _claim_maker_before(coded: Sequence[Event], claim: Any, speaker: str, book: ActorBook,
                        unrealised: Callable[[Event], bool]) -> tuple[str, ...]:
    """Who made a claim its own words do not name ("the allegations are baseless"): the accuser of
    the nearest accusation told before it that the speaker did not make."""
    state = speaks_for_a_state((speaker,), book.actors)
    return earlier_doer(coded, claim.idx, "ACCUSE", (speaker,), _own_state(book), state, unrealised)


def _event(doc: Any, draft: ArticleResult, q: Quote, sent: Any, event: str, recipients: list[str],
           strength: float) -> Event:
    evidence = sentence_span(sent)
    mode = "disapprove" if event == "ACCUSE" else None
    cameo = event_lexicon.cameo_code(event, mode)
    cue = _cue_of(doc, q)
    aux = aux_flags([cue.root], article_date=draft.article.date, times=draft.times) if cue is not None else ()
    aux = tuple(a for a in aux if a in ("negation", "hypothetical"))
    trigger = q.cue_span or Span(q.span.start, q.span.end, q.text)
    score = round(min(0.9, 0.4 + 0.1 * strength), 2)
    rule = f"quote:{_QUOTE_RULES[event]}"
    return Event(id="", event=event, evidence=evidence, actor=(q.speaker,) if q.speaker else (),
                 recipient=tuple(recipients), mode=mode, cameo=cameo, quad=cameo_quad(cameo),
                 intensity=intensity(cameo, aux), aux=aux, quote=q.id, confidence=score, rule=rule, trigger=trigger,
                 provenance=Provenance(COMPONENT, rule, score, f"{q.kind} quote judging {len(recipients)} actor(s)"))


__all__ = ["NEWS_SECTORS", "QUOTE_JUDGEMENT", "alleged_in_quotes", "judged_in_quotes", "news_outlet", "threatened_in_quotes"]
