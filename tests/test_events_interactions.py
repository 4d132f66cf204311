"""Failure class found on the real-news benchmark's dev split: coded events that are no political
interaction whatever their trigger. Tables of cases written for these tests (positive and negative
cases), written before the fix:

- an event with neither actor nor recipient resolved ("the building was evacuated", "the tremor
  left thirty injured", "the software will be released in the fall") names no one acting on anyone;
- an event among businesses only ("Apple will offer a free case", "Airbus delivered the plane to
  the airline") is a market interaction, which the annotation guide does not code; so is one
  among media, schools and hospitals in their own field ("the hospital asked for patience"); a
  protest, a body of states (the WHO, sector health) and a company
  acted on by an unnamed actor ("the carrier was banned") or by a state keeps its event;
- a consultation of one actor with no one ("the Senate was to meet Monday", "the minister
  discussed his concern in a statement") is no meeting, unless the actor is a body of several
  parties ("the G7 met", "European ministers met"; one state's chamber sitting is one party);
- an event with a recipient but no actor is kept only when a target undergoes it (force,
  coercion, sanctions, protests, accusations: "was arrested", "was charged"); help, agreement,
  support, meetings and statements are known by their maker ("refunds were offered to the
  campaign", "the museum will be given two shuttles" are no events).
"""

from __future__ import annotations

import pytest
from builders import coded_types

from tidings.extract.events.relevance import is_interaction, private_only
from tidings.schema import Actor, Event, Span

_ACTORS = {i: Actor(i, i, kind, country, sector) for i, kind, country, sector in [
    ("apple", "organization", "USA", "BUS"), ("airbus", "organization", None, "BUS"),
    ("airline", "organization", None, "BUS"), ("kestria", "country", "KES", None),
    ("ministry", "organization", "KES", "GOV"), ("jobs", "person", "USA", "BUS"),
    ("union", "organization", None, "LAB"), ("someone", "person", None, None),
    ("senate", "organization", "KES", "LEG"), ("ministers", "group", None, "GOV"),
    ("g7", "organization", "IGO", None), ("chamber", "group", "KES", "LEG"),
    ("hospital", "organization", "KES", "MED"), ("paper", "organization", "KES", "JRN"),
    ("university", "organization", "KES", "EDU"), ("who", "organization", "IGO", "MED"),
]}


def _event(actor: tuple[str, ...], recipient: tuple[str, ...], event: str = "AID") -> Event:
    return Event(id="e1", event=event, evidence=Span(0, 4, "text"), actor=actor, recipient=recipient)


@pytest.mark.parametrize("actor, recipient, expected", [
    ((), (), False),                          # no one acts on no one
    (("apple",), (), False),                  # a company alone
    (("airbus",), ("airline",), False),       # a company to a company
    (("apple", "jobs"), ("airline",), False),  # a company and its chief to a company
    (("kestria",), (), True),                 # a country acts
    (("ministry",), ("apple",), True),        # a state acts on a company
    ((), ("kestria",), False),                # aid from no one
    (("apple",), ("union",), True),           # a company and a union
    (("apple",), ("ministry",), True),        # a company to a ministry
    (("hospital",), (), False),               # a hospital in its own field
    (("university",), ("paper",), False),     # a university and a newspaper
    (("who",), (), True),                     # a body of states in health
    (("someone",), (), True),                 # a participant of unknown sector
])
def test_events_interactions_table(actor: tuple[str, ...], recipient: tuple[str, ...], expected: bool) -> None:
    assert is_interaction(_event(actor, recipient), _ACTORS.get) is expected


@pytest.mark.parametrize("event, expected", [
    ("ASSAULT", True), ("COERCE", True), ("SANCTION", True), ("ACCUSE", True), ("PROTEST", True),
    ("AID", False), ("AGREE", False), ("SUPPORT", False), ("CONSULT", False), ("RETREAT", False),
    ("REQUEST", False), ("REJECT", False), ("THREATEN", False),
])
def test_events_interactions_without_actor(event: str, expected: bool) -> None:
    assert is_interaction(_event((), ("kestria",), event), _ACTORS.get) is expected
    assert is_interaction(_event((), ("airline",), event), _ACTORS.get) is expected


@pytest.mark.parametrize("actor, recipient, expected", [
    (("senate",), (), False),            # a chamber's sitting
    (("someone",), (), False),           # one person discussing a topic
    (("kestria",), (), False),
    (("g7",), (), True),                 # a body of states meets
    (("ministers",), (), True),          # a group of several states meets among itself
    (("chamber",), (), False),           # one state's chamber sits
    (("someone",), ("kestria",), True),  # a meeting with someone
    (("someone", "jobs"), (), True),     # two meet
])
def test_events_interactions_consultation_needs_two_parties(actor: tuple[str, ...], recipient: tuple[str, ...],
                                                            expected: bool) -> None:
    assert is_interaction(_event(actor, recipient, "CONSULT"), _ACTORS.get) is expected


@pytest.mark.parametrize("actor, expected", [(("university",), True), (("apple",), True), (("hospital",), True)])
def test_events_interactions_protest_stays(actor: tuple[str, ...], expected: bool) -> None:
    assert is_interaction(_event(actor, (), "PROTEST"), _ACTORS.get) is expected


@pytest.mark.parametrize("ids, expected", [((), False), (("apple",), True), (("apple", "someone"), False)])
def test_events_interactions_private_only(ids: tuple[str, ...], expected: bool) -> None:
    assert private_only(ids, _ACTORS.get) is expected


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    ("The building was evacuated on Monday.", "AID"),
    ("The new software will be released in the fall.", "CONCEDE"),
    ("These guys will be tougher to beat next season.", "ASSAULT"),
    ("Refunds were offered to the campaign of Senator Jane Roe.", "AGREE"),
    ("Two shuttles will be given to the Adler Museum in Chicago.", "AGREE"),
    ("The Kenyan Senate was scheduled to meet on Monday to discuss the nomination.", "CONSULT"),
])
def test_events_interactions_drop_participantless(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    assert event not in coded_types(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    ("Police arrested the two suspects in Nairobi on Monday.", "COERCE"),
    ("Kestrian troops shelled the border town on Friday.", "ASSAULT"),
    ("The government gave General Motors a loan of $10 billion.", "AID"),
    ("The journalist Ali Bakr was arrested in Nairobi on Monday.", "COERCE"),
    ("Senator Jane Roe was charged with fraud on Friday.", "ACCUSE"),
    ("The Kenyan president met the Ugandan foreign minister in Nairobi on Monday.", "CONSULT"),
])
def test_events_interactions_keep_someone_acting(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    assert event in coded_types(nlp, text)


def test_events_interactions_are_gated_not_lost() -> None:
    """What is no interaction stays a candidate: marked, with its reason, capped below any output
    threshold by the confidence stage; an interaction is left as it is."""
    import dataclasses

    from tidings.extract.events.confidence import GATED_MAX, ConfidenceModel, rescore
    from tidings.extract.events.relevance import gate, gated, is_live
    from tidings.schema import Article, ArticleResult, Provenance

    kept = dataclasses.replace(_event(("kestria",), ()), id="e1", provenance=Provenance("events", "verb:x"))
    lone = dataclasses.replace(_event((), ()), id="e2", rule="verb:evacuate")
    out = gate([kept, lone], _ACTORS.get)
    assert out[0] == kept and not gated(out[0]) and is_live(out[0])
    assert gated(out[1]) and is_live(out[1]) and out[1].provenance is not None  # a candidate, asserted
    assert out[1].provenance.reason == "candidate: no participant"
    sure = ConfidenceModel({"bias": 5.0}, 0.6, {})  # says 0.99 of anything
    result = ArticleResult(article=Article(id="t", text="text"), actors=(_ACTORS["kestria"],), events=tuple(out))
    scored = rescore(result, sure)
    assert scored.events[0].confidence > 0.9 and scored.events[1].confidence <= GATED_MAX


def test_events_interactions_candidates_keep_no_actor_alive() -> None:
    """The linker drops an idle, untyped actor even when a gated candidate names it, and the
    candidate loses that id; an actor a live event uses stays."""
    import dataclasses

    from tidings.extract.actors.kinds import worth_keeping
    from tidings.extract.common import without_dropped
    from tidings.extract.common import gated
    from tidings.schema import Mention

    thing = Actor("a1", "the gel", "other", mentions=(Mention(Span(0, 7, "the gel")),))
    state = Actor("a2", "Kestria", "country", "KES", "GOV", mentions=(Mention(Span(9, 16, "Kestria")),))
    cand = dataclasses.replace(_event((), ("a1",)), id="e1", rule="verb:shoot+gated")
    live = dataclasses.replace(_event(("a2",), ()), id="e2")
    assert gated(cand) and not gated(live)
    kept = worth_keeping([thing, state], [], [e for e in (cand, live) if not gated(e)])
    assert [a.id for a in kept] == ["a2"]
    out = without_dropped((cand, live), {a.id for a in kept})
    assert out[0].recipient == () and out[1] == live
    assert [a.id for a in worth_keeping([thing, state], [], [cand, live])] == ["a1", "a2"]  # without the gate's word
