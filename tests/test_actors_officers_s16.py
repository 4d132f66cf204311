"""Failure class seen in both corpora's dev-work (split and mistyped actors): a bare plural "officers"
in a story whose state force is its police ("Police fired tear gas ... hundreds of officers moved
in"; "police, who said officers arrived six minutes later") was read as military officers (MIL) and
stayed an actor apart from the police.

A rank a police force and an army share (word class ``actors.finder.shared_ranks``: "officers"),
bare (no word before it says whose: "army officers", "FSB officers", "Dutch officers" keep their
own reading), is the police's (COP) when the article names police and no armed forces; and
"officers" is a synonym of "police" (``data/group_synonyms.csv``), so the two unnamed groups of one
state are one (:mod:`tidings.extract.actors.synonyms`). Sentences invented for these tests."""

from __future__ import annotations

import pytest
from test_actors_link_synonyms import _group

from tidings.extract.actors.synonyms import synonym_groups
from tidings.pipeline import Pipeline
from tidings.schema import Article


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _sectors(pipe: Pipeline, text: str) -> dict[str, str | None]:
    result = pipe.code(Article(id="t", text=text))
    return {m.span.text.lower(): a.sector for a in result.actors for m in a.mentions}


@pytest.mark.parametrize("text", [
    "Police fired tear gas at protesters in Varo on Monday. Hundreds of officers with riot shields moved in on the crowd.",
    "The gunman surrendered to police after he was confronted by officers outside the store, police said.",
])
def test_bare_officers_beside_police_are_police(pipe: Pipeline, text: str) -> None:
    assert _sectors(pipe, text).get("officers") == "COP"


@pytest.mark.parametrize("text, want", [
    # the army is in the story: whose officers they are is not plain
    ("Soldiers guarded the border while police patrolled Varo on Monday. Officers said ten people were held.", None),
    # words before it say whose
    ("Police sealed off the square in Varo, and army officers arrested ten protesters.", "MIL"),
])
def test_officers_stay_apart_where_not_plain(pipe: Pipeline, text: str, want: str | None) -> None:
    got = _sectors(pipe, text).get(want and "army officers" or "officers")
    assert got != "COP" if want is None else got == want


@pytest.mark.parametrize("groups, expected", [
    ([("the police", "VEL", "COP"), ("officers", "VEL", "COP")], {1: 0}),
    ([("police", None, "COP"), ("the policemen", None, "COP")], {1: 0}),
    ([("the police", "VEL", "COP"), ("officers", "VEL", "MIL")], {}),  # military officers
    ([("the police", "VEL", "COP"), ("officers", "OST", "COP")], {}),  # another state's
])
def test_officers_and_police_are_one_group(groups, expected) -> None:  # type: ignore[no-untyped-def]
    actors = [_group(t, 100 * k, c, s) for k, (t, c, s) in enumerate(groups)]
    assert synonym_groups(actors) == expected
