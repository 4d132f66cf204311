"""Failure class (new dev articles, coded after the rules): a lone surname after the article had
named someone of that surname in full ("John Paul Stevens ... Stevens was born") was resolved by
the knowledge base to a famous namesake (an Australian Stevens; "Gupta" to an Indian politician),
whose country then outvoted the article's own and coloured its unnamed groups. A bare surname
belongs to the person the article introduced; the knowledge base's namesake only when the
article's full name is that very person. Sentences written for these tests, before the fix.
"""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model


def _actors(nlp, text: str):  # type: ignore[no-untyped-def]
    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    result = Pipeline(errors="raise", nlp=nlp).code(Article(id="t", text=text, date=dt.date(2019, 7, 17)))
    return {a.name: (a.country, [m.span.text for m in a.mentions]) for a in result.actors if a.kind == "person"}


@pytest.mark.parametrize("text, full, surname, namesake", [
    ("John Paul Stevens, a retired judge, died on Tuesday. Stevens was born in Chicago. Stevens studied law. "
     "He was nominated to the court by President Gerald Ford. Stevens retired in 2010.",
     "John Paul Stevens", "Stevens", "AUS"),
    ("Arnav Gupta, a 33-year-old man, set himself on fire on Wednesday. Gupta was taken to a hospital.",
     "Arnav Gupta", "Gupta", "IND"),
])
def test_actors_lone_surname_is_the_person_introduced(nlp, text: str, full: str, surname: str,  # type: ignore[no-untyped-def]
                                                      namesake: str) -> None:
    actors = _actors(nlp, text)
    assert full in actors and surname in actors[full][1], actors
    assert all(c != namesake for c, _ in actors.values()), actors


@pytest.mark.parametrize("text, full, country", [
    # negative: the full name is the KB's person, so is the surname
    ("Kevin Rudd, the former prime minister of Australia, spoke on Monday. Rudd said the plan would fail.",
     "Kevin Rudd", "AUS"),
    ("Barack Obama visited Chicago on Monday. Obama said the city had changed.", "Barack Obama", "USA"),
])
def test_actors_lone_surname_of_a_known_person_still_known(nlp, text: str, full: str, country: str) -> None:  # type: ignore[no-untyped-def]
    actors = _actors(nlp, text)
    assert full in actors and actors[full][0] == country, actors
    assert len([n for n in actors if full.split()[-1] in n]) == 1, actors
