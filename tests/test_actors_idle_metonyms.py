"""Failure class (issue 10, "a town is never an actor unless it stands for its government"): a
capital or seat of power kept as a metonym ("Velt", "the Citadel") that no event and no quote uses
was still an actor of kind ``other``: a place named where its syntax looked like acting ("exchanges
in Tokyo, Velt and Ambrel were closed"), coded as nobody's. A metonym that an event or a quote
uses stands for its government and stays; so do a state named in passing and a typed person.
"""

from __future__ import annotations

import pytest

from tidings.extract.actors.kinds import worth_keeping
from tidings.schema import Actor, Event, Mention, Quote, Span

EV = Span(0, 5, "Velts")


def _capital(kind: str = "metonym") -> Actor:
    return Actor("a1", "Velt", "other", "KES", "GOV", mentions=(Mention(Span(40, 44, "Velt"), kind),))


@pytest.mark.parametrize("actor,events,quotes,kept", [
    (_capital(), (), (), False),                                                   # a place that does nothing
    (_capital(), (Event("e1", "ACCUSE", EV, actor=("a1",)),), (), True),           # "Velt accused ..."
    (_capital(), (Event("e1", "ACCUSE", EV, actor=("a2",), recipient=("a1",)),), (), True),
    (_capital(), (), (Quote("q1", "No.", "direct", EV, speaker="a1"),), True),     # a speaking capital
    (_capital("name"), (), (), True),                                               # named, not a metonym
    (Actor("a1", "Kestria", "country", "KES", "GOV", mentions=(Mention(Span(0, 7, "Kestria"), "name"),)),
     (), (), True),                                                                  # a state stays
])
def test_idle_metonym_is_no_actor(actor: Actor, events: tuple, quotes: tuple, kept: bool) -> None:
    assert (worth_keeping([actor], quotes, events) == [actor]) is kept
