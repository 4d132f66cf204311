"""Failure classes (issue 10, typing), through the whole actors stage: a person whose surname is a
body's noun ("Frank Church") kept as a person, not a church; an unknown body whose name ends in a
word that only names a body ("... Planning Committee") kept as an organisation, not a person.
Sentences written for these tests, with negatives (a known body word alone stays a body).
"""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model


def _actors(nlp, text: str):  # type: ignore[no-untyped-def]
    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    result = Pipeline(errors="raise", nlp=nlp).code(Article(id="t", text=text, date=dt.date(2025, 9, 5)))
    return {a.name: a for a in result.actors}


@pytest.mark.parametrize("text, name", [
    ("Frank Church, a senator, said the committee would meet.", "Frank Church"),
    ("Peter Bank told reporters the plan would fail.", "Peter Bank"),
])
def test_actors_forename_and_body_word_is_a_person(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    actors = _actors(nlp, text)
    assert name in actors and actors[name].kind == "person", actors
    assert actors[name].sector not in {"REL", "BUS"}, actors


def test_actors_unknown_committee_is_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    actors = _actors(nlp, "The Velmar Planning Committee rejected the proposal on Tuesday.")
    assert actors["Velmar Planning Committee"].kind == "organization", actors


def test_actors_known_church_stays_a_church(nlp) -> None:  # type: ignore[no-untyped-def]
    actors = _actors(nlp, "The Catholic Church said on Sunday that the school would close.")
    assert any(a.sector == "REL" for a in actors.values()), actors
