"""Participants of events: one actor per coordinated country, countries from their own context."""

from __future__ import annotations

import pytest
from builders import code_events

from tidings.schema import Actor, Mention, Span

pytestmark = pytest.mark.model


def _code(nlp, text: str, actors=()):  # type: ignore[no-untyped-def]
    return code_events(nlp, text, actors)


def _countries(result, ids):  # type: ignore[no-untyped-def]
    by_id = {a.id: a for a in result.actors}
    return sorted(by_id[i].country or "-" for i in ids)


@pytest.mark.parametrize("text,event,countries", [
    ("French and German troops attacked the town.", "ASSAULT", ["DEU", "FRA"]),
    ("Senior Polish and Czech officials agreed to reopen the border crossing.", "CONCEDE", ["CZE", "POL"]),  # a promised easing is CONCEDE
    ("Polish officials agreed to reopen the border crossing.", "CONCEDE", ["POL"]),  # no coordination
    ("Young and angry protesters attacked the police station.", "ASSAULT", ["-"]),  # no country named
])
def test_coordinated_demonyms_split(nlp, text: str, event: str, countries: list[str]) -> None:
    result = _code(nlp, text)
    ev = next(e for e in result.events if e.event == event)
    assert _countries(result, ev.actor) == countries


def _actor(text: str, name: str, kind: str = "person") -> Actor:
    start = text.index(name)
    return Actor("a1", name, kind, mentions=(Mention(Span(start, start + len(name), name)),))


@pytest.mark.parametrize("text,name,country", [
    # the clause's own locative places its subject
    ("In Peru, Judge Alva Brenn opened an investigation into customs officials.", "Alva Brenn", "PER"),
    ("Judge Alva Brenn opened an investigation in Lima on Monday.", "Alva Brenn", "PER"),
    # negative: a country merely named elsewhere in the sentence (here the object's) is no default
    ("Judge Alva Brenn opened an investigation into Peruvian customs officials.", "Alva Brenn", None),
    ("President Tomas Vell threatened to impose a curfew in Lima.", "Tomas Vell", None),
    # two countries in the sentence: no default
    ("Minister Tomas Vell accused Peru of arming rebels in Bolivia.", "Tomas Vell", None),
    # no country at all
    ("Minister Tomas Vell accused the rebels of breaking the truce.", "Tomas Vell", None),
])
def test_context_country_default(nlp, text: str, name: str, country: str | None) -> None:
    result = _code(nlp, text, actors=[_actor(text, name)])
    actor = next(a for a in result.actors if a.name == name)
    assert actor.country == country
    assert any("a1" in e.actor for e in result.events)


def test_actor_country_is_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Judge Alva Brenn opened an investigation into Peruvian customs officials."
    a = _actor(text, "Alva Brenn")
    result = _code(nlp, text, actors=[Actor(a.id, a.name, a.kind, country="CHL", mentions=a.mentions)])
    assert next(x for x in result.actors if x.id == "a1").country == "CHL"


@pytest.mark.parametrize("text,name,nested_acts", [
    ("Hundreds of supporters of President Tomas Vell blocked roads in Lima.", "President Tomas Vell", False),
    ("The government of President Tomas Vell expelled the Peruvian ambassador.", "President Tomas Vell", True),
])
def test_group_named_after_a_person_acts_itself(nlp, text: str, name: str, nested_acts: bool) -> None:
    result = _code(nlp, text, actors=[_actor(text, name)])
    ev = result.events[0]
    assert ("a1" in ev.actor) is nested_acts, ev.actor
    if not nested_acts:
        group = next(a for a in result.actors if a.id == ev.actor[0])
        assert group.name.lower().startswith("hundreds of supporters") or "supporters" in group.name
        assert group.country == "PER"
