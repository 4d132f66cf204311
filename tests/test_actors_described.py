"""A common noun right before a name the knowledge base lacks says what it is ("the animation
company Pixar", "news broadcaster NRK", "UCL astronomer Angelos Tsiaras"): the name takes the
noun's sector (and the country of its modifiers), a body noun makes it an organisation, and the
description is a mention of the same actor, not a second one (issue 10, "Typing": the article's
own context).

Failure class seen on the benchmark's dev articles: unknown companies, broadcasters, charities and
experts coded with no sector (and companies as people), while their description became a separate
group actor ("animation company" BUS beside "Pixar" with nothing). Negative cases: a name the
knowledge base knows keeps its own codes, a description of no sector ("her friend") gives none, a
possessive is someone else's ("Kowal's lawyer"), and a title of the people pass is left to it.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _actor_of(result, mention: str):  # type: ignore[no-untyped-def]
    return next(a for a in result.actors if any(mention in m.span.text for m in a.mentions))


@pytest.mark.parametrize("text,name,kind,country,sector,description", [
    ("The animation company Pixar was founded in 1986.", "Pixar", "organization", None, "BUS", "animation company"),
    ("The German charity Sea-Eye renamed its ship on Sunday.", "Sea-Eye", "organization", "DEU", "SOC",
     "German charity"),
    ("Later, news broadcaster NRK reported that the fire started in a car.", "NRK", "organization", None, "JRN",
     "news broadcaster"),
    ("\"It's the best candidate,\" said UCL astronomer Angelos Tsiaras.", "Angelos Tsiaras", "person", None, "EDU",
     "astronomer"),
    ("According to eyewitness Vinnie DeVita, the truck exploded.", "Vinnie DeVita", "person", None, "CVL",
     "eyewitness"),
])
def test_actors_description_types_unknown_name(actors_only, text: str, name: str, kind: str, country: str | None,
                                               sector: str, description: str) -> None:  # type: ignore[no-untyped-def]
    result = actors_only(text)
    actor = _actor_of(result, name)
    assert (actor.kind, actor.country, actor.sector) == (kind, country, sector)
    # one actor: the description is one of its mentions, never an actor of its own
    assert [a for a in result.actors if any(description in m.span.text for m in a.mentions)] == [actor]


@pytest.mark.parametrize("text,name,country,sector", [
    ("The energy company Gazprom cut supplies on Monday.", "Gazprom", "RUS", "BUS"),  # the KB's codes stand
    ("Her friend Lena Varga said the house was empty.", "Lena Varga", None, None),  # no sector in the noun
])
def test_actors_description_leaves_others(actors_only, text: str, name: str, country: str | None,
                                          sector: str | None) -> None:  # type: ignore[no-untyped-def]
    actor = _actor_of(actors_only(text), name)
    assert (actor.country, actor.sector) == (country, sector)


def test_actors_description_keeps_the_other_name(actors_only) -> None:  # type: ignore[no-untyped-def]
    result = actors_only("\"It's the best candidate,\" said UCL astronomer Angelos Tsiaras.")
    ucl = _actor_of(result, "UCL")
    assert "Tsiaras" not in " ".join(m.span.text for m in ucl.mentions)


@pytest.mark.parametrize("text,name,country,sector", [
    ("\"It happened under my watch,\" he said, speaking to Martin Smith of PBS.", "Martin Smith", "USA", "JRN"),
    ("Lena Varga of the International Committee of the Red Cross said the camp was full.", "Lena Varga", "NGO",
     "SOC"),
    # negative: "of" a state or a place says where one is from; a known person keeps the KB's role
    ("Tom Hale of Canada won the race.", "Tom Hale", None, None),
    ("Tom Hale of Ostrava won the race.", "Tom Hale", None, None),
])
def test_actors_person_of_a_body_takes_its_sector(actors_only, text: str, name: str, country: str | None,
                                                  sector: str | None) -> None:  # type: ignore[no-untyped-def]
    actor = _actor_of(actors_only(text), name)
    assert (actor.country, actor.sector) == (country, sector)
