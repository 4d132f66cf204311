"""Failure class seen in the stories corpus's dev-work (split actors): a body first described in small
letters ("The Veland government", "the Ostrian parliament") and named elsewhere with the same words in
capitals ("the Veland Government"), which the tagger took for a name: the description had been
resolved to the body's full name ("Government of Veland") and the name stayed an actor of its own.

A named body is called by a description (:func:`tidings.extract.actors.alike.same_name`) when one of
the description's mentions says the name's very words, two or more of them, without a possessive
("his Veland government" is someone's), and nothing known tells the two apart (another state).
Tables of hand-built proposals written for these tests, positive and negative."""

from __future__ import annotations

import pytest

from tidings.extract.actors.alike import same_name
from tidings.extract.actors.link import merge_map
from tidings.schema import Actor, Mention, Provenance, Span


def _described(name: str, said: tuple[str, ...], at: int, country: str | None = "VEL") -> Actor:
    mentions = tuple(Mention(Span(at + 50 * k, at + 50 * k + len(t), t), "nominal") for k, t in enumerate(said))
    return Actor("d", name, "organization", country, "GOV", mentions=mentions,
                 provenance=Provenance("tidings.actors.v1", "nominal.sector"))


def _named(name: str, at: int, country: str | None = "VEL") -> Actor:
    return Actor("n", name, "group", country, "GOV", mentions=(Mention(Span(at, at + len(name), name), "name"),),
                 provenance=Provenance("tidings.actors.v1", "ner.org"))


@pytest.mark.parametrize("described, named, same", [
    (_described("Government of Veland", ("The Veland government", "the government"), 0),
     _named("Veland Government", 500), True),
    (_described("Government of Veland", ("the Veland government",), 600),
     _named("The Veland Government", 0), True),  # the name first
    (_described("Parliament of Veland", ("the Veland parliament",), 0), _named("Veland Parliament", 500), True),
    (_described("Parliament of Veland", ("the Veland parliament",), 0, None),
     _named("Veland Parliament", 500), True),  # no state said on one side
    # another state
    (_described("Government of Veland", ("the Veland government",), 0),
     _named("Veland Government", 500, "OST"), False),
    # other words: another body
    (_described("Government of Veland", ("the Veland government",), 0),
     _named("Veland Government Council", 500), False),
    # someone's: not the body's own name
    (_described("Government of Veland", ("his Veland government",), 0), _named("Veland Government", 500), False),
    # one word says too little
    (_described("government", ("the government",), 0), _named("Government", 500), False),
])
def test_actors_link_a_name_said_by_a_description(described: Actor, named: Actor, same: bool) -> None:
    assert same_name(named, described) is same and same_name(described, named) is same
    first, second = sorted([described, named], key=lambda a: a.mentions[0].span.start)
    assert (len(merge_map([first, second])) == 1) is same  # one actor, whichever keeps it
