"""Failure class found on the real-news benchmark's dev split (issue 10, split actors): a body named
once and then described by its kind ("Aer Lingus ... the airline", "Chrysler ... the company")
stayed two actors.

The linker joins a description whose head is a kind of body the knowledge base knows ("airline",
"company", "party"; not a state's own body such as "the army") to the one body of that sector named before it in the article; a description
that fits two bodies, one named only after it, a plural ("the companies"), someone's ("its
company") or one of another state stays apart. Tables of hand-built proposals, written for these
tests, positive and negative.
"""

from __future__ import annotations

import pytest

from tidings.extract.actors.holders import kind_descriptions
from tidings.kb import load_kb
from tidings.schema import Actor, Mention, Span


def _named(aid: str, name: str, sector: str, country: str | None = None, at: int = 0) -> Actor:
    return Actor(aid, name, "organization", country, sector, mentions=(Mention(Span(at, at + len(name), name), "name"),))


def _described(text: str, sector: str | None, country: str | None = None, at: int = 100) -> Actor:
    name = text[4:] if text.lower().startswith("the ") else text
    return Actor("d", name, "group", country, sector, mentions=(Mention(Span(at, at + len(text), text), "nominal"),))


@pytest.mark.parametrize("bodies, description, joins", [
    ([("Aer Lingus", "BUS", "IRL")], ("The airline", "BUS", None), 0),
    ([("Chrysler", "BUS", "USA")], ("the American auto company", "BUS", "USA"), 0),
    ([("Kestrian Labour Party", "PTY", None), ("Chrysler", "BUS", "USA")], ("the party", "PTY", None), 0),
    ([("Ministry of Health", "GOV", "KEN"), ("Chrysler", "BUS", "USA")], ("the company", "BUS", None), 1),
])
def test_actors_link_kinds_description_joins_the_body(bodies, description, joins) -> None:  # type: ignore[no-untyped-def]
    actors = [_named(f"a{i}", *b) for i, b in enumerate(bodies)]
    actors.append(_described(*description))
    assert kind_descriptions(actors, load_kb()) == {len(actors) - 1: joins}


@pytest.mark.parametrize("bodies, description", [
    ([("Chrysler", "BUS", "USA"), ("General Motors", "BUS", "USA")], ("the company", "BUS", None)),  # two fit
    ([("Chrysler", "BUS", "USA")], ("the companies", "BUS", None)),  # several
    ([("Chrysler", "BUS", "USA")], ("its company", "BUS", None)),  # someone's
    ([("Chrysler", "BUS", "USA")], ("the German company", "BUS", "DEU")),  # another state
    ([("Chrysler", "BUS", "USA")], ("the party", "PTY", None)),  # another kind
    ([("Chrysler", "BUS", "USA")], ("the protesters", "CVL", None)),  # no kind of body
    ([("Chrysler", "BUS", "USA")], ("a company", "BUS", None)),  # a new one
    ([("Revolutionary Guard Corps", "MIL", "IRN")], ("the army", "MIL", None)),  # the state's own army
    ([("Cornell University", "EDU", "USA")], ("the scientists from the university", "EDU", None)),  # people
])
def test_actors_link_kinds_description_stays_apart(bodies, description) -> None:  # type: ignore[no-untyped-def]
    actors = [_named(f"a{i}", *b) for i, b in enumerate(bodies)]
    actors.append(_described(*description))
    assert kind_descriptions(actors, load_kb()) == {}


def test_actors_link_kinds_body_named_after_the_description() -> None:
    """'The company said ... Chrysler' with the name only after: the description may be another's."""
    actors = [_named("a1", "Chrysler", "BUS", "USA", at=200), _described("The company", "BUS", None, at=0)]
    assert kind_descriptions(actors, load_kb()) == {}
