"""Failure class found on the real-news benchmark's dev-work split (session 15, split actors): a
description possessed by a person stayed apart from the body it names ("Apple CEO Steve Jobs ...
Jobs said that his company sold ...": his company is Apple).

A description "his/her + kind of body" names the body the possessor's own mentions name, when the
possessor is the one named person mentioned before it in its sentence and exactly one body of that
kind is named in that person's mentions or role ("Vardon CEO Mira Holt", "Holt, chair of the Kestrian
Labour Party"). Another person's body, two people before it in the sentence, a person whose
mentions name no body, a body of another kind, "its"/"their", a plural or a word that sets it apart
leave it apart. Tables of hand-built proposals and places, written for these tests.
"""

from __future__ import annotations

import pytest

from tidings.extract.actors.owned import owned_descriptions
from tidings.extract.actors.salience import Place
from tidings.kb import load_kb
from tidings.schema import Actor, Mention, Span


def _m(text: str, at: int, kind: str) -> Mention:
    return Mention(Span(at, at + len(text), text), kind)


def _body(name: str, sector: str, at: int) -> Actor:
    return Actor(f"b{at}", name, "organization", None, sector, mentions=(_m(name, at, "name"),))


def _person(name: str, said: str, at: int, role: str | None = None) -> Actor:
    return Actor(f"p{at}", name, "person", None, "BUS", role, mentions=(_m(said, at, "name"),))


def _owned(text: str, at: int = 500) -> Actor:
    return Actor("d", text.split()[-1], "group", None, "BUS", mentions=(_m(text, at, "nominal"),))


def _places(actors: list[Actor], sentences: dict[int, int]) -> list[list[Place]]:
    return [[Place(m.span.start, sentences.get(m.span.start, 0), False) for m in a.mentions] for a in actors]


# The body at 0 (sentence 0), the person at 100 (sentence 0), the person again at 450 and the
# description at 500 (sentence 3).
_SENTENCES = {0: 0, 100: 0, 200: 1, 450: 3, 460: 3, 500: 3}


def _case(person: Actor, description: str = "his company", extra: tuple[Actor, ...] = ()) -> list[Actor]:
    again = Actor(person.id + "x", person.name.split()[-1], "person", None, "BUS",
                  mentions=(_m(person.name.split()[-1], 450, "name"),))
    return [_body("Vardon", "BUS", 0), person, *extra, again, _owned(description)]


@pytest.mark.parametrize("person, description", [
    (_person("Mira Holt", "Vardon CEO Mira Holt", 100), "his company"),
    (_person("Mira Holt", "Mira Holt", 100, role="chief executive of Vardon"), "her company"),
    (_person("Mira Holt", "Vardon CEO Mira Holt", 100), "her firm"),
])
def test_actors_link_owned_description_joins_the_persons_body(person, description) -> None:  # type: ignore[no-untyped-def]
    actors = _case(person, description)
    root = list(range(len(actors)))
    root[len(actors) - 2] = 1  # the surname is the person named in full
    assert owned_descriptions(actors, load_kb(), _places(actors, _SENTENCES), root) == {len(actors) - 1: 0}


@pytest.mark.parametrize("person, description, extra", [
    (_person("Mira Holt", "Mira Holt", 100), "his company", ()),  # names no body
    (_person("Mira Holt", "Vardon CEO Mira Holt", 100), "his party", ()),  # a body of another kind
    (_person("Mira Holt", "Vardon CEO Mira Holt", 100), "its company", ()),  # a body's
    (_person("Mira Holt", "Vardon CEO Mira Holt", 100), "their company", ()),
    (_person("Mira Holt", "Vardon CEO Mira Holt", 100), "his companies", ()),  # several
    (_person("Mira Holt", "Vardon CEO Mira Holt", 100), "his former company", ()),  # another than the one named
    (_person("Mira Holt", "Vardon CEO Mira Holt", 100), "his company",
     (Actor("q", "Jon Rask", "person", None, None, mentions=(_m("Jon Rask", 460, "name"),)),)),  # two people
    (_person("Mira Holt", "Vardon and Brisk Foods CEO Mira Holt", 100), "his company",
     (_body("Brisk Foods", "BUS", 200),)),  # two bodies named in the person's mentions
])
def test_actors_link_owned_description_stays_apart(person, description, extra) -> None:  # type: ignore[no-untyped-def]
    actors = _case(person, description, extra)
    root = list(range(len(actors)))
    root[len(actors) - 2] = 1
    assert owned_descriptions(actors, load_kb(), _places(actors, _SENTENCES), root) == {}


def test_actors_link_owned_description_needs_the_person_in_its_sentence() -> None:
    person = _person("Mira Holt", "Vardon CEO Mira Holt", 100)
    actors = [_body("Vardon", "BUS", 0), person, _owned("his company")]
    assert owned_descriptions(actors, load_kb(), _places(actors, _SENTENCES)) == {}


# --- "their government": a state's people's, or the state's own, government ----------------------

def _group(name: str, country: str | None, sector: str | None, at: int, kind: str = "group") -> Actor:
    return Actor(f"g{at}", name, kind, country, sector, mentions=(_m(name, at, "nominal" if kind == "group" else "name"),))


def _government(at: int = 900) -> Actor:
    return Actor("gov", "Government of Kestria", "organization", "KES", "GOV",
                 mentions=(_m("the Kestrian government", at, "nominal"),))


_GOV_SENTENCES = {400: 3, 440: 3, 460: 3, 500: 3, 900: 6}


@pytest.mark.parametrize("possessor, description", [
    (_group("Kestrian citizens", "KES", "CVL", 400), "their government"),
    (_group("Kestria", "KES", "GOV", 400, kind="country"), "its government"),
])
def test_actors_link_owned_government_of_the_possessors_state(possessor, description) -> None:  # type: ignore[no-untyped-def]
    actors = [possessor, _owned(description), _government()]
    assert owned_descriptions(actors, load_kb(), _places(actors, _GOV_SENTENCES)) == {1: 2}


@pytest.mark.parametrize("possessors, description", [
    ([_group("Kestrian citizens", "KES", "CVL", 400), _group("Varoan reporters", "VAR", "JRN", 440)],
     "their government"),  # two states' people
    ([_group("Kestrian rebels", "KES", "REB", 400)], "their government"),  # not the state's people
    ([_group("Kestrian citizens", "KES", "CVL", 400)], "their governments"),  # several
    ([_group("Kestrian citizens", "KES", "CVL", 400)], "their former government"),
    ([_group("Varoan citizens", "VAR", "CVL", 400)], "their government"),  # a state the article has no government of
])
def test_actors_link_owned_government_stays_apart(possessors, description) -> None:  # type: ignore[no-untyped-def]
    actors = [*possessors, _owned(description), _government()]
    assert owned_descriptions(actors, load_kb(), _places(actors, _GOV_SENTENCES)) == {}
