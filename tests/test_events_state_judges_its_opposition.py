"""Failure class (issue 11, recipients; found in session 25 on a written probe of Bolivian politics):
"Evo Morales accused the government of trying to kill him. Government Minister Eduardo del Castillo
denied the accusation" had a denial of no one: a state's organ judging an act passes over the acts
of its own country's actors (a state defending its army is judging no one), and a former president
or an opposition leader counted as the state's. The opposition and former office holders (sectors
OPP, ELI) speak for no state: their acts are another side's. Negative: a ministry denying its own
troops' attack still judges no one. Sentences written for these tests (real names, invented
events), seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Bolivia's former president Evo Morales accused the government of trying to kill him. Bolivian Government "
     "Minister Eduardo del Castillo denied the accusation.", "Castillo", "Morales"),
    ("Kenyan opposition leader Raila Odinga accused the police of killing protesters. Kenya's interior minister "
     "rejected the accusation on Monday.", "interior minister", "Odinga"),
])
def test_events_a_state_answers_its_opposition(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), "REJECT", actor, recipient)


def test_events_a_state_denying_its_own_troops_act_judges_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Russian soldiers shelled Kharkiv on Monday. Russia's foreign ministry denied "
                                       "the attack on Tuesday.", gated=True)
    assert not [e for e in events if e[0] == "REJECT" and any("Russia" in r or "soldiers" in r for r in e[2])], events
