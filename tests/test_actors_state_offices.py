"""A state's one office named bare is its holder when the article's states have one holder of it
(sentences written for these tests).

Class (session 42): "British officials said on Monday the prime minister would not resign" left
"the prime minister" an actor of no country and no name, though the article is about one state
and the knowledge base knows who held that office on the article's date. A bare national office
(word class ``actors.link.national_offices``: the prime minister, the chancellor, the king) of no
country, named by no name, is the holder of that office in the one state of the article that has
one (:func:`tidings.extract.actors.state_offices.state_office_holders`); with two such states
("Israel and Britain ... the prime minister") or none it stays unresolved, as a modified office
("the former prime minister") or an office many hold ("the minister", "the mayor") does.
"""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

ON = dt.date(2020, 5, 1)


def _actors(text: str):  # type: ignore[no-untyped-def]
    from tidings.pipeline import Pipeline
    from tidings.schema import Article
    return Pipeline(errors="raise").code(Article(id="t", text=text, date=ON)).actors


@pytest.mark.parametrize("text, name", [
    ("British officials said on Monday the prime minister would not resign.", "Boris Johnson"),
    ("The Hungarian government said the prime minister would attend the summit.", "Viktor Orbán"),
    ("Israel said on Monday the prime minister would travel to Washington.", "Benjamin Netanyahu"),
])
def test_a_bare_office_of_the_articles_one_state_is_its_holder(text, name):
    actors = _actors(text)
    assert name in [a.name for a in actors], actors
    assert not [a for a in actors if a.name.lower() == "prime minister"], actors


@pytest.mark.parametrize("text", [
    "Israel and Britain said on Monday the prime minister would travel to Washington.",  # two states with one
    "The former prime minister said on Monday he would not resign.",                  # no state named
    "British officials said on Monday the former prime minister would not resign.",   # a former holder
    "British officials said on Monday the minister would not resign.",                # an office many hold
])
def test_an_office_no_one_state_pins_down_stays_unresolved(text):
    actors = _actors(text)
    assert not [a for a in actors if a.kind == "person" and a.wikidata], actors
