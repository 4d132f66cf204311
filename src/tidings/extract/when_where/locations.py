"""An event's place from its own sentence.

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
does not act on places ("criticised China"), is an actor, never a location; so is a place whose
words are a mention of the event's own actor ("killed in a United States operation
in Abbottabad": the United States did it; the killing is in Abbottabad), while a place inside a
longer mention still is one ("tried in a Paris court").
"""

from __future__ import annotations

from typing import Any, Sequence

from ...gazetteer import lies_in
from ...schema import Actor, Event, Location
from ..common import token_at, word_class
from .clause import clause_tokens, governs, in_infinitive, purpose_topic, sentence_bounds, subject_tokens, trigger_token

IN_PREPS = {"in", "at", "near", "inside", "outside", "around", "across", "throughout", "within", "outside"}
PATH_PREPS = {"through", "along"}  # where a motion happens: a place only after a verb of motion ("marched through X")
MOTION_PREPS = {"to", "into"}  # a place only after a verb of motion that is the trigger ("returned to Geneva")
MOTION_VERBS = word_class("attach.motion_verbs")
PLACE_NOUNS = word_class("attach.place_nouns")
PLACE_OBJECT_VERBS = word_class("attach.place_object_verbs")
PLACE_OBJECT_NOUNS = word_class("attach.place_object_nouns")
MODIFIER_DEPS = {"poss", "compound", "nmod", "amod"}
REFINING_RULES = {"locative", "destination", "sentence"}  # places that may narrow a country down
# ranks of a place found for an event (lower is better)
RANK_PREDICATE, RANK_OBJECT, RANK_SUBJECT, RANK_SENTENCE = 0, 1, 2, 3


def locative_prep(tok: Any, trigger: Any) -> str | None:
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
                    governs(prep.head, trigger):
                return word
            if word in PATH_PREPS and trigger is not None and prep.head.lemma_.lower() in MOTION_VERBS and \
                    governs(prep.head, trigger):
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


def noun_head(tok: Any) -> Any:
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


def acted_on(tok: Any, trigger: Any) -> str | None:
    """The verb or noun acting on a place: "blocked the bridge", "shut down X", "the siege of X".

    The verb must be the trigger, sit inside the trigger's phrase ("a strike that shut down
    X"), or govern it.
    """
    head = noun_head(tok)
    subtree = {t.i for t in trigger.subtree}
    if head.dep_ == "dobj" and head.head.lemma_.lower() in PLACE_OBJECT_VERBS:
        verb = head.head
        if verb.i in subtree or governs(verb, trigger):
            return verb.lemma_.lower()
    if head.dep_ == "pobj" and head.head.lower_ in ("of", "on") and head.head.head.lemma_.lower() in \
            PLACE_OBJECT_NOUNS:
        noun = head.head.head
        if noun.i in subtree or governs(noun, trigger):
            return f"{noun.lemma_.lower()} {head.head.lower_}"
    return None


def choose_location(doc: Any, event: Event, places: Sequence[Location],
                    actors: Sequence[Actor] = ()) -> tuple[Location, str, str] | None:
    """The place where the event happened by the ranks of the module docstring: (place, rule, why)."""
    trig = trigger_token(doc, event)
    if trig is None:
        return None
    clause = clause_tokens(trig)
    subject = subject_tokens(trig)
    subtree = {t.i for t in trig.subtree}
    s0, s1 = sentence_bounds(trig)
    place_tokens = {t.i for p in places if p.span is not None and s0 <= p.span.start < s1
                    and (t := token_at(doc, p.span)) is not None}
    scored: list[tuple[int, int, Location, str, str]] = []
    for place in places:
        if place.span is None or not (s0 <= place.span.start < s1) or names_a_party(place, event, actors):
            continue
        tok = token_at(doc, place.span)
        if tok is None:
            continue
        if tok.i in subtree and tok.i not in clause and in_infinitive(tok, trig):
            continue  # the place of an embedded plan or purpose ("plan to put boots on the ground in X")
        if purpose_topic(tok, trig):
            continue  # what a purpose is about ("met X to discuss the situation in Gaza"): no venue
        if tok.dep_ == "appos" and tok.head.i in place_tokens:
            continue  # the qualifier of another place ("Mumbai, India"): the place itself is more precise
        prep = locative_prep(tok, trig)
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
        verb = acted_on(tok, trig)
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
    event_clause = clause_tokens(verb) | clause
    for _rank, _dist, place, other_rule, _why in scored[1:]:
        tok = token_at(doc, place.span)
        if other_rule in REFINING_RULES and tok is not None and tok.i in event_clause and lies_in(place, best):
            return place, "most-specific", (f"{why}; {place.span.text if place.span else place.name!r} lies in "
                                            f"{best.name}: the most specific place of the sentence")
    return best, rule, why


def names_a_party(place: Location, event: Event, actors: Sequence[Actor]) -> bool:
    """Whether the place's words are a mention of one of the event's own actors ("killed in a
    United States operation": the United States did it, and is no venue). A recipient may be the
    venue: what is acted on ("invaded Ukraine") is where the act happens."""
    parties = set(event.actor)
    span = place.span
    return span is not None and any((m.span.start, m.span.end) == (span.start, span.end)
                                    for a in actors if a.id in parties for m in a.mentions)


def only_place(doc: Any, event: Event, places: Sequence[Location],
               actors: Sequence[Actor] = ()) -> tuple[Location, str] | None:
    """The sentence's one place, when the sentence names exactly one, a country or region, and
    only as a possessive or as a modifier of a common noun that spaCy tags as a place.

    "a special court cleared him in Greece's biggest corruption trial": the trial and the
    demand are in Greece. A place that is ever a subject or object in the sentence is an
    actor there, and a place inside a to-infinitive plan is not where the event happened.
    """
    trig = trigger_token(doc, event)
    if trig is None:
        return None
    s0, s1 = sentence_bounds(trig)
    mentions = [p for p in places if p.span is not None and s0 <= p.span.start < s1]
    if any(names_a_party(p, event, actors) for p in mentions):
        return None
    if len({p.geonameid or p.name for p in mentions}) != 1 or mentions[0].country is None:
        return None
    if mentions[0].feature not in ("country", "region"):
        return None  # "Portland player", "Bush's accounts": a town as a modifier is too often a name part
    modifier = None
    for place in mentions:
        tok = token_at(doc, place.span)
        if tok is None or tok.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "attr", "pobj", "appos"):
            return None
        if in_infinitive(tok, trig):
            return None
        if tok.dep_ == "poss" or (tok.dep_ in MODIFIER_DEPS and tok.head.pos_ == "NOUN" and tok.ent_type_ in
                                  ("GPE", "LOC")):
            modifier = modifier or place
    if modifier is None or modifier.span is None:
        return None
    return modifier, f"{modifier.span.text!r} is the only place the sentence names (as a modifier)"


__all__ = ["acted_on", "choose_location", "locative_prep", "names_a_party", "noun_head", "only_place"]
