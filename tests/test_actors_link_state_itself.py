"""Failure class found on the real-news benchmark's dev split (session 12, split actors): a state
described bare by what it is ("the state", "the State", "the Government" of an Italian article)
stayed apart from the state's actor ("Hungary", "the Government of Italy").

The linker joins a body every description of which is the bare word "state" or "government"
(capitalised or not, with "the") and that is placed in one state, to the one actor that is that
state, or where the article has none, to its one government named more fully. Never in a state
made of states ("the state" of an American or Australian article is one of its states), never
an indefinite or plural one ("a state", "the states"), nor one that says more ("state media").
Tables of hand-built proposals written for these tests, positive and negative.
"""

from __future__ import annotations

import pytest

from tidings.extract.actors.holders import state_itself
from tidings.extract.actors.link import link
from tidings.kb import load_kb
from tidings.schema import Actor, Mention, Span


def _actor(k: int, text: str, kind: str, country: str | None, mention: str = "name") -> Actor:
    name = text[4:] if text.lower().startswith("the ") else text
    return Actor(f"a{k}", name, kind, country, "GOV", mentions=(Mention(Span(100 * k, 100 * k + len(text), text), mention),))


@pytest.mark.parametrize("actors, expected", [
    ([("Hungary", "country", "HUN", "name"), ("the state", "group", "HUN", "nominal")], {1: 0}),
    ([("Kestria", "country", "ITA", "name"), ("State", "group", "ITA", "name")], {1: 0}),
    ([("the Monti government", "organization", "ITA", "nominal"), ("State", "group", "ITA", "name"),
      ("Government", "group", "ITA", "name")], {1: 0, 2: 0}),
    ([("Government of Hungary", "organization", "HUN", "name"), ("the State", "group", "HUN", "nominal")], {1: 0}),
    # the whole state's government, in a state made of states too
    ([("the U.S. government", "organization", "USA", "nominal"), ("the federal government", "group", "USA", "nominal")], {1: 0}),
    ([("India", "country", "IND", "name"), ("the central government", "group", "IND", "nominal")], {1: 0}),
])
def test_actors_link_state_itself_joins(actors, expected) -> None:  # type: ignore[no-untyped-def]
    built = [_actor(k, *a) for k, a in enumerate(actors)]
    assert state_itself(built) == expected


@pytest.mark.parametrize("actors", [
    [("United States", "country", "USA", "name"), ("the state", "group", "USA", "nominal")],  # one of its states
    [("Australia", "country", "AUS", "name"), ("the State", "group", "AUS", "name")],
    [("Hungary", "country", "HUN", "name"), ("a state", "group", "HUN", "nominal")],  # a new one
    [("Hungary", "country", "HUN", "name"), ("the states", "group", "HUN", "nominal")],  # several
    [("Hungary", "country", "HUN", "name"), ("state media", "group", "HUN", "nominal")],  # says more
    [("Hungary", "country", "HUN", "name"), ("the state", "group", None, "nominal")],  # no state said
    [("Hungary", "country", "HUN", "name"), ("the state", "group", "AUT", "nominal")],  # another state
    [("Hungary", "country", "HUN", "name"), ("their state", "group", "HUN", "nominal")],  # someone's
    [("Germany", "country", "DEU", "name"), ("the federal state", "group", "DEU", "nominal")],  # a part
    [("India", "country", "IND", "name"), ("the state government", "group", "IND", "nominal")],  # a part's
    [("the U.S. government", "organization", "USA", "nominal"), ("the local government", "group", "USA", "nominal")],
    # two governments of the state, none its actor: either
    [("Government of Italy", "organization", "ITA", "name"), ("regional government of Lazio", "organization", "ITA", "nominal"),
     ("the State", "group", "ITA", "nominal")],
])
def test_actors_link_state_itself_stays_apart(actors) -> None:  # type: ignore[no-untyped-def]
    built = [_actor(k, *a) for k, a in enumerate(actors)]
    assert state_itself(built) == {}


def test_actors_link_state_itself_not_a_phrase_the_text_goes_on_with() -> None:
    """'the state of emergency' the parse cut to 'the state' is no state."""
    text = "x" * 100 + "the state of emergency ended."
    built = [_actor(0, "Hungary", "country", "HUN"), _actor(1, "the state", "group", "HUN", "nominal")]
    assert state_itself(built, text) == {}
    assert state_itself(built, "x" * 100 + "the state said so.") == {1: 0}


def test_actors_link_state_itself_keeps_the_state_name() -> None:
    """The state joined by "the state" keeps its own name (a government joined renames it)."""
    built = [_actor(0, "Hungary", "country", "HUN"), _actor(1, "the state", "group", "HUN", "nominal")]
    linked, ids = link(built, kb=load_kb())
    assert [a.name for a in linked] == ["Hungary"] and ids["a1"] == "a0"
