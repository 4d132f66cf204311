"""Places and institutions named after people (issue 10, "Typing"): "Prince Sultan Air Base" is
no person titled "Prince", and "Tupua Tamasese Meaole's clinic" after "the Tupua Tamasese Meaole
Hospital" names the hospital's short form, not the man it honours. Negative cases: a person the
article names in full stays a person; an institution that acts stays an actor.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.pipeline import Pipeline
from tidings.schema import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipe(nlp) -> Pipeline:  # type: ignore[no-untyped-def]
    return Pipeline(["actors"], errors="raise", nlp=nlp)


def _people(pipe: Pipeline, text: str) -> dict[str, str]:
    result = pipe.code(Article(id="t", text=text, date=dt.date(2020, 5, 1)))
    return {m.span.text: a.kind for a in result.actors for m in a.mentions}


@pytest.mark.parametrize("text,mention,kind", [
    ("The strike hit the Prince Sultan Air Base near Riyadh.", "Prince Sultan Air Base", None),
    ("Patients were moved to the Tupua Tamasese Meaole Hospital on Monday. Doctors at Tupua Tamasese Meaole's "
     "clinic treated 30 children.", "Tupua Tamasese Meaole", None),
    # negative cases: a person named in full, an institution that acts
    ("Ronald Reagan spoke at Reagan National Airport.", "Ronald Reagan", "person"),
    ("Aldo Veskar said the Veskar Foundation would help.", "Aldo Veskar", "person"),
    ("The Tupua Tamasese Meaole Hospital said it was full.", "The Tupua Tamasese Meaole Hospital", "group"),
])
def test_named_after_a_person_is_no_person(pipe: Pipeline, text: str, mention: str, kind: str | None) -> None:
    got = _people(pipe, text)
    assert got.get(mention) == kind, got


@pytest.mark.parametrize("text,mention,kind", [
    # works and characters bear personal names
    ("Props were made for the character Tasha Yar in the show.", "Tasha Yar", None),
    ("Simu Liu is to play the lead in Marvel film Shang-Chi and the Legend of the Ten Rings.", "Shang-Chi", None),
    # negative cases: a film's director, an actor
    ("The film director Ava DuVernay said the vote mattered.", "film director Ava DuVernay", "person"),
    ("Simu Liu is to play the lead in Marvel film Shang-Chi and the Legend of the Ten Rings.", "Simu Liu", "person"),
])
def test_works_and_characters_are_no_people(pipe: Pipeline, text: str, mention: str, kind: str | None) -> None:
    got = _people(pipe, text)
    assert got.get(mention) == kind, got
