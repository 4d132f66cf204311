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
- **a storm, an operation or a ship by its class word**: "Storm Ilsa", "Cyclone Mira", "HMS
  Kestrel" (the class word first decides, whatever the tag; a person whose given name is such a word, "Storm Reid", is
  lost with them, as the actors stage already did);
- **a model designation**: a maker's name followed by a model number ("a Cessna 172",
  "an Embraer 190"), the aircraft, not the maker; not a broadcaster or a group whose own name
  ends in a number ("Channel 4", "G7");
- **a thing the article named by its kind before**: "The Velmar Star sank" after "the cargo ship
  Velmar Star" (the names of the article's things, kept with the parse); another name sharing a
  word stays ("Orla Shipping" after "the tanker Orla Pearl");
- **a work named beside its kind**: "the film Velmar Nights", "the documentary Silent Coast";
- **an event, a day, an award or a document by its last word**: "the Harrow Music Festival",
  "Bastille Day", "the Velmar Prize", "the Velmar Accord" (word classes
  ``actors.kinds.occasion_heads``, ``actors.kinds.document_heads``), and a word of such a name
  ("Good" of "the Good Friday Agreement"), with a state's name in it ("the Kentucky Human Life
  Protection Act" is no actor of the state) or a possessive ("International Women's Day"); not a body whose name ends in a word of games
  ("Epic Games": left out of the class) or goes on ("the Harrow Festival Society"), nor the
  party of an act noun in lower case ("the Gondor peace offer");
- **a word of a name the tagger found whole**: "Old" of "at Old Trafford" (the name's head
  stands for the name; a word the knowledge base knows may still act);
- **a one-word name after "the" the tagger calls a person**: "landed on the Moon" (a person's
  name takes no article; not a title: "the Pope");
- **a drug or a stock index**: names of word list ``non_actor_names``, also as the head of a
  longer name the tagger found ("the Brazilian Bovespa") ("Heroin killed more people").
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
    # ships by their prefix, and a thing's name the article gave its kind before
    ("HMS Kestrel fired on a Russian trawler in the North Sea.", "Kestrel"),
    ("The RMS Velmar sank in 1915, killing 1,200 passengers.", "Velmar"),
    ("The cargo ship Velmar Star left Piraeus on Monday. The Velmar Star sank off Crete on Tuesday, killing "
     "40 migrants, the coastguard said.", "Velmar Star"),
    ("The tanker Orla Dawn was seized on Friday. Pirates attacked the Orla Dawn again on Saturday.", "Orla Dawn"),
    # model designations
    ("A Cessna 172 crashed into a field near Leeds, killing the pilot, police said.", "Cessna"),
    ("An Embraer 190 skidded off the runway in Lagos, injuring 14 passengers.", "Embraer"),
    # works beside their kind
    ("China banned the film Velmar Nights after it mocked the president.", "Velmar Nights"),
    ("The novel Harrow Fields was banned by schools in Texas.", "Harrow"),
    ("The documentary Silent Coast accused the navy of covering up the spill.", "Silent Coast"),
    # events, days, awards and documents by their last word, and the words of their names
    ("The Winter Olympics forced the city to demolish 300 homes.", "Winter Olympics"),
    ("The Harrow Music Festival was cancelled after a crowd crush killed four fans.", "Harrow Music Festival"),
    ("Bastille Day parades were held across France.", "Bastille Day"),
    ("The Velmar Accord ended a decade of fighting between the army and rebels.", "Velmar"),
    ("The Good Friday Agreement ended decades of violence.", "Good"),
    ("The Halden Declaration committed 40 countries to end deforestation.", "Halden Declaration"),
    ("The Kentucky Human Life Protection Act was blocked by a federal judge.", "Life Protection Act"),
    ("International Women's Day was marked by protests across the country.", "Women's Day"),
    # a word of a venue's name is no head of its own
    ("The Red Devils beat the Gunners 2-0 at Old Trafford.", "Old"),
    # a one-word name after "the" is no person's ("the Moon", not Moon the surname)
    ("The spacecraft Harrow-2 landed on the Moon on Wednesday, the agency said.", "Moon"),
    # stock indexes, with a people's adjective before them
    ("The Brazilian Bovespa fell 2 percent as investors sold bank shares.", "Bovespa"),
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
    ("Surinam carrier Blue Wing Airlines was banned from flying to Europe by the commission.", "Blue Wing Airlines"),
    ("Doris Day criticised the studio's decision.", "Doris Day"),
    ("Epic Games sued Apple over its app store fees.", "Epic Games"),
    ("The Harrow Festival Society criticised the council.", "Harrow Festival Society"),
    ("The Gondor peace offer was rejected by the rebels.", "Gondor"),
    ("The tanker Orla Pearl was seized by pirates. Orla Shipping, its owner, condemned the attack.", "Orla Shipping"),
    ("The INS said it had deported 300 people.", "INS"),
    ("Russian aircraft killed 46 civilians in the town.", "Russian"),  # the weapon stands for whom it names (events.weapons)
    ("The Pope criticised the war.", "Pope"),
    ("President Moon criticised the missile test.", "President Moon"),
    ("Kestrel Rovers criticised the referee after the match.", "Kestrel Rovers"),
    ("Avanti West Coast criticised the strike by drivers.", "Avanti West Coast"),
    ("Greenpeace activists boarded the tanker on Sunday.", "Greenpeace"),
])
def test_actor_near_a_thing_word_stays(pipeline: Pipeline, text: str, actor: str) -> None:
    assert actor in _mentions(_code(pipeline, text))
