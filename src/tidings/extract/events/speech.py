"""Speech acts carried by what a speaker says: a quote that condemns or praises another actor is an
event of its speaker (ACCUSE or SUPPORT), with the judged actor as recipient.

"For too long, members of Congress have abused their power," said Senator X: an accusation by X
against Congress, although no accusing verb appears. The judgement is read from the quote's own
words (:func:`tidings.extract.events.coding.judgement.polarity`); the judged actor is an actor named inside the
quote as the subject or object of its clause (not the speaker, not a first-person pronoun). A quote
that judges no one named, or names no one it judges, stays a quote.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Iterable, Sequence

from ...ontology import cameo_quad, quad_of
from ...schema import ArticleResult, Event, Provenance, Quote, Span
from . import lexicon as event_lexicon
from ..common import sentence_span, word_class
from .args import COMPONENT, ActorBook, is_participant_like, participants
from .modality import aux_flags, intensity
from .judgement import polarity

QUOTE_JUDGEMENT = 1.0  # |polarity| a quote needs (a verdict predicate needs 0.5: a quote says more)
QUOTE_GENERAL_FLOOR = 0.5  # general-purpose valences weaker than this judge no one in a whole quote
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "attr"})
# Pronouns that can stand for someone judged: third persons ("it" is most often the thing spoken of).
_JUDGED_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "they", "them", "their"})


def _targets(span: Any, speaker: str, book: ActorBook) -> list[str]:
    """Actors named inside the quote in a participant role, or referred to by a third-person
    pronoun, the speaker left out."""
    out: list[str] = []
    for tok in span:
        if tok.dep_ not in _ROLES:
            continue
        if tok.pos_ == "PRON":
            if tok.lower_ in _JUDGED_PRONOUNS:
                found = participants([tok], book, exclude=frozenset({speaker}))
                out += [a for a in found if a != speaker and a not in out]
            continue
        if not is_participant_like(tok):
            continue
        for aid in participants([tok], book, add=False):
            if aid != speaker and aid not in out:
                out.append(aid)
    return out


def judged_in_quotes(doc: Any, draft: ArticleResult, book: ActorBook, coded: Sequence[Event]) -> list[Event]:
    """ACCUSE / SUPPORT events of quote speakers whose words judge an actor they name."""
    out: list[Event] = []
    for q in draft.quotes:
        if not q.speaker:
            continue
        span = doc.char_span(q.span.start, q.span.end, alignment_mode="expand")
        if span is None or len(span) < 3:
            continue
        score = polarity((t.lemma_ for t in span), min_general=QUOTE_GENERAL_FLOOR)
        if abs(score) < QUOTE_JUDGEMENT:
            continue
        event = "ACCUSE" if score < 0 else "SUPPORT"
        if _already(coded, q, event):
            continue
        targets = _targets(span, q.speaker, book)
        if not targets:
            continue
        out.append(_event(doc, draft, q, span[0].sent, event, targets[:1], abs(score)))
    return out


def _cue_lemma(doc: Any, q: Quote) -> str:
    cue = doc.char_span(q.cue_span.start, q.cue_span.end, alignment_mode="expand") if q.cue_span else None
    return cue.root.lemma_.lower() if cue is not None else ""


def _other_side(speaker: str, doers: Sequence[str], book: ActorBook) -> bool:
    """Whether the doers are of another state than the speaker (both states known)."""
    own = book.country(speaker)
    theirs = {book.country(d) for d in doers}
    return bool(own) and None not in theirs and own not in theirs


def alleged_in_quotes(doc: Any, draft: ArticleResult, book: ActorBook, coded: Sequence[Event]) -> list[Event]:
    """ACCUSE events of quote speakers who report another's act as an allegation: a hostile act
    (verbal or material conflict) of another state's side ("officials said Ostrian troops had
    shelled villages"), or any act under an allegation cue ("claimed the protesters had been paid
    by the government"). The reported act stays its doers' own event. A news outlet (sector JRN)
    reporting an act alleges nothing: "NPR reported that troops had shelled villages" is news."""
    out: list[Event] = []
    for q in draft.quotes:
        if not q.speaker or _already(coded, q, "ACCUSE") or news_outlet(q.speaker, book):
            continue  # a news outlet reporting an act reports the news: it accuses no one
        alleging = _cue_lemma(doc, q) in word_class("allegation_cue")
        for ev in coded:
            if ev.trigger is None or not (q.span.start <= ev.trigger.start and ev.trigger.end <= q.span.end):
                continue
            if not ev.actor or q.speaker in ev.actor or set(ev.aux) & {"negation", "hypothetical"}:
                continue
            hostile = quad_of(ev.event) in (3, 4) and _other_side(q.speaker, ev.actor, book)
            if alleging or hostile:
                out.append(_allegation(doc, draft, q, list(ev.actor), f"reporting {ev.event} by another side"))
                break
        else:
            if alleging and (accused := _accused(doc, q, book)):
                out.append(_allegation(doc, draft, q, accused, "alleging what the accused did"))
    return [e for e in out if e is not None]


NEWS_SECTORS = frozenset({"JRN"})


def news_outlet(aid: str, book: ActorBook) -> bool:
    actor = book.get(aid)
    return actor is not None and actor.sector in NEWS_SECTORS


def _accused(doc: Any, q: Quote, book: ActorBook) -> list[str]:
    """Whom an allegation is about: the agents of its passives ("had been paid by the government"),
    else the subject of its main clause; never the speaker or a pronoun."""
    span = doc.char_span(q.span.start, q.span.end, alignment_mode="expand")
    if span is None:
        return []
    agents = [g for t in span if t.dep_ == "agent" for g in t.children if g.dep_ == "pobj"]
    heads = agents or [t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.head == span.root]
    heads = [h for h in heads if h.pos_ != "PRON" and is_participant_like(h)]
    return [a for a in participants(heads, book, add=False) if a != q.speaker]


def _allegation(doc: Any, draft: ArticleResult, q: Quote, accused: list[str], why: str) -> Event | None:
    span = doc.char_span(q.span.start, q.span.end, alignment_mode="expand")
    if span is None:
        return None
    event = _event(doc, draft, q, span[0].sent, "ACCUSE", accused, 1.0)
    rule = "quote:allege"
    return dataclasses.replace(event, mode="allege", rule=rule,
                               provenance=Provenance(COMPONENT, rule, event.confidence, f"{q.kind} quote {why}"))


def _already(coded: Iterable[Event], q: Quote, event: str) -> bool:
    """Whether the speaker's verb already codes this act ("condemned X, saying '...'")."""
    return any(e.event == event and q.speaker in e.actor and e.evidence.start <= q.span.end
               and q.span.start <= e.evidence.end for e in coded)


def _event(doc: Any, draft: ArticleResult, q: Quote, sent: Any, event: str, recipients: list[str],
           strength: float) -> Event:
    evidence = sentence_span(sent)
    mode = "disapprove" if event == "ACCUSE" else None
    cameo = event_lexicon.cameo_code(event, mode)
    cue = doc.char_span(q.cue_span.start, q.cue_span.end, alignment_mode="expand") if q.cue_span else None
    aux = aux_flags([cue.root], article_date=draft.article.date, times=draft.times) if cue is not None else ()
    aux = tuple(a for a in aux if a in ("negation", "hypothetical"))
    trigger = q.cue_span or Span(q.span.start, q.span.end, q.text)
    score = round(min(0.9, 0.4 + 0.1 * strength), 2)
    rule = f"quote:{'condemn' if event == 'ACCUSE' else 'praise'}"
    return Event(id="", event=event, evidence=evidence, actor=(q.speaker,) if q.speaker else (),
                 recipient=tuple(recipients), mode=mode, cameo=cameo, quad=cameo_quad(cameo),
                 intensity=intensity(cameo, aux), aux=aux, quote=q.id, confidence=score, rule=rule, trigger=trigger,
                 provenance=Provenance(COMPONENT, rule, score, f"{q.kind} quote judging {len(recipients)} actor(s)"))


__all__ = ["NEWS_SECTORS", "QUOTE_JUDGEMENT", "alleged_in_quotes", "judged_in_quotes", "news_outlet"]
