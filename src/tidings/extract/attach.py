"""The ``when_where`` component: each event's date and location.

Date, in order: the temporal expression in the clause of the event's trigger (its dependency
subtree, not descending into embedded clauses, nor into adverbial or coordinated clauses with
a subject of their own); else the one nearest the trigger in its sentence that no other
event's clause owns (a date in a clause with its own subject that neither is nor embeds the
trigger's clause belongs to that clause: "Zelenskyy said he recently spoke" leaves the saying
undated by *recently*); else, for a sentence that refers back to its actor ("The Russian leader made the
comments", or a quote of that actor) after an earlier sentence about the same actor with a
date ("Putin told journalists on Wednesday"), that date; else the article's date at day
precision, with a reason saying so.

Location, ranked: a place governed by a locative preposition in the predicate of the
trigger's clause ("hosted a summit in Paris", "Speaking in the Oval Office, he warned");
the destination of a verb of motion that is the trigger or governs it ("extradited him to
Britain", "returned to Geneva for talks": the PLOVER gold codes a transfer where it ends);
a place that is the object of a verb acting on a place ("blocked the bridge", "a strike
that shut down the capital"); a place in the subject's own phrase, i.e. where the actor is
("police in Jericho confiscated"); a locative place elsewhere in the sentence ("rebels
operating in Macedonia"); else a carried-over place as for dates; else, when the sentence
names exactly one place and uses it as a modifier ("Greece's biggest trial"), that place; else
the setting of its paragraph or article (:mod:`.setting`).

The most specific place wins a tie of nesting: when the chosen place is a country (or a
region) and the sentence also puts something, by a locative preposition, in a place inside it,
that inner place is the event's location ("put under investigation in Italy for rioting at a
summit in Genoa" is coded at Genoa, as the PLOVER gold standard codes such sentences), as long
as it sits in the clause of the event (of the verb a nominal trigger hangs from). The
country is never wrong that way: a place in another country ("questioned in France about a
deal signed in Moscow") never narrows it, and a place in the subject's phrase ("exiles in
London") or one acted on is not a venue of the event.
A place that is the subject of a verb ("Moscow insisted"), or the object of a verb that
does not act on places ("criticised China"), is an actor, never a location.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Sequence

from ..gazetteer import lies_in
from ..registry import Resources
from ..schema import ArticleResult, Event, EventDate, Location, Provenance, TimeExpression
from .common import is_infinitive, token_at, word_class
from .events.hosts import hosted
from .setting import Placed, paragraph_bounds, party_countries, past_days, placed_of, scene_date, setting_for

COMPONENT = "tidings.when_where.v1"
IN_PREPS = {"in", "at", "near", "inside", "outside", "around", "across", "throughout", "within", "outside"}
PATH_PREPS = {"through", "along"}  # where a motion happens: a place only after a verb of motion ("marched through X")
MOTION_PREPS = {"to", "into"}  # a place only after a verb of motion that is the trigger ("returned to Geneva")
MOTION_VERBS = word_class("attach.motion_verbs")
ANAPHORIC_KINDS = {"pronoun", "title", "nominal", "appositive"}
EMBEDDED = {"ccomp", "xcomp", "relcl", "csubj", "parataxis", "acl"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
PLACE_NOUNS = word_class("attach.place_nouns")
PLACE_OBJECT_VERBS = word_class("attach.place_object_verbs")
PLACE_OBJECT_NOUNS = word_class("attach.place_object_nouns")
MODIFIER_DEPS = {"poss", "compound", "nmod", "amod"}
CARRY_WINDOW = 6  # sentences back that a date or place may be carried from
REFINING_RULES = {"locative", "destination", "sentence"}  # places that may narrow a country down
# ranks of a place found for an event (lower is better)
RANK_PREDICATE, RANK_OBJECT, RANK_SUBJECT, RANK_SENTENCE = 0, 1, 2, 3


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
            if child.dep_ in ("advcl", "conj") and _has_subject(child):
                continue  # "..., and police detained dozens in Madrid": another clause, another event
            stack.append(child)
    return out


def _has_subject(tok: Any) -> bool:
    return any(c.dep_ in SUBJECTS for c in tok.children)


def _clause_start(verb: Any) -> int:
    """Index of the first token of a clause proper: its subject or complementizer, else the verb."""
    firsts = [c.left_edge.i for c in verb.children if c.dep_ in SUBJECTS or c.dep_ == "mark"]
    return min(firsts + [verb.i])


def _owning_clause(tok: Any) -> Any:
    """The nearest verb at or above ``tok`` that has a subject of its own (else the root).

    A date before the subject of an embedded clause is outside it, whatever the parse says:
    "said at a press conference yesterday morning the laws should change" dates the saying.
    """
    cur = tok
    for _ in range(40):
        if cur.pos_ in ("VERB", "AUX") and _has_subject(cur):
            if cur.dep_ in ("ccomp", "advcl") and tok.i < _clause_start(cur) and cur.head.i != cur.i:
                cur = cur.head
                continue
            return cur
        if cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _fronted(tok: Any, verb: Any) -> bool:
    """Whether ``tok`` stands before the subject of ``verb``'s clause ("On Monday, troops ...")."""
    return tok.i < _clause_start(verb)


def _belongs_elsewhere(tok: Any, trigger: Any) -> bool:
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
    mine, theirs = _owning_clause(trigger), _owning_clause(tok)
    if mine.i == theirs.i:
        return False
    if theirs.dep_ in ("relcl", "acl") and (theirs.head.i == trigger.i or (
            theirs.head.dep_ == "pobj" and theirs.head.i in _clause_tokens(trigger))):
        return False  # about the event itself, or a circumstance of it ("killed in a blast that hit on Monday")
    cur = mine
    for _ in range(40):
        if cur.dep_ == "conj" and _has_subject(cur) and not (cur.head.i == theirs.i and _fronted(tok, theirs)):
            return True  # coordinated with a clause that has a subject of its own, and not fronted before both
        if cur.head.i == cur.i:
            return True  # reached the root without meeting the date's clause: it is below, or beside
        cur = cur.head
        if cur.i == theirs.i:
            return False  # the date's clause embeds the trigger's ("On Monday, he said troops attacked")
    return True


def _trigger(doc: Any, event: Event) -> Any:
    tok = token_at(doc, event.trigger)
    if tok is not None:
        return tok
    sp = doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand")
    return sp.root if sp is not None and len(sp) else None


def _sentence_bounds(tok: Any) -> tuple[int, int]:
    return tok.sent.start_char, tok.sent.end_char


def _in_infinitive(tok: Any, trigger: Any) -> bool:
    """Whether a token sits in a to-infinitive that completes a noun ("a plan to put boots ... in X")."""
    cur = tok
    while cur.i != trigger.i and cur.head.i != cur.i:
        if cur.pos_ in ("VERB", "AUX") and any(c.tag_ == "TO" for c in cur.children) and cur.head.pos_ == "NOUN":
            return True
        cur = cur.head
    return False


def _governs(verb: Any, trigger: Any) -> bool:
    """Whether ``verb`` is the trigger or one of its heads ("returned to Geneva for talks" governs "talks")."""
    cur = trigger
    for _ in range(8):
        if cur.i == verb.i:
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _locative_prep(tok: Any, trigger: Any) -> str | None:
    """The preposition that governs a place token, climbing "the city of X" and appositions.

    "to"/"into" count only as the destination of a verb of motion that is the trigger or
    governs it; without a trigger (carrying a place over) they never count.
    """
    cur = tok
    for _ in range(6):
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
            prep = cur.head
            word = prep.lower_
            if word in IN_PREPS:
                return word
            if word in MOTION_PREPS and trigger is not None and prep.head.lemma_.lower() in MOTION_VERBS and \
                    _governs(prep.head, trigger):
                return word
            if word in PATH_PREPS and trigger is not None and prep.head.lemma_.lower() in MOTION_VERBS and \
                    _governs(prep.head, trigger):
                return word
            if word == "of" and prep.head.lemma_.lower() in PLACE_NOUNS:
                cur = prep.head
                continue
            if word == "of" and prep.head.lower_ in IN_PREPS | {"out"}:
                return f"{prep.head.lower_} of"  # "outside of", "out of"
            if word == "into":
                return word
            return None
        if cur.dep_ in ("appos", "compound", "amod", "poss", "nmod") and cur.head.i != cur.i:
            if cur.dep_ == "poss" and cur.head.lemma_.lower() not in PLACE_NOUNS:
                return None
            cur = cur.head
            continue
        return None
    return None


def _noun_head(tok: Any) -> Any:
    """The noun a place token stands in for, through appositions and "the city of X" only: in
    "its Wixom plant" the place modifies the plant and is not itself what the verb acts on."""
    cur = tok
    for _ in range(4):
        if cur.dep_ == "appos" and cur.head.i != cur.i:
            cur = cur.head
        elif cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in PLACE_NOUNS:
            cur = cur.head.head
        else:
            break
    return cur


def _acted_on(tok: Any, trigger: Any) -> str | None:
    """The verb or noun acting on a place: "blocked the bridge", "shut down X", "the siege of X".

    The verb must be the trigger, sit inside the trigger's phrase ("a strike that shut down
    X"), or govern it.
    """
    head = _noun_head(tok)
    subtree = {t.i for t in trigger.subtree}
    if head.dep_ == "dobj" and head.head.lemma_.lower() in PLACE_OBJECT_VERBS:
        verb = head.head
        if verb.i in subtree or _governs(verb, trigger):
            return verb.lemma_.lower()
    if head.dep_ == "pobj" and head.head.lower_ in ("of", "on") and head.head.head.lemma_.lower() in \
            PLACE_OBJECT_NOUNS:
        noun = head.head.head
        if noun.i in subtree or _governs(noun, trigger):
            return f"{noun.lemma_.lower()} {head.head.lower_}"
    return None


def _subject_tokens(trigger: Any) -> set[int]:
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
        in_clause = [t for t in times if (tok := token_at(doc, t.span)) is not None and tok.i in clause]
        if in_clause:
            best = min(in_clause, key=lambda t: abs(t.span.start - trig.idx))
            return _date_from(best, anchor, f"the expression {best.span.text!r} is in the clause of the event")
        in_sent = [t for t in times if s0 <= t.span.start < s1
                   and not ((tok := token_at(doc, t.span)) is not None and _belongs_elsewhere(tok, trig))]
        if in_sent:
            best = min(in_sent, key=lambda t: abs(t.span.start - trig.idx))
            return _date_from(best, anchor, f"the nearest expression in the sentence, {best.span.text!r}, "
                                            "in no other event's clause")
    return None


def choose_location(doc: Any, event: Event, places: Sequence[Location]) -> tuple[Location, str, str] | None:
    """The place where the event happened by the ranks of the module docstring: (place, rule, why)."""
    trig = _trigger(doc, event)
    if trig is None:
        return None
    clause = _clause_tokens(trig)
    subject = _subject_tokens(trig)
    subtree = {t.i for t in trig.subtree}
    s0, s1 = _sentence_bounds(trig)
    place_tokens = {t.i for p in places if p.span is not None and s0 <= p.span.start < s1
                    and (t := token_at(doc, p.span)) is not None}
    scored: list[tuple[int, int, Location, str, str]] = []
    for place in places:
        if place.span is None or not (s0 <= place.span.start < s1):
            continue
        tok = token_at(doc, place.span)
        if tok is None:
            continue
        if tok.i in subtree and tok.i not in clause and _in_infinitive(tok, trig):
            continue  # the place of an embedded plan or purpose ("plan to put boots on the ground in X")
        if tok.dep_ == "appos" and tok.head.i in place_tokens:
            continue  # the qualifier of another place ("Mumbai, India"): the place itself is more precise
        prep = _locative_prep(tok, trig)
        if prep is not None:
            if tok.i not in clause:
                rank, rule, where = RANK_SENTENCE, "sentence", "the sentence"
            elif tok.i in subject:
                rank, rule, where = RANK_SUBJECT, "subject-phrase", "the subject's phrase"
            elif prep in MOTION_PREPS:
                rank, rule, where = RANK_PREDICATE, "destination", "the destination of the event's motion"
            else:
                rank, rule, where = RANK_PREDICATE, "locative", "the event's clause"
            scored.append((rank, abs(tok.i - trig.i), place, rule, f"{prep!r} + {place.span.text!r} in {where}"))
            continue
        verb = _acted_on(tok, trig)
        if verb is not None:
            scored.append((RANK_OBJECT, abs(tok.i - trig.i), place, "acted-on",
                           f"{place.span.text!r} is what {verb!r} acts on"))
        # otherwise a subject ("Moscow insisted"), object or possessor is not where it happened
    if not scored:
        return None
    scored.sort(key=lambda s: (s[0], s[1]))
    best, rule, why = scored[0][2], scored[0][3], scored[0][4]
    if best.feature not in ("country", "region"):
        return best, rule, why
    verb = trig
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    event_clause = _clause_tokens(verb) | clause
    for _rank, _dist, place, other_rule, _why in scored[1:]:
        tok = token_at(doc, place.span)
        if other_rule in REFINING_RULES and tok is not None and tok.i in event_clause and lies_in(place, best):
            return place, "most-specific", (f"{why}; {place.span.text if place.span else place.name!r} lies in "
                                            f"{best.name}: the most specific place of the sentence")
    return best, rule, why


def only_place(doc: Any, event: Event, places: Sequence[Location]) -> tuple[Location, str] | None:
    """The sentence's one place, when the sentence names exactly one, a country or region, and
    only as a possessive or as a modifier of a common noun that spaCy tags as a place.

    "a special court cleared him in Greece's biggest corruption trial": the trial and the
    demand are in Greece. A place that is ever a subject or object in the sentence is an
    actor there, and a place inside a to-infinitive plan is not where the event happened.
    """
    trig = _trigger(doc, event)
    if trig is None:
        return None
    s0, s1 = _sentence_bounds(trig)
    mentions = [p for p in places if p.span is not None and s0 <= p.span.start < s1]
    if len({p.geonameid or p.name for p in mentions}) != 1 or mentions[0].country is None:
        return None
    if mentions[0].feature not in ("country", "region"):
        return None  # "Portland player", "Bush's accounts": a town as a modifier is too often a name part
    modifier = None
    for place in mentions:
        tok = token_at(doc, place.span)
        if tok is None or tok.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "attr", "pobj", "appos"):
            return None
        if _in_infinitive(tok, trig):
            return None
        if tok.dep_ == "poss" or (tok.dep_ in MODIFIER_DEPS and tok.head.pos_ == "NOUN" and tok.ent_type_ in
                                  ("GPE", "LOC")):
            modifier = modifier or place
    if modifier is None or modifier.span is None:
        return None
    return modifier, f"{modifier.span.text!r} is the only place the sentence names (as a modifier)"


def _carry_actors(draft: ArticleResult, event: Event, sent: tuple[int, int]) -> set[str]:
    """The event's actors that this sentence refers back to (a pronoun or title, or a quote's speaker)."""
    ids = set(event.actor)
    out = {a.id for a in draft.actors if a.id in ids and any(
        m.kind in ANAPHORIC_KINDS and sent[0] <= m.span.start < sent[1] for m in a.mentions)}
    for q in draft.quotes:
        if q.speaker in ids and q.span.start <= event.evidence.start < q.span.end + 2:
            out.add(q.speaker)
    return out


def _carry(doc: Any, draft: ArticleResult, event: Event, need_date: bool, need_place: bool,
           sents: Sequence[tuple[int, int]]) -> tuple[EventDate | None, Location | None]:
    """Date and place of the nearest earlier sentences about the same actor, for an anaphoric
    sentence; ``sents`` are the article's sentence bounds."""
    trig = _trigger(doc, event)
    if trig is None:
        return None, None
    here = next((i for i, (s0, s1) in enumerate(sents) if s0 <= trig.idx < s1), -1)
    actors = _carry_actors(draft, event, sents[here]) if here >= 0 else set()
    if not actors:
        return None, None
    starts = [m.span.start for a in draft.actors if a.id in actors for m in a.mentions]
    date: EventDate | None = None
    place: Location | None = None
    anchor = draft.article.date
    for i in range(here - 1, max(-1, here - 1 - CARRY_WINDOW), -1):
        s0, s1 = sents[i]
        if not any(s0 <= x < s1 for x in starts):
            continue
        if need_date and date is None:
            dated = [t for t in _dated(draft.times) if s0 <= t.span.start < s1]
            if dated:
                t = dated[0]
                date = _date_from(t, anchor, f"carried from an earlier sentence about the same actor: {t.span.text!r}")
        if need_place and place is None:
            for loc in draft.places:
                tok = token_at(doc, loc.span) if loc.span and s0 <= loc.span.start < s1 else None
                if tok is not None and _locative_prep(tok, None) is not None:
                    place = dataclasses.replace(loc, provenance=Provenance(
                        COMPONENT, "carried", 0.5, f"carried from an earlier sentence about the same actor: "
                        f"{loc.span.text if loc.span else loc.name!r}"))
                    break
        if (date is not None or not need_date) and (place is not None or not need_place):
            break
    return date, place


def _is_setting(doc: Any) -> Any:
    """Whether the text puts something in or at a place, outside an infinitive ("plans to deploy in X")."""
    def test(loc: Any) -> bool:
        tok = token_at(doc, loc.span)
        if tok is None or _locative_prep(tok, None) is None:
            return False
        return not any(t.pos_ in ("VERB", "AUX") and is_infinitive(t) for t in tok.ancestors)
    return test


def _setting(doc: Any, draft: ArticleResult) -> tuple[list[Placed], list[tuple[int, int]], list[Any]]:
    """The article's settings (:mod:`.setting`): its locative places, paragraphs and past day dates."""
    return (placed_of(draft.places, _is_setting(doc)), paragraph_bounds(draft.article.text),
            past_days(draft.times, draft.article.date))


def attach(doc: Any, draft: ArticleResult) -> tuple[Event, ...]:
    anchor = draft.article.date
    out: list[Event] = []
    sents: list[tuple[int, int]] = []  # built once, when an event first needs to carry
    setting: Any = None  # (placed, paragraphs, dated): built once, when first needed
    for event in draft.events:
        date = choose_date(doc, event, draft.times, anchor)
        loc = choose_location(doc, event, draft.places)
        location = None
        if loc is not None:
            place, rule, why = loc
            score = {"locative": 0.8, "destination": 0.75, "acted-on": 0.7, "most-specific": 0.65,
                     "subject-phrase": 0.6}.get(rule, 0.5)
            location = dataclasses.replace(place, provenance=Provenance(COMPONENT, rule, score, why))
        if date is None or location is None:
            sents = sents or [(s.start_char, s.end_char) for s in doc.sents]
            carried_date, carried_place = _carry(doc, draft, event, date is None, location is None, sents)
            date = date or carried_date
            location = location or carried_place
        if location is None:
            only = only_place(doc, event, draft.places)
            if only is not None:
                place, why = only
                location = dataclasses.replace(place, provenance=Provenance(COMPONENT, "only-place", 0.4, why))
        if location is None or date is None:
            setting = setting or _setting(doc, draft)
            s0 = _sentence_bounds(trig)[0] if (trig := _trigger(doc, event)) is not None else event.evidence.start
            if location is None and (found := setting_for(s0, party_countries(draft.actors, event), *setting[:2])):
                place, rule, why = found
                location = dataclasses.replace(place, span=None, provenance=Provenance(COMPONENT, rule, 0.3, why))
            if date is None and (scene := scene_date(s0, event.event, setting[2], setting[1])) is not None:
                t, rule = scene
                date = _date_from(t, anchor, f"the date in force where it is told ({rule}): {t.span.text!r}")
        if date is None:
            date = EventDate(anchor.isoformat() if anchor else None, "day" if anchor else None, None, None, anchor,
                             "article date: no temporal expression in the sentence" if anchor else
                             "no temporal expression in the sentence and no article date")
        out.append(dataclasses.replace(event, date=date, location=location))
    return tuple(out)


def run(doc: Any, draft: ArticleResult, resources: Resources) -> ArticleResult:
    """Set each event's ``date`` (EventDate) and ``location`` (Location)."""
    return dataclasses.replace(draft, events=hosted(attach(doc, draft), draft.actors))


__all__ = ["COMPONENT", "attach", "choose_date", "choose_location", "only_place", "run"]
