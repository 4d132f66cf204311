"""An actor no event and no quote uses, with neither a country nor a sector, is not kept (issue 10,
"Typing"): on the benchmark's dev articles such actors were products and works ("PowerBook",
"Nancy Drew"), stock indices, units ("per cubic meter"), words of a foreign-language quote and
people only listed. Negative cases: a typed actor nobody uses, and an untyped one an event uses
as actor or recipient or a quote as speaker, all stay.
"""

from __future__ import annotations

import pytest

from tidings.extract.actors.kinds import used_ids, worth_keeping
from tidings.schema import Actor, Event, Quote, Span

EV = Span(0, 5, "Arnor")


def _actor(i: str, country: str | None = None, sector: str | None = None) -> Actor:
    return Actor(i, f"name {i}", "person", country=country, sector=sector)


@pytest.mark.parametrize("actor,events,quotes,kept", [
    (_actor("a1"), (), (), False),  # untyped, unused: a product, a unit, a listed name
    (_actor("a1", country="ARN"), (), (), True),  # a country is worth knowing
    (_actor("a1", sector="BUS"), (), (), True),  # so is a sector
    (_actor("a1"), (Event("e1", "CONSULT", EV, actor=("a1",)),), (), True),  # an event's actor
    (_actor("a1"), (Event("e1", "CONSULT", EV, actor=("a2",), recipient=("a1",)),), (), True),  # its recipient
    (_actor("a1"), (), (Quote("q1", "We will go.", "direct", EV, speaker="a1"),), True),  # a speaker
    (_actor("a1"), (Event("e1", "CONSULT", EV, actor=("a2",)),), (Quote("q1", "x", "direct", EV),), False),
])
def test_worth_keeping_table(actor: Actor, events: tuple[Event, ...], quotes: tuple[Quote, ...], kept: bool) -> None:
    assert (worth_keeping([actor], quotes, events) == [actor]) is kept


def test_worth_keeping_keeps_order_and_the_others() -> None:
    actors = [_actor("a1", "ARN", "GOV"), _actor("a2"), _actor("a3"), _actor("a4", sector="JRN")]
    events = (Event("e1", "ACCUSE", EV, actor=("a1",), recipient=("a3",)),)
    assert [a.id for a in worth_keeping(actors, (), events)] == ["a1", "a3", "a4"]
    assert used_ids((), events) == {"a1", "a3"}
