"""Admitting a wrong of one's own side: a concession (CONCEDE) by the one who admits it.

"Iran admitted shooting down the airliner", "Iran admitted that its forces had shot down the
airliner", "Barak admitted that his government was responsible for the failure of the talks",
"the cardinal confessed that the church had failed the victims": the guide has no type for
admissions and its coders code them CONCEDE (the admitted act stays its doers' own event). Read
as a statement, such a sentence accused the admitter's own side ("his government"), and a gerund
("admitted shooting down") made no statement at all.

An admission is a verb of admitting (word class ``events.coding.admissions.cues``) whose subject
is an actor and whose content is:

- a clause ("that its forces had shot down ...") whose subject is the admitter's own side: a
  pronoun ("it had made a mistake"), a phrase a possessive pronoun owns ("its forces", "his
  government"), or an actor of the admitter's own sector and country ("the church" of a cardinal);
- or a gerund, done by the admitter ("admitted shooting down", "admitted to torturing").

and that content tells a wrong: a hostile act coded in it (quad 3 or 4), a fault word (word class
``events.coding.admissions.fault_words``: mistake, responsible, failure ...) or a word judged bad.
Admitting what another side did ("the minister admitted that the rebels had shelled the town") or
what is no wrong ("acknowledged that he had received the letter") concedes nothing; a negated
admission is flagged so by the verb's own modality.

The admission's recipients are those the admitted acts were done to. Quote-read accusations
of the admitter in the same sentence (``quote:`` rules) are the admission misread and are dropped.
"""

from __future__ import annotations

from typing import Any, Sequence

from ...ontology import cameo_quad, quad_of
from ...schema import ArticleResult, Event, Provenance, Span
from ..common import sentence_span, word_class
from . import lexicon as event_lexicon
from .args import COMPONENT, ActorBook, participants
from .judgement import judgement
from .modality import aux_flags, intensity

ADMISSION_CUES = word_class("events.coding.admissions.cues")
FAULT_WORDS = word_class("events.coding.admissions.fault_words")
_OWN_PRONOUNS = frozenset({"we", "i", "it", "he", "she", "they"})
_OWN_POSSESSIVES = frozenset({"our", "my", "its", "his", "her", "their"})
RULE = "admission"


def _content(v: Any) -> tuple[Any, bool] | None:
    """(head of what verb ``v`` admits, whether it is a gerund the admitter did), or None."""
    for c in v.children:
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"):
            return c, False
        if c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG":
            return c, True
        if c.dep_ == "prep" and c.lower_ == "to":
            gerund = next((g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
            if gerund is not None:
                return gerund, True
    return None


def _own_side(head: Any, admitters: Sequence[str], book: ActorBook) -> bool:
    """Whether the subjects of a content clause are the admitter's own side (see the module)."""
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and head.head.lemma_ == "be":
        subjects = [c for c in head.head.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    mine = [book.get(a) for a in admitters]
    for s in subjects:
        if s.lower_ in _OWN_PRONOUNS or any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in s.children):
            continue
        theirs = [book.get(a) for a in participants([s], book, add=False)]
        if not theirs or not all(t is not None and any(m is not None and m.sector and m.sector == t.sector
                                                       and (m.country or t.country) == (t.country or m.country)
                                                       for m in mine) for t in theirs):
            return False
    return True


def _says_a_wrong(head: Any, inside: Sequence[Event]) -> bool:
    words = [t.lemma_.lower() for t in head.subtree]
    return any(quad_of(e.event) in (3, 4) for e in inside) or any(w in FAULT_WORDS for w in words) \
        or judgement(words) < 0


def admissions(doc: Any, draft: ArticleResult, book: ActorBook, coded: Sequence[Event]) -> list[Event]:
    """CONCEDE events of admissions of one's own wrongs (see the module)."""
    out: list[Event] = []
    for v in doc:
        if v.pos_ != "VERB" or v.lemma_.lower() not in ADMISSION_CUES or (found := _content(v)) is None:
            continue
        head, gerund = found
        lo, hi = min(t.idx for t in head.subtree), max(t.idx + len(t) for t in head.subtree)
        inside = [e for e in coded if e.trigger is not None and lo <= e.trigger.start < hi]
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        if not subjects or not _says_a_wrong(head, inside):
            continue  # (checked first: the admitter becomes an actor of the book only for an admitted wrong)
        admitters = participants(subjects, book)
        if not admitters or not (gerund or _own_side(head, admitters, book)):
            continue
        recipients = tuple(dict.fromkeys(r for e in inside if quad_of(e.event) in (3, 4) for r in e.recipient
                                         if r not in admitters))
        out.append(_event(v, draft, tuple(admitters), recipients))
    return out


def _event(v: Any, draft: ArticleResult, actors: tuple[str, ...], recipients: tuple[str, ...]) -> Event:
    cameo = event_lexicon.cameo_code("CONCEDE", None)
    aux = tuple(a for a in aux_flags([v], article_date=draft.article.date, times=draft.times)
                if a in ("negation", "hypothetical", "future"))
    rule = f"{RULE}:{v.lemma_.lower()}"
    return Event(id="", event="CONCEDE", evidence=sentence_span(v.sent), actor=actors, recipient=recipients,
                 cameo=cameo, quad=cameo_quad(cameo), intensity=intensity(cameo, aux), aux=aux, confidence=0.6,
                 rule=rule, trigger=Span(v.idx, v.idx + len(v.text), v.text),
                 provenance=Provenance(COMPONENT, rule, 0.6, "an admission of a wrong of the admitter's own side"))


def without_misread_admissions(events: Sequence[Event], conceded: Sequence[Event]) -> list[Event]:
    """``events`` without the quote-read accusations of an admitter in the sentence of its admission."""
    def misread(e: Event) -> bool:
        return e.event == "ACCUSE" and (e.rule or "").startswith("quote:") and any(
            set(e.actor) & set(c.actor) and e.evidence.start < c.evidence.end and c.evidence.start < e.evidence.end
            for c in conceded)
    return [e for e in events if not misread(e)]


__all__ = ["ADMISSION_CUES", "FAULT_WORDS", "admissions", "without_misread_admissions"]
