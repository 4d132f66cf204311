"""Failure class (issue 10, "wrong resolution": "X-backed forces" and "pro-X militias" given X's
country; seen again in session 25 on written probes): the actor resolver already reads "US-backed"
and "pro-Russian" as a relation, but two later steps put the patron's country back: the events
stage read "Pro-Russian separatists" as naming Russia, and the actors stage gave "US-backed
Kurdish forces" the United States as "the country of the places of its sentence", the place
being the modifier inside the phrase itself. A country named in a relation modifier is never the
phrase's. Negative: a plain demonym still gives its country. Sentences written for these tests."""

from __future__ import annotations

import pytest
from builders import mention_owner

from tidings.resolve.words import relation_words

pytestmark = pytest.mark.model


@pytest.mark.parametrize("words, related", [
    (["Pro", "-", "Russian", "separatists"], {0, 1, 2}),
    (["pro-Russian", "separatists"], {0}),
    (["US", "-", "backed", "Kurdish", "forces"], {0, 1, 2}),
    (["US", "-backed", "forces"], {0, 1}),
    (["anti", "-", "government", "protesters"], {0, 1, 2}),
    # negative: no relation
    (["Russian", "separatists"], set()),
    (["Syrian", "troops"], set()),
])
def test_relation_words(words: list[str], related: set[int]) -> None:
    assert relation_words([w.lower() for w in words]) == related


def _result(nlp, text: str):  # type: ignore[no-untyped-def]
    import datetime as dt

    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    return Pipeline(errors="raise", nlp=nlp).code(Article(id="t", text=text, date=dt.date(2024, 11, 26)))


@pytest.mark.parametrize("text, mention, not_country", [
    ("US-backed Kurdish forces captured the town on Monday.", "US-backed Kurdish forces", "USA"),
    ("Pro-Russian separatists shelled Mariupol on Monday.", "Pro-Russian separatists", "RUS"),
    ("Iranian-backed militias attacked a base in Syria on Monday.", "Iranian-backed militias", "IRN"),
])
def test_actors_a_patron_is_not_the_country(nlp, text: str, mention: str, not_country: str) -> None:  # type: ignore[no-untyped-def]
    actor = mention_owner(_result(nlp, text), mention)
    assert actor is not None and actor.country != not_country, actor


@pytest.mark.parametrize("text, mention, country", [
    ("Russian troops shelled Kharkiv on Monday.", "Russian troops", "RUS"),
    ("Syrian troops attacked the town on Monday.", "Syrian troops", "SYR"),
])
def test_actors_a_demonym_still_gives_its_country(nlp, text: str, mention: str, country: str) -> None:  # type: ignore[no-untyped-def]
    actor = mention_owner(_result(nlp, text), mention)
    assert actor is not None and actor.country == country, actor
