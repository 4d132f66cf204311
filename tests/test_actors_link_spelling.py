"""A person named again by an honorific and a surname spelled another way a few sentences later
("Lydia Brackmann ... Ms Brakman"): one person when the surname is within a small edit distance of
exactly one person's surname named before, never of two, never of a forename, and never when the
article names someone with that very surname (:func:`tidings.extract.actors.alike.honorific_variant`)."""

from __future__ import annotations

import pytest

from tidings.extract.actors.alike import honorific_variant
from tidings.extract.actors.link import merge_map
from tidings.kb import load_kb
from tidings.schema import Actor, Mention, Provenance, Span

_ACTORS = Provenance("tidings.actors.v1", "ner.person")


def _person(aid: str, text: str, at: int, kind: str = "name") -> Actor:
    name = text.split(" ", 1)[1] if kind == "honorific" else text
    return Actor(aid, name, "person", None, None,
                 mentions=(Mention(Span(at, at + len(text), text), kind),), provenance=_ACTORS)  # type: ignore[arg-type]


@pytest.mark.parametrize("short, full, same", [
    ("Ms Brakman", "Lydia Brackmann", True),       # two letters apart in a long name
    ("Ms Bauchtmann", "Lydia Buchtmann", True),
    ("Mr Kowalsky", "Jan Kowalski", True),          # one letter apart
    ("Mr Browne", "Tom Brown", True),
    ("Ms Lydia", "Lydia Brackmann", False),         # a forename is no surname
    ("Mr Lee", "Tom Lea", False),                   # too short to tell a slip from another name
    ("Mr Kowalczyk", "Jan Kowalski", False),        # three letters apart: another name
    ("Mr Dorsey", "Tom Morsey", False),              # another first letter
    ("Mr Kowalski", "Jan Kowalski", False),         # the same name is no variant (the other tests join it)
])
def test_honorific_variant(short: str, full: str, same: bool) -> None:
    assert honorific_variant(_person("a2", short, 200, "honorific"), _person("a1", full, 0)) is same


def test_a_variant_joins_the_one_person_it_fits() -> None:
    actors = [_person("a1", "Lydia Brackmann", 0), _person("a2", "Ivo Tamm", 40),
              _person("a3", "Ms Brakman", 200, "honorific")]
    assert merge_map(actors, kb=load_kb()).get(2) == 0


def test_a_variant_of_two_people_joins_neither() -> None:
    actors = [_person("a1", "Lydia Brackmann", 0), _person("a2", "Ivo Brackmam", 40),
              _person("a3", "Ms Brakman", 200, "honorific")]
    assert 2 not in merge_map(actors, kb=load_kb())


def test_a_variant_of_a_name_someone_has_joins_that_one() -> None:
    actors = [_person("a1", "Tom Brown", 0), _person("a2", "Ann Browne", 40),
              _person("a3", "Mr Browne", 200, "honorific")]
    assert merge_map(actors, kb=load_kb()).get(2) == 1


def test_a_full_name_is_no_variant() -> None:
    actors = [_person("a1", "Tom Brown", 0), _person("a2", "Tim Browne", 40)]
    assert merge_map(actors, kb=load_kb()) == {}
