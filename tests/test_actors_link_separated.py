"""Split actors on the real-news benchmark (issue 10): a title set apart from its holder's name by a
bracket, a second title or a comma was left to the body named inside it ("Labour", "Airbus"), and
the person stood alone. The title is the person's (:mod:`tidings.extract.actors.separated`); a title
that is someone else's (after a preposition, in another sentence, plural, or with another name
between) stays where it was."""

from __future__ import annotations

import pytest
from builders import actor_mentions


@pytest.mark.parametrize("text, title, person", [
    # a bracket that spells the title out
    ("Protesters were joined by Labour MP (Member of Parliament) Karel Brandt on Sunday.", "Labour MP", True),
    # a second title joined by "and"
    ("\"We are proud,\" said Airbus President and Chief Executive Officer, Karel Brandt.", "Airbus President", True),
    # a comma, the title opening the sentence
    ("A member of the Tunisian Parliament, Karel Brandt said the law was wrong.",
     "A member of the Tunisian Parliament", True),
    # a comma, and another comma closing the name
    ("According to the Airbus president, Karel Brandt, sales rose.", "the Airbus president", True),
    # the title is someone else's: after a preposition, a name that begins its own clause
    ("In a letter to the Labour MP, Karel Brandt said the law was wrong.", "the Labour MP", False),
    # in another sentence
    ("The Labour MP left. Karel Brandt stayed.", "The Labour MP", False),
    # plural: several people
    ("Labour MPs (Members of Parliament) Karel Brandt and Ilse Morrow spoke.", "Labour MPs", False),
    # another name between them
    ("The Airbus President met Ilse Morrow and Karel Brandt.", "The Airbus President", False),
    # the title's own complement, a place or a body in capitals, between it and the name
    ("At a press conference in Velt, US Special Envoy for Kestria Karel Brandt said the talks failed.",
     "US Special Envoy", True),
    ("Speaking to reporters, the president of the Kestrian League for the Defence of Farmers, Karel Brandt, "
     "said the law was wrong.", "the president of the Kestrian League", True),
    # ... but not a complement that begins a clause of its own, nor one in small letters
    ("In a letter to the president of the Kestrian League for the Defence of Farmers, Karel Brandt said the "
     "law was wrong.", "the president of the Kestrian League", False),
    ("The Airbus president said on Monday Karel Brandt would resign.", "The Airbus president", False),
    ("She was the first candidate for Vice President and Karel Brandt the second.", "candidate", False),
    ("He was the US ambassador to the United Nations under President Karel Brandt.", "the US ambassador", False),
    # one of several holders of a title, named
    ("One of Kestria's Vice Presidents, Karel Brandt, also commented on the death.", "Kestria's Vice Presidents",
     True),
    ("Two of Kestria's Vice Presidents, Karel Brandt and Ilse Morrow, commented.", "Kestria's Vice Presidents",
     False),
])
def test_actors_link_separated_title_is_its_holders(nlp, text: str, title: str, person: bool) -> None:  # type: ignore[no-untyped-def]
    assert (title in actor_mentions(nlp, text, "Karel Brandt")) is person


def test_actors_link_separated_title_leaves_the_body_its_own_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Protesters were joined by Labour MP (Member of Parliament) Karel Brandt on Sunday."
    assert actor_mentions(nlp, text, "Labour Party") == ["Labour"]
