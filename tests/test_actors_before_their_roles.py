"""A person the knowledge base knows only by roles that begin after the article's date says nothing
of which state the story is about.

Class (country errors of the real-news benchmark, session 14): in a 2004 sports story a player who
shares his name with a later British minister resolved to that minister, and his three mentions
made Britain the article's state, which every player the knowledge base does not know then took.
Before any role the knowledge base gives, the match by name is a guess (a namesake is as likely):
the person keeps what the knowledge base says of him, but casts no vote for the state the others
take. Negative cases: a person in office on the article's date still places the story; unknown
people of a story placed by its states still take that state.
"""

from __future__ import annotations

import datetime as dt

import pytest
from builders import mention_owner

from tidings.pipeline import Pipeline
from tidings.schema import Article, ArticleResult

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipe(nlp) -> Pipeline:  # type: ignore[no-untyped-def]
    return Pipeline(["actors"], errors="raise", nlp=nlp)


def _code(pipe: Pipeline, text: str, date: dt.date) -> ArticleResult:
    return pipe.code(Article(id="t", text=text, date=date))


STORY = ("Ben Wallace shoved Jorvan Tekke after a hard foul. Ben Wallace was suspended for six games. "
         "Tekke and Ben Wallace were fined. Jorvan Tekke left the court.")


@pytest.mark.parametrize("date,country", [
    (dt.date(2004, 11, 21), None),  # before the namesake's first role: no vote for Britain
    (dt.date(2020, 1, 1), "GBR"),  # the minister in office places the story
])
def test_person_before_their_roles_places_no_story(pipe: Pipeline, date: dt.date, country: str | None) -> None:
    player = mention_owner(_code(pipe, STORY, date), "Jorvan Tekke")
    assert player is not None
    assert player.country == country


def test_unknown_people_of_a_placed_story_take_its_state(pipe: Pipeline) -> None:
    text = ("Kenya's president met Jorvan Tekke in Nairobi. Kenya and Kenyan officials praised Tekke. "
            "The Kenyan government thanked Jorvan Tekke.")
    player = mention_owner(_code(pipe, text, dt.date(2004, 11, 21)), "Jorvan Tekke")
    assert player is not None and player.country == "KEN"
