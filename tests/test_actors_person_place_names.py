"""A person's name that contains a place's name stays a person's name.

Class (issue of session 14, the real-news benchmark): when the tagger misses a person's name, or
takes part of it for a place ("Sudesh Amman": "Sudesh" a GPE, "Amman" no entity), the knowledge
base's capital or state inside the name was coded as that state's government ("Amman" as Jordan).
And a surname the tagger takes for a place ("Amman, who was described as dangerous by the police")
placed the sentence's unnamed police in that state. A proper noun compounded with the place's
name, that no one knows as a place, body or title, makes the pair one person's name; a word of
the article's people's names places nothing. Negative cases: capitals and states that act or
modify a body, titles of a place's office.
"""

from __future__ import annotations

import pytest
from builders import mention_owner

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,mention,kind,country", [
    # a person's name with a capital or state in it: a person, without that state's code
    ("Witnesses said Tarek Amman had fled.", "Tarek Amman", "person", None),
    # negative cases: the place's name acting, or modifying a body or an office
    ("Amman rejected the proposal on Monday.", "Amman", None, "JOR"),
    ("Georgia accused Russia of shelling villages.", "Georgia", "country", "GEO"),
    ("Kabul police arrested two men.", "Kabul police", "group", "AFG"),
    ("London Mayor Sadiq Khan thanked the police.", "London Mayor Sadiq Khan", "person", "GBR"),
    ("Amman police arrested two men.", "Amman police", "group", "JOR"),
    ("Beijing Mayor Chen Jining visited the port.", "Beijing Mayor Chen Jining", "person", "CHN"),
])
def test_person_name_containing_a_place_stays_a_person(actors_only, text: str, mention: str, kind: str | None,  # type: ignore[no-untyped-def]
                                                         country: str | None) -> None:
    actor = mention_owner(actors_only(text), mention)
    assert actor is not None
    if kind is not None:
        assert actor.kind == kind
    assert actor.country == country


@pytest.mark.parametrize("text,mention", [
    ("Jordan Valley farmers protested on Monday.", "Jordan Valley"),
    ("Georgia Power raised its prices.", "Georgia Power"),
])
def test_place_names_of_things_are_no_people(actors_only, text: str, mention: str) -> None:  # type: ignore[no-untyped-def]
    actor = mention_owner(actors_only(text), mention)
    assert actor is None or actor.kind != "person"


@pytest.mark.parametrize("text,country", [
    # a surname the tagger takes for a place says nothing of where the police are
    ("Wesley Amman was jailed in 2018. Amman, who was described as dangerous by the police, wrote letters.", None),
    ("Officers arrested Sam Tripoli on Friday. Tripoli, who was questioned by the police, was freed.", None),
    # negative cases: a real place in the sentence
    ("Riots broke out in Amman, where protesters were dispersed by the police.", "JOR"),
    ("In Tripoli, two men who were questioned by the police were freed.", "LBY"),
])
def test_surname_places_no_unnamed_office(actors_only, text: str, country: str | None) -> None:  # type: ignore[no-untyped-def]
    police = mention_owner(actors_only(text), "the police")
    assert police is not None
    assert police.country == country
