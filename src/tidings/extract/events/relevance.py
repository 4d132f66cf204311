"""Whether a coded event is a political interaction an analyst could put on a timeline.

The annotation guide codes "one actor does something, often to or with another", and names what
is no event: "a company buying another company", business deals between companies. Four shapes of
coded event fail that test whatever their trigger. They are not thrown away: :func:`gate` marks
them as candidates with their reason (an analyst studying the gate sees them with ``--all``), and
the confidence stage keeps them out of the default output:

* an event with no participant at all, neither actor nor recipient ("the building was
  evacuated", "iCloud will be released in the fall"): nobody is seen acting on anybody; such a
  trigger is mostly a word without its political sense ("the tremor left thirty injured",
  "the particles were shot into the gel"). A phrase the engine did not resolve to anyone
  ("the two sides", "the S&P 500 was hit hard") is no participant either: unresolved, the
  event could not be put on anyone's timeline;
* an event whose actor is unknown, unless it is one a target undergoes (word class
  ``undergone_types``: force, coercion, sanctions, protests, accusations and charges, as in "was
  arrested", "was charged", "an attack on the embassy"): help, agreement, support, meetings,
  concessions and statements (demands, refusals, threats) are known by who made them, and with
  no one making them they are mostly a word without its sense ("the new model will be released",
  "the line was given a boost", "refunds were offered");
* a consultation (CONSULT) with one actor and no one else, unless that actor is itself a body
  of several parties (a body of states, a group of no one state: "G7 was scheduled to meet"): a meeting needs
  two parties, and one person or organ alone "discussed new gestures", "was to meet Monday"
  (a chamber's sitting), "discussed his concern in a statement";
* an event whose actors are all private bodies in their own field (businesses, media, schools
  and universities, hospitals: sectors in word class ``private_sectors``) and whose recipients
  are such bodies or no one ("Apple will offer a free case", "Airbus delivered the plane to the
  airline", "the hospital asked for patience", "scientists released findings"): the guide's
  political actors are states and their organs, parties and politicians, armed groups,
  international bodies, civil society in public life, protesters and strikers. A protest stays
  (protesters are political actors), and so does a body of states ("the WHO recommends") and a
  company acted on without a named actor ("the carrier was banned": an unnamed authority may be
  the actor);
* an act a sentence outside quotes only says someone is able, allowed or needed to do ("the
  assembly can impeach a minister", "a majority is needed to convict"): a power or a rule is
  described, no act is reported (:func:`~tidings.extract.events.modality.only_able`; read on the
  parse when the caller gives it);
* an act an if/unless clause sets as a condition ("will impose sanctions unless Ostria withdraws
  its troops"): a condition set, no act told (:func:`~tidings.extract.events.modality.in_condition_clause`);
* advice to the public at large (a verb of advice, word class ``events.relevance.advice_verbs``,
  whose every recipient is named by a noun of the public, ``events.relevance.public_nouns``:
  "the embassy advised citizens to leave", "police warned residents to stay indoors"): a public
  service, not an act on another party (advice to a body or a state stays an event);
* a heading or a slogan, a sentence with no finite verb and no subject ("Returning Gondor to
  peace and security."): a programme is named, no act is told.

Pure functions over schema records: ``actor_of`` gives the actor of an id (None when unknown).
"""

from __future__ import annotations

import dataclasses
from typing import Any, Callable, Iterable

from ...ontology import NONSTATE_CODES
from ...schema import Actor, Event, Provenance
from ..common import GATED, gated, token_at, word_class
from .modality import habitual, heading_only, in_condition_clause, only_able

ActorOf = Callable[[str], Actor | None]
# The rule suffix of a recipient only the discourse gives (:mod:`.addressee`): a guess, which
# neither lets an event through the gate nor lifts its confidence.
DISCOURSE_RECIPIENT = "+addressee-"


def told_recipient(event: Event) -> tuple[str, ...]:
    """The recipients the event's own words give: none when only the discourse gave one."""
    return () if DISCOURSE_RECIPIENT in (event.rule or "") else event.recipient


def private_only(ids: Iterable[str], actor_of: ActorOf) -> bool:
    """Whether every one of ``ids`` (at least one) is a private body in its own field (word class
    ``private_sectors``) and no body of states."""
    actors = [actor_of(i) for i in ids]
    return bool(actors) and all(a is not None and (a.sector or "").lower() in word_class("private_sectors")
                                and a.country not in NONSTATE_CODES for a in actors)


def many_members(aid: str, actor_of: ActorOf) -> bool:
    """Whether an actor is a body of several parties that can meet by itself: a body of states, or
    a group of no one state ("world leaders", "the Eurogroup"); one state's chamber, commission or
    government is one party."""
    a = actor_of(aid)
    return a is not None and (a.country in NONSTATE_CODES or (a.kind == "group" and a.country is None))


def advice_to_the_public(event: Event, tok: Any, actor_of: ActorOf) -> bool:
    """Whether an event is advice (its trigger a verb of advice) to the public at large: every
    recipient its words give a group named by a noun of the public ("advised citizens to leave",
    "warned people in the area to stay indoors"), not a body, a state or protesters."""
    if tok.lemma_.lower() not in word_class("events.relevance.advice_verbs"):
        return False
    recipients = [actor_of(i) for i in told_recipient(event)]
    return bool(recipients) and all(
        a is not None and a.kind == "group" and a.name.split()[-1].lower() in word_class("events.relevance.public_nouns")
        for a in recipients)


def why_not(event: Event, actor_of: ActorOf, doc: Any = None) -> str | None:
    """Why ``event`` is no political interaction (see the module docstring), or None if it is one;
    with the article's parse ``doc``, also whether its trigger is only an ability or a need."""
    if not event.actor and not event.recipient:
        return "no participant"
    if not event.actor and event.event.lower() not in word_class("undergone_types"):
        return "no actor, and not an act a target undergoes"
    if event.event == "CONSULT" and len(event.actor) == 1 and not event.recipient \
            and not many_members(event.actor[0], actor_of):
        return "a consultation with one party"
    if event.event != "PROTEST" and private_only(event.actor, actor_of) and (
            not told_recipient(event) or private_only(told_recipient(event), actor_of)):
        return "private bodies among themselves"
    tok = token_at(doc, event.trigger) if doc is not None else None
    if tok is not None and advice_to_the_public(event, tok, actor_of):
        return "advice to the public"
    if tok is not None and event.quote is None and only_able(tok):
        return "only able or needed, no act"
    if tok is not None and in_condition_clause(tok):
        return "a condition set, no act told"
    if tok is not None and heading_only(tok):
        return "a heading, no act told"
    if tok is not None and event.quote is None and habitual(tok):
        return "a habit, no act told"
    return None


def is_interaction(event: Event, actor_of: ActorOf) -> bool:
    """Whether ``event`` has a participant, an actor unless a target undergoes it, a second party
    if it is a consultation, and is not an interaction among private bodies."""
    return why_not(event, actor_of) is None


def gate(events: Iterable[Event], actor_of: ActorOf, doc: Any = None) -> list[Event]:
    """Every event, those that are no interaction marked as candidates: their rule ends in
    ``+gated`` and their provenance says why. Nothing is lost: ``--all`` shows them; the confidence
    stage keeps them out of the default output."""
    out = []
    for e in events:
        why = why_not(e, actor_of, doc)
        if why is not None:
            prov = e.provenance or Provenance("events", e.rule)
            e = dataclasses.replace(e, rule=f"{e.rule}+{GATED}",
                                    provenance=dataclasses.replace(prov, reason=f"candidate: {why}"))
        out.append(e)
    return out


def is_live(event: Event) -> bool:
    """An event the text asserts (not negated), at any confidence: gated candidates included, as
    every other candidate below the output threshold is."""
    return "negation" not in event.aux


__all__ = ["DISCOURSE_RECIPIENT", "GATED", "advice_to_the_public", "gate", "gated", "is_live", "is_interaction", "many_members",
           "private_only", "told_recipient", "why_not"]
