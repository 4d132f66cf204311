"""The clause of an event's trigger, as the date and place rules read it from spaCy's parse, and
the date it gives the event.

A date or place belongs to an event when it sits in the clause of the event's trigger: its
dependency subtree, not descending into embedded clauses, nor into adverbial or coordinated
clauses with a subject of their own. These functions find that clause, the clause that owns
any other token, and the subject phrase of the trigger's verb.

The event's date (:func:`choose_date`), in order: the temporal expression in the clause of the
event's trigger; else the one nearest the trigger in its sentence that no other event's clause
owns (a date in a clause with its own subject that neither is nor embeds the trigger's clause
belongs to that clause: "Zelenskyy said he recently spoke" leaves the saying undated by
*recently*). Carried dates, the scene's date and the article's date are :mod:`.component`'s.
"""

from __future__ import annotations

from typing import Any, Sequence

from ...schema import Event, EventDate, TimeExpression
from ..common import token_at, word_class
from ..times.finder import modifies_a_noun

EMBEDDED = {"ccomp", "xcomp", "relcl", "csubj", "parataxis", "acl"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
# prepositions whose object is the occasion of an act ("in a 2011 interview", "at Sunday's rally")
OCCASION_PREPS = {"in", "at", "during", "on"}


def clause_tokens(trigger: Any) -> set[int]:
    """Token indices of the trigger's clause: its subtree minus embedded clauses and adverbial clauses
    with a subject of their own.

    A bare participle clause ("Speaking in the Oval Office, ...") shares the subject of its
    head, so it stays in; so does the clause the trigger itself depends on when the trigger is
    a noun ("the meeting ... in Alaska" hangs from "meeting").
    """
    out: set[int] = set()
    stack = [trigger]
    while stack:
        tok = stack.pop()
        out.add(tok.i)
        for child in tok.children:
            if child.dep_ in EMBEDDED:
                continue
            if child.dep_ in ("advcl", "conj") and has_subject(child):
                continue  # "..., and police detained dozens in Madrid": another clause, another event
            stack.append(child)
    return out


def has_subject(tok: Any) -> bool:
    return any(c.dep_ in SUBJECTS for c in tok.children)


def clause_start(verb: Any) -> int:
    """Index of the first token of a clause proper: its subject or complementizer, else the verb."""
    firsts = [c.left_edge.i for c in verb.children if c.dep_ in SUBJECTS or c.dep_ == "mark"]
    return min(firsts + [verb.i])


def owning_clause(tok: Any) -> Any:
    """The nearest verb at or above ``tok`` that has a subject of its own (else the root).

    A date before the subject of an embedded clause is outside it, whatever the parse says:
    "said at a press conference yesterday morning the laws should change" dates the saying.
    """
    cur = tok
    for _ in range(40):
        if cur.pos_ in ("VERB", "AUX") and has_subject(cur):
            if cur.dep_ in ("ccomp", "advcl") and tok.i < clause_start(cur) and cur.head.i != cur.i:
                cur = cur.head
                continue
            return cur
        if cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def fronted(tok: Any, verb: Any) -> bool:
    """Whether ``tok`` stands before the subject of ``verb``'s clause ("On Monday, troops ...")."""
    return tok.i < clause_start(verb)


def belongs_elsewhere(tok: Any, trigger: Any) -> bool:
    """Whether a date at ``tok`` is told of another event's clause than the trigger's.

    It is when the clause with a subject that owns the date is not the trigger's own clause
    and does not embed it ("Zelenskyy said he recently spoke": *recently* is the speaking's,
    not the saying's), or when the two are coordinated clauses with subjects of their own
    ("troops entered on Monday and rebels seized the bridge"), unless the date stands in
    front of the first of them and so scopes over both ("On Monday, 9 were killed and 30
    were injured"). A relative clause on the trigger itself ("the talks, which ended on
    Friday") speaks of the trigger's event, and one on a noun of a prepositional phrase of its
    clause speaks of a circumstance of it ("killed in a blast that hit on Monday"); one on a
    participant does not ("met the president, who arrived on Tuesday").
    """
    mine, theirs = owning_clause(trigger), owning_clause(tok)
    if mine.i == theirs.i:
        return False
    if theirs.dep_ in ("relcl", "acl") and (theirs.head.i == trigger.i or (
            theirs.head.dep_ == "pobj" and theirs.head.i in clause_tokens(trigger))):
        return False  # about the event itself, or a circumstance of it ("killed in a blast that hit on Monday")
    cur = mine
    for _ in range(40):
        if cur.dep_ == "conj" and has_subject(cur) and not (cur.head.i == theirs.i and fronted(tok, theirs)):
            return True  # coordinated with a clause that has a subject of its own, and not fronted before both
        if cur.head.i == cur.i:
            return True  # reached the root without meeting the date's clause: it is below, or beside
        cur = cur.head
        if cur.i == theirs.i:
            return False  # the date's clause embeds the trigger's ("On Monday, he said troops attacked")
    return True


def trigger_token(doc: Any, event: Event) -> Any:
    tok = token_at(doc, event.trigger)
    if tok is not None:
        return tok
    sp = doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand")
    return sp.root if sp is not None and len(sp) else None


def sentence_bounds(tok: Any) -> tuple[int, int]:
    return tok.sent.start_char, tok.sent.end_char


def in_infinitive(tok: Any, trigger: Any) -> bool:
    """Whether a token sits in a to-infinitive that completes a noun ("a plan to put boots ... in X")."""
    cur = tok
    while cur.i != trigger.i and cur.head.i != cur.i:
        if cur.pos_ in ("VERB", "AUX") and any(c.tag_ == "TO" for c in cur.children) and cur.head.pos_ == "NOUN":
            return True
        cur = cur.head
    return False


def purpose_topic(tok: Any, trigger: Any) -> bool:
    """Whether a place token tells the topic of a "to" purpose of the trigger, not where it was: its
    phrase hangs on a noun that a talk purpose is about ("met X to discuss the situation in Gaza",
    "to talk about the war in Sudan"; word class ``events.coding.detect.topic_verbs``). A place on
    the purpose's verb, or on what another purpose acts on ("met to sign the deal in Cairo"), is
    where it was."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("NOUN", "PROPN"):
        return False
    about, cur = False, prep.head
    while cur.i != trigger.i and cur.head.i != cur.i:
        about = about or (cur.dep_ == "prep" and cur.lower_ == "about")
        if cur.pos_ in ("VERB", "AUX") and any(c.tag_ == "TO" for c in cur.children) and cur.dep_ in ("advcl", "xcomp"):
            return about or cur.lemma_.lower() in _TOPIC_VERBS
        cur = cur.head
    return False


_TOPIC_VERBS = word_class("events.coding.detect.topic_verbs")


def governs(verb: Any, trigger: Any) -> bool:
    """Whether ``verb`` is the trigger or one of its heads ("returned to Geneva for talks" governs "talks")."""
    cur = trigger
    for _ in range(8):
        if cur.i == verb.i:
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False




def subject_tokens(trigger: Any) -> set[int]:
    """Token indices of the subject phrase of the trigger's verb (the verb a nominal trigger hangs from)."""
    verb = trigger
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    out: set[int] = set()
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
            phrase = {t.i for t in child.subtree}
            if trigger.i not in phrase:  # "the meeting in Alaska did not lead": the event's own phrase
                out |= phrase
    return out



def date_from(t: TimeExpression, anchor: Any, reason: str) -> EventDate:
    return EventDate(t.value, t.precision, t.span.text, t.span, anchor, reason)


def dated(times: Sequence[TimeExpression]) -> list[TimeExpression]:
    return [t for t in times if t.value is not None]


def dates_another_noun(tok: Any, trigger: Any) -> bool:
    """Whether a date belongs to a noun of the sentence other than the event: a date that modifies
    the noun ("for this year's election", "ahead of Sunday's vote", "the 2016 election"), or a
    phrase on a noun that is itself inside a phrase ("until his next court appearance on April 5").

    It still dates the event when the noun is the trigger, lies in the trigger's subject ("Monday's
    attack killed five"), or is the occasion of the act: the object of "in", "at", "during" or "on"
    on the trigger itself ("criticised the press in a 2011 interview", "spoke at Sunday's rally").
    """
    if modifies_a_noun(tok):
        noun = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("NOUN", "PROPN") \
            and tok.head.head.dep_ == "pobj":
        noun = tok.head.head
    else:
        return False
    if noun.i == trigger.i or noun.i in subject_tokens(trigger):
        return False
    prep = noun.head if noun.dep_ == "pobj" else None
    return not (prep is not None and prep.lower_ in OCCASION_PREPS and prep.head.i == trigger.i)


def choose_date(doc: Any, event: Event, times: Sequence[TimeExpression], anchor: Any) -> EventDate | None:
    trig = trigger_token(doc, event)
    times = dated(times)
    if trig is not None:
        times = [t for t in times if (tok := token_at(doc, t.span)) is None or not dates_another_noun(tok, trig)]
        clause = clause_tokens(trig)
        s0, s1 = sentence_bounds(trig)
        in_clause = [t for t in times if (tok := token_at(doc, t.span)) is not None and tok.i in clause]
        if in_clause:
            best = min(in_clause, key=lambda t: abs(t.span.start - trig.idx))
            return date_from(best, anchor, f"the expression {best.span.text!r} is in the clause of the event")
        in_sent = [t for t in times if s0 <= t.span.start < s1
                   and not ((tok := token_at(doc, t.span)) is not None and belongs_elsewhere(tok, trig))]
        if in_sent:
            best = min(in_sent, key=lambda t: abs(t.span.start - trig.idx))
            return date_from(best, anchor, f"the nearest expression in the sentence, {best.span.text!r}, "
                                            "in no other event's clause")
    return None


__all__ = ["choose_date", "date_from", "dated", "dates_another_noun", "belongs_elsewhere", "clause_start", "clause_tokens", "fronted", "governs", "has_subject", "in_infinitive", "purpose_topic",
           "owning_clause", "sentence_bounds", "subject_tokens", "trigger_token"]
