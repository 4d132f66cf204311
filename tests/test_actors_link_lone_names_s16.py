"""Failure class seen in both corpora's dev-work (split actors): a person named once in full and then
by one word alone ("Rozalina", "Schaff", "Kavehi" of "Nafiseh Rostami-Kavehi") that the tagger or the
quotes stage took for an organisation with nothing else of a body (no country, sector, Wikidata id,
description): the lone word stayed an untyped body of its own beside the person.

The lone word is that person (:func:`tidings.extract.actors.lone_words.people_taken_for_bodies`) when it
is a surname, a part of a surname or the forename of exactly one person of the article named before
it, and no body of the article has that word in its name. Tables of hand-built proposals written for
these tests, positive and negative."""

from __future__ import annotations

import pytest
from test_actors_link import actor

from tidings.extract.actors.link import merge_map
from tidings.extract.actors.lone_words import people_taken_for_bodies


def _lone(name: str, at: int, kind: str = "organization", **kw) -> object:  # type: ignore[no-untyped-def]
    return actor("b", name, kind, at=at, **kw)


@pytest.mark.parametrize("people, lone", [
    (["Rozalina Othman Karim"], "Rozalina"),  # the forename
    (["Adam Schaff"], "Schaff"),  # the surname
    (["Nafiseh Rostami-Kavehi"], "Kavehi"),  # a part of a hyphenated surname
    (["Dick Durbin", "Adam Schaff"], "Schaff"),  # the one person of two it names
])
def test_lone_word_taken_for_a_body_is_the_person(people: list[str], lone: str) -> None:
    actors = [actor(f"a{k}", p, at=100 * k) for k, p in enumerate(people)] + [_lone(lone, 1000)]
    want = [k for k, p in enumerate(people) if lone.lower() in p.lower().replace("-", " ").split()][0]
    assert people_taken_for_bodies(actors) == {len(people): want}
    assert merge_map(actors).get(len(people)) == want


@pytest.mark.parametrize("actors", [
    # two people it may name
    [actor("a1", "Adam Schaff", at=0), actor("a2", "Lena Schaff", at=50), _lone("Schaff", 100)],
    # a body of the article has that word in its name: "Schaff" may be "Schaff Industries"
    [actor("a1", "Adam Schaff", at=0), actor("a2", "Schaff Industries", "organization", at=50), _lone("Schaff", 100)],
    # the body says what it is: a country, a sector or a Wikidata id
    [actor("a1", "Adam Schaff", at=0), _lone("Schaff", 100, sector="BUS")],
    [actor("a1", "Adam Schaff", at=0), _lone("Schaff", 100, wikidata="Q1")],
    # named before the person: not a short form of someone met
    [_lone("Schaff", 0), actor("a1", "Adam Schaff", at=100)],
    # two words: a body's own name
    [actor("a1", "Adam Schaff", at=0), _lone("Schaff Group", 100)],
    # in small letters: no one's name
    [actor("a1", "Adam Schaff", at=0), _lone("schaff", 100)],
    # a word inside a name, not a whole word of it
    [actor("a1", "Adam Schaffer", at=0), _lone("Schaff", 100)],
])
def test_lone_word_stays_apart(actors) -> None:  # type: ignore[no-untyped-def]
    assert people_taken_for_bodies(actors) == {}
