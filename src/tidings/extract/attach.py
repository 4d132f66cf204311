"""The ``when_where`` component: each event's date and location.

Date, in order: the temporal expression in the clause of the event's trigger (its dependency
subtree, not descending into embedded clauses); else the one nearest the trigger in its
sentence; else, for a sentence that refers back to its actor ("The Russian leader made the
comments", or a quote of that actor) after an earlier sentence about the same actor with a
date ("Putin told journalists on Wednesday"), that date; else the article's date at day
precision, with a reason saying so.

Location, in order: a place governed by a locative preposition in the trigger's clause
("hosted a summit in Paris", "Speaking in the Oval Office, he warned"); else one in the
sentence; else a carried-over place as for dates; else none. A place that is the subject
of a verb ("Moscow insisted") is an actor, never a location.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Sequence

from ..registry import Resources
from ..schema import ArticleResult, Event, EventDate, Location, Provenance, Span, TimeExpression

COMPONENT = "tidings.when_where.v1"
IN_PREPS = {"in", "at", "near", "inside", "outside", "around", "across", "throughout", "within", "outside"}
MOTION_PREPS = {"to", "into"}  # a place only after a verb of motion that is the trigger ("returned to Geneva")
MOTION_VERBS = {"return", "go", "travel", "fly", "send", "deploy", "extradite", "deport", "move", "come", "arrive",
                "flee", "head", "march", "transfer", "dispatch", "evacuate", "expel", "withdraw", "retreat",
                "advance", "sail", "drive", "bring", "take", "smuggle", "ship", "airlift", "repatriate"}
ANAPHORIC_KINDS = {"pronoun", "title", "nominal", "appositive"}
EMBEDDED = {"ccomp", "xcomp", "relcl", "csubj", "parataxis", "acl"}
PLACE_NOUNS = {"city", "town", "village", "capital", "province", "region", "district", "state", "enclave",
               "port", "area", "camp", "county", "island", "peninsula", "suburb", "neighbourhood",
               "neighborhood", "outskirts", "border", "zone", "strip", "governorate", "oblast", "country"}
CARRY_WINDOW = 6  # sentences back that a date or place may be carried from


def _token_at(doc: Any, span: Span | None) -> Any:
    if span is None:
        return None
    sp = doc.char_span(span.start, span.end, alignment_mode="expand")
    return sp.root if sp is not None and len(sp) else None


def _clause_tokens(trigger: Any) -> set[int]:
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
            if child.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
                continue
            stack.append(child)
    return out


def _trigger(doc: Any, event: Event) -> Any:
    tok = _token_at(doc, event.trigger)
    if tok is not None:
        return tok
    sp = doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand")
    return sp.root if sp is not None and len(sp) else None


def _sentence_bounds(tok: Any) -> tuple[int, int]:
    return tok.sent.start_char, tok.sent.end_char


def _in_infinitive(tok: Any, trigger: Any) -> bool:
    """Whether a token sits in a to-infinitive that completes a noun ("a plan to put boots ... in X")."""
    cur = tok
    while cur.i != trigger.i and cur.head is not cur:
        if cur.pos_ in ("VERB", "AUX") and any(c.tag_ == "TO" for c in cur.children) and cur.head.pos_ == "NOUN":
            return True
        cur = cur.head
    return False


def _locative_prep(tok: Any, trigger: Any) -> str | None:
    """The preposition that governs a place token, climbing "the city of X" and appositions."""
    cur = tok
    for _ in range(6):
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
            prep = cur.head
            word = prep.lower_
            if word in IN_PREPS:
                return word
            if word in MOTION_PREPS and trigger is not None and prep.head.i == trigger.i and \
                    trigger.lemma_.lower() in MOTION_VERBS:
                return word
            if word == "of" and prep.head.lemma_.lower() in PLACE_NOUNS:
                cur = prep.head
                continue
            if word == "of" and prep.head.lower_ in IN_PREPS | {"out"}:
                return f"{prep.head.lower_} of"  # "outside of", "out of"
            if word == "into":
                return word
            return None
        if cur.dep_ in ("appos", "compound", "amod", "poss", "nmod") and cur.head is not cur:
            if cur.dep_ == "poss" and cur.head.lemma_.lower() not in PLACE_NOUNS:
                return None
            cur = cur.head
            continue
        return None
    return None


def _date_from(t: TimeExpression, anchor: Any, reason: str) -> EventDate:
    return EventDate(t.value, t.precision, t.span.text, t.span, anchor, reason)


def _dated(times: Sequence[TimeExpression]) -> list[TimeExpression]:
    return [t for t in times if t.value is not None]


def choose_date(doc: Any, event: Event, times: Sequence[TimeExpression], anchor: Any) -> EventDate | None:
    trig = _trigger(doc, event)
    times = _dated(times)
    if trig is not None:
        clause = _clause_tokens(trig)
        s0, s1 = _sentence_bounds(trig)
        in_clause = [t for t in times if (tok := _token_at(doc, t.span)) is not None and tok.i in clause]
        if in_clause:
            best = min(in_clause, key=lambda t: abs(t.span.start - trig.idx))
            return _date_from(best, anchor, f"the expression {best.span.text!r} is in the clause of the event")
        in_sent = [t for t in times if s0 <= t.span.start < s1]
        if in_sent:
            best = min(in_sent, key=lambda t: abs(t.span.start - trig.idx))
            return _date_from(best, anchor, f"the nearest expression in the sentence, {best.span.text!r}")
    return None


def choose_location(doc: Any, event: Event, places: Sequence[Location]) -> tuple[Location, str] | None:
    trig = _trigger(doc, event)
    if trig is None:
        return None
    clause = _clause_tokens(trig)
    subtree = {t.i for t in trig.subtree}
    s0, s1 = _sentence_bounds(trig)
    scored: list[tuple[int, int, Location, str]] = []
    for place in places:
        if place.span is None or not (s0 <= place.span.start < s1):
            continue
        tok = _token_at(doc, place.span)
        if tok is None:
            continue
        if tok.i in subtree and tok.i not in clause and _in_infinitive(tok, trig):
            continue  # the place of an embedded plan or purpose ("plan to put boots on the ground in X")
        prep = _locative_prep(tok, trig)
        if prep is None:
            continue  # a subject ("Moscow insisted"), object or possessor is not where it happened
        rank = 0 if tok.i in clause else 1
        where = "the event's clause" if rank == 0 else "the sentence"
        scored.append((rank, abs(tok.i - trig.i), place, f"{prep!r} + {place.span.text!r} in {where}"))
    if not scored:
        return None
    scored.sort(key=lambda s: (s[0], s[1]))
    return scored[0][2], scored[0][3]


def _carry_actors(doc: Any, draft: ArticleResult, event: Event, sent: Any) -> set[str]:
    """The event's actors that this sentence refers back to (a pronoun or title, or a quote's speaker)."""
    ids = set(event.actor)
    out = {a.id for a in draft.actors if a.id in ids and any(
        m.kind in ANAPHORIC_KINDS and sent.start_char <= m.span.start < sent.end_char for m in a.mentions)}
    for q in draft.quotes:
        if q.speaker in ids and q.span.start <= event.evidence.start < q.span.end + 2:
            out.add(q.speaker)
    return out


def _carry(doc: Any, draft: ArticleResult, event: Event, need_date: bool, need_place: bool
           ) -> tuple[EventDate | None, Location | None]:
    """Date and place of the nearest earlier sentences about the same actor, for an anaphoric sentence."""
    trig = _trigger(doc, event)
    if trig is None:
        return None, None
    sents = list(doc.sents)
    here = next((i for i, s in enumerate(sents) if s.start_char <= trig.idx < s.end_char), -1)
    actors = _carry_actors(doc, draft, event, sents[here]) if here >= 0 else set()
    if not actors:
        return None, None
    starts = [m.span.start for a in draft.actors if a.id in actors for m in a.mentions]
    date: EventDate | None = None
    place: Location | None = None
    anchor = draft.article.date
    for i in range(here - 1, max(-1, here - 1 - CARRY_WINDOW), -1):
        s = sents[i]
        if not any(s.start_char <= x < s.end_char for x in starts):
            continue
        if need_date and date is None:
            dated = [t for t in _dated(draft.times) if s.start_char <= t.span.start < s.end_char]
            if dated:
                t = dated[0]
                date = _date_from(t, anchor, f"carried from an earlier sentence about the same actor: {t.span.text!r}")
        if need_place and place is None:
            for loc in draft.places:
                tok = _token_at(doc, loc.span) if loc.span and s.start_char <= loc.span.start < s.end_char else None
                if tok is not None and _locative_prep(tok, None) is not None:
                    place = dataclasses.replace(loc, provenance=Provenance(
                        COMPONENT, "carried", 0.5, f"carried from an earlier sentence about the same actor: "
                        f"{loc.span.text if loc.span else loc.name!r}"))
                    break
        if (date is not None or not need_date) and (place is not None or not need_place):
            break
    return date, place


def attach(doc: Any, draft: ArticleResult) -> tuple[Event, ...]:
    anchor = draft.article.date
    out: list[Event] = []
    for event in draft.events:
        date = choose_date(doc, event, draft.times, anchor)
        loc = choose_location(doc, event, draft.places)
        location = None
        if loc is not None:
            place, why = loc
            location = dataclasses.replace(place, provenance=Provenance(COMPONENT, "locative", 0.8, why))
        if date is None or location is None:
            carried_date, carried_place = _carry(doc, draft, event, date is None, location is None)
            date = date or carried_date
            location = location or carried_place
        if date is None:
            date = EventDate(anchor.isoformat() if anchor else None, "day" if anchor else None, None, None, anchor,
                             "article date: no temporal expression in the sentence" if anchor else
                             "no temporal expression in the sentence and no article date")
        out.append(dataclasses.replace(event, date=date, location=location))
    return tuple(out)


def run(doc: Any, draft: ArticleResult, resources: Resources) -> ArticleResult:
    """Set each event's ``date`` (EventDate) and ``location`` (Location)."""
    return dataclasses.replace(draft, events=attach(doc, draft))


__all__ = ["COMPONENT", "attach", "choose_date", "choose_location", "run"]
