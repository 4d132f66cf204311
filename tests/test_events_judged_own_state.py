"""A state judging an act does not judge its own organs' acts, but does judge its own private
people's (a gunman, rioters): :func:`tidings.extract.events.anaphora.state_country`."""

from __future__ import annotations

import pytest
from builders import code_events

from tidings.extract.events.anaphora import state_country
from tidings.schema import Actor, Mention, Span


def _actor(text: str, aid: str, words: str, sector: str | None, kind: str = "group") -> Actor:
    start = text.index(words)
    return Actor(aid, words, kind, country="GBR", sector=sector, mentions=(Mention(Span(start, start + len(words), words), "nominal"),))


@pytest.mark.parametrize("sector,kind,country", [
    ("UAF", "group", None),  # a gunman: private, judged by its own state
    ("CVL", "group", None),
    ("MIL", "group", "GBR"),  # an army: its state's own act
    ("LEG", "person", "GBR"),  # a legislator, a politician: may be the state's
    ("ELI", "person", None),  # a former office holder speaks for no state (session 25)
    ("OPP", "group", None),  # nor does the opposition
    (None, "group", "GBR"),  # unknown sector: may be the state's
    ("CVL", "country", "GBR"),
])
def test_state_country(sector: str | None, kind: str, country: str | None) -> None:
    actor = Actor("a1", "x", kind, country="GBR", sector=sector)
    assert state_country(lambda _aid: "GBR", [actor])("a1") == country
    assert state_country(lambda _aid: "GBR", [actor])("a2") == "GBR"


@pytest.mark.model
@pytest.mark.parametrize("doer,sector,judged", [
    ("gunman", "UAF", True),
    ("soldiers", "MIL", False),
])
def test_own_state_judges_private_doer(nlp, doer: str, sector: str, judged: bool) -> None:
    text = f"On Monday the {doer} shot three shoppers at a market. The British government condemned the attack."
    actors = [_actor(text, "a1", doer, sector), _actor(text, "a2", "British government", "GOV", "organization")]
    result = code_events(nlp, text, actors)
    condemned = [e for e in result.events if e.event == "ACCUSE" and "a2" in e.actor]
    assert condemned, result.events
    assert ("a1" in condemned[0].recipient) == judged, condemned[0]
