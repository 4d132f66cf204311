"""Failure class (issue 10, "vague collectives"; issue 11, "no event"): "the international community"
was no actor, so an appeal to it ("called on the international community to pressure Israel to halt
its attacks") was no event at all, and its own statements had no actor. The guide codes such a
collective as an actor of no state (country null); it is the states acting together (sector GOV),
as "world leaders" and "Western powers" already were. Sentences written for these tests (real
names, invented events), positive and negative, seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Lebanese Prime Minister Najib Mikati called on the international community to pressure Israel to halt its "
     "attacks.", "REQUEST", "Mikati", "international community"),
    ("The international community condemned the attack on the Kestrian embassy.", "ACCUSE", "international community",
     None),
])
def test_events_the_international_community_is_an_actor(nlp, text: str, event: str, actor: str,
                                                         recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    found = events_with(events, event, actor, recipient)
    assert found, events


def test_actors_the_international_community_has_no_state(actors_only) -> None:  # type: ignore[no-untyped-def]
    result = actors_only("The international community condemned the attack on the Kestrian embassy in Ostria.")
    found = [a for a in result.actors if "international community" in a.name]
    assert found and found[0].country is None, result.actors
