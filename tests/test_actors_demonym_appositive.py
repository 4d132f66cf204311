"""Failure class (issue 10, typing): a person the knowledge base does not know, whose appositive
gives their nationality by a demonym ("Mela Ostrova, a Kenyan runner") but no sector noun, was
left with no country, or given the article's dominant one. The demonym that modifies the
appositive's own head is the person's country; one in a phrase inside it ("a runner for a Kenyan
club") or in a relative clause is not. Sentences written for these tests, with negatives.
"""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model


def _countries(nlp, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    result = Pipeline(errors="raise", nlp=nlp).code(Article(id="t", text=text, date=dt.date(2025, 9, 5)))
    return {a.name: a.country for a in result.actors}


@pytest.mark.parametrize("text, name, country", [
    ("Mela Ostrova, a Kenyan runner, won the race in Velmar on Sunday.", "Mela Ostrova", "KEN"),
    ("The race was won by Tomas Pellar, an Ethiopian runner, ahead of two others.", "Tomas Pellar", "ETH"),
    ("Ivo Marrek, the Brazilian striker, scored twice on Sunday.", "Ivo Marrek", "BRA"),
])
def test_actors_demonym_in_appositive_gives_country(nlp, text: str, name: str, country: str) -> None:  # type: ignore[no-untyped-def]
    countries = _countries(nlp, text)
    assert countries.get(name) == country, countries


@pytest.mark.parametrize("text, name, country", [
    ("Mela Ostrova, a runner for a Kenyan club, won the race on Sunday.", "Mela Ostrova", "KEN"),
    ("Mela Ostrova, who beat a Kenyan runner, won the race on Sunday.", "Mela Ostrova", "KEN"),
])
def test_actors_demonym_elsewhere_gives_no_country(nlp, text: str, name: str, country: str) -> None:  # type: ignore[no-untyped-def]
    countries = _countries(nlp, text)
    assert countries.get(name) != country, countries
