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

from tidings.extract.actors.by_kind import kind_descriptions
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


# Session 12 (split actors on dev-work): a description whose head is a kind of a state's own body
# ("the court", "the ministry") or a word for a kind the knowledge base names otherwise ("the
# network" for a broadcaster, "the city" for a municipality) stayed apart from the one body named
# before it; so did a description after one body proposed twice ("Supreme Court of Cassation" and
# "Supreme Court"), and a body whose name the text gives only as a phrase ("ABS-CBN Corporation").

def _nominal_body(aid: str, name: str, sector: str | None, country: str | None = None, at: int = 0) -> Actor:
    return Actor(aid, name, "organization", country, sector, mentions=(Mention(Span(at, at + len(name), name), "nominal"),))


@pytest.mark.parametrize("bodies, description, joins", [
    # a state's own body, by the head of its name
    ([("Kestrian Supreme Court of Appeal", "JUD", "KES")], ("the court", None, None), 0),
    ([("Ministry of Health", "GOV", "KES"), ("Varo Motors", "BUS", "KES")], ("The ministry", "GOV", "KES"), 0),
    ([("Chrysler", "BUS", "USA"), ("Municipality of Varo", None, None)], ("the municipality", None, None), 1),
    # words for a kind the knowledge base names otherwise
    ([("Municipality of Varo", "GOV", "ITA")], ("The city", "GOV", "ITA"), 0),
    ([("Kestria Broadcasting", "JRN", None), ("Chrysler", "BUS", "USA")], ("the network", None, None), 0),
])
def test_actors_link_kinds_head_or_synonym_joins(bodies, description, joins) -> None:  # type: ignore[no-untyped-def]
    actors = [_named(f"a{i}", *b) for i, b in enumerate(bodies)]
    actors.append(_described(*description))
    assert kind_descriptions(actors, load_kb()) == {len(actors) - 1: joins}


@pytest.mark.parametrize("bodies, description", [
    ([("Kestrian Supreme Court", "JUD", "KES"), ("Varo District Court", "JUD", "KES")], ("the court", None, None)),  # two
    ([("Kestrian Supreme Court", "JUD", "KES")], ("the district court", "JUD", None)),  # says another
    ([("Kestrian Supreme Court", "JUD", "KES")], ("the tribunal", "JUD", None)),  # another head
    ([("Ministry of Health", "GOV", "KES")], ("the department", "GOV", None)),
    ([("Ministry of Health", "GOV", "KES")], ("the ministry", "GOV", "VAR")),  # another state
    ([("Ministry of Health", "GOV", "KES")], ("the ministries", "GOV", None)),  # several
    ([("Municipality of Varo", "GOV", "ITA"), ("Municipality of Kesto", "GOV", "ITA")], ("The city", "GOV", "ITA")),
    ([("Kestria Broadcasting", "JRN", None), ("Varo Radio", "JRN", None)], ("the network", None, None)),  # two
    ([("Haqqani Group", "REB", "AFG")], ("the network", None, None)),  # no broadcaster
    ([("Kestrian Supreme Court", "JUD", "KES")], ("the government", "GOV", "KES")),  # the state's, not the last body's
])
def test_actors_link_kinds_head_or_synonym_stays_apart(bodies, description) -> None:  # type: ignore[no-untyped-def]
    actors = [_named(f"a{i}", *b) for i, b in enumerate(bodies)]
    actors.append(_described(*description))
    assert kind_descriptions(actors, load_kb()) == {}


def test_actors_link_kinds_one_body_proposed_twice() -> None:
    """'the Supreme Court of Appeal' and 'Supreme Court', found one body by another rule (``root``),
    then 'the court': one body fits, not two."""
    actors = [_named("a0", "Kestrian Supreme Court of Appeal", "JUD", "KES", at=0),
              _named("a1", "Supreme Court", "JUD", "KES", at=40), _described("the court", None, None)]
    assert kind_descriptions(actors, load_kb()) == {}
    assert kind_descriptions(actors, load_kb(), root=[0, 0, 2]) == {2: 0}


@pytest.mark.parametrize("name, joins", [
    ("Kestrel-TV Corporation", True),  # a name the text gives as a phrase
    ("the Kestrian broadcasters", False),  # a description
    ("Broadcasters", False),
])
def test_actors_link_kinds_named_by_a_phrase(name, joins) -> None:  # type: ignore[no-untyped-def]
    actors = [_nominal_body("a0", name, "JRN", None), _described("the network", None, None)]
    assert kind_descriptions(actors, load_kb()) == ({1: 0} if joins else {})
