"""Things named like actors are no actors: the classes of junk actors of a probe of invented
newspaper, business, sport, science and accident-report sentences (session 15).

Each thing below was coded as an actor with no country and no sector because an event used it
(the doer of "collapsed", "hit", "crashed", "killed"). The classes, each a test of
:func:`tidings.extract.actors.kinds.never_an_actor` (and of the actors finder's passes) over the
parse, the words data (``data/word_classes.csv``, ``data/non_actor_names.csv``):

- **a built structure or instrument by name**: a proper name whose last word is the kind of
  structure ("the Arden Bridge", "Velmar Stadium", "the Mendel Space Telescope"; word class
  ``actors.kinds.structure_heads``); not a longer name going on after it ("the Kellan Dam
  Authority"), nor a person whose surname is such a word ("John Tower");
- **a vessel or craft named beside its kind**: a name in apposition to a vehicle, vessel or
  craft noun ("the yacht Blue Heron", "the ferry Star of Arden", "the rover Odyssey");
- **a storm or an operation tagged as a person**: "Storm Ilsa", "Cyclone Mira" (the class word
  first decides, whatever the tag; a person whose given name is such a word, "Storm Reid", is
  lost with them, as the actors stage already did);
- **a model designation**: a maker's name followed by a model number ("a Cessna 172",
  "an Embraer 190"), the aircraft, not the maker; not a broadcaster or a group whose own name
  ends in a number ("Channel 4", "G7");
- **a drug**: names of word list ``non_actor_names`` ("Heroin killed more people").
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.pipeline import Pipeline
from tidings.schema import Article, ArticleResult

pytestmark = pytest.mark.model


def _code(pipe: Pipeline, text: str) -> ArticleResult:
    return pipe.code(Article(id="t", text=text, date=dt.date(2024, 5, 1)))


def _mentions(result: ArticleResult) -> set[str]:
    return {m.span.text for a in result.actors for m in a.mentions}


def _holds(result: ArticleResult, name: str) -> bool:
    return any(name in m or m in name for m in _mentions(result) if len(m) > 2)


@pytest.mark.parametrize("text,thing", [
    # structures and instruments by name
    ("The Arden Bridge was hit by a barge on Sunday, the council said.", "Arden Bridge"),
    ("The Brandle Bridge collapsed on Wednesday, killing three motorists, officials said.", "Brandle Bridge"),
    ("Velmar Stadium hosted a protest by 10,000 farmers against the new tax.", "Velmar Stadium"),
    ("The Mendel Space Telescope detected water on a distant planet, the agency said.", "Mendel Space Telescope"),
    ("The Corvan Tower caught fire on Monday night, killing four residents.", "Corvan Tower"),
    # vessels and craft beside their kind
    ("The yacht Blue Heron was attacked by orcas off the coast of Portugal.", "Blue Heron"),
    ("The tanker Marisol Star was seized by Iranian forces in the Strait of Hormuz on Friday.", "Marisol"),
    ("The ferry Star of Arden hit a rock near the harbour, injuring 20 passengers.", "Star of Arden"),
    # storms tagged as people
    ("Storm Ilsa killed two people in Ireland and cut power to 50,000 homes.", "Ilsa"),
    ("Cyclone Mira hit Mozambique, killing 40 people, the United Nations said.", "Mira"),
    ("Typhoon Haikui hit Taiwan on Sunday, forcing the evacuation of 7,000 people.", "Haikui"),
    # model designations
    ("A Cessna 172 crashed into a field near Leeds, killing the pilot, police said.", "Cessna"),
    ("An Embraer 190 skidded off the runway in Lagos, injuring 14 passengers.", "Embraer"),
    # drugs
    ("Heroin killed more people than car crashes, the report said.", "Heroin"),
    ("Fentanyl killed 70,000 Americans last year, the health agency said.", "Fentanyl"),
])
def test_named_thing_is_no_actor(pipeline: Pipeline, text: str, thing: str) -> None:
    assert not _holds(_code(pipeline, text), thing)


@pytest.mark.parametrize("text,actor", [
    ("John Tower said the bill would pass.", "John Tower"),
    ("Jane Bridge, a nurse, said she saw the crash.", "Jane Bridge"),
    ("The Kellan Dam Authority fined the contractor.", "Kellan Dam Authority"),
    ("The Bridgeport Hospital treated 30 patients.", "Bridgeport Hospital"),
    ("Embraer criticised the new tariffs on aircraft parts.", "Embraer"),
    ("Channel 4 criticised the government's plan to sell it.", "Channel 4"),
    ("G7 leaders condemned the attack.", "G7"),
    ("Kestrel Rovers criticised the referee after the match.", "Kestrel Rovers"),
    ("Avanti West Coast criticised the strike by drivers.", "Avanti West Coast"),
    ("Greenpeace activists boarded the tanker on Sunday.", "Greenpeace"),
])
def test_actor_near_a_thing_word_stays(pipeline: Pipeline, text: str, actor: str) -> None:
    assert actor in _mentions(_code(pipeline, text))
