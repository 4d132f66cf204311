"""Failure class (issue 10, "the same actor split"; found in session 25 on a written probe of war
news): a paramilitary force named and then described by a general head ("The paramilitary Rapid
Support Forces shelled Omdurman ... The paramilitary group denied targeting civilians") stayed two
actors, the description then the addressee of the force's own denial: "the group" and "the
movement" were used only for civil, armed-rebel and criminal bodies (``data/general_kinds.csv``),
not for paramilitaries, and "the movement" not for a party. Negative: a description of another
sector ("the human rights group") stays apart. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.pipeline import Pipeline
from tidings.schema import Article

pytestmark = pytest.mark.model


def _owner(nlp, text: str, mention: str):  # type: ignore[no-untyped-def]
    result = Pipeline(errors="raise", nlp=nlp).code(Article(id="t", text=text, date=dt.date(2024, 11, 26)))
    return next((a.name for a in result.actors for m in a.mentions if m.span.text == mention), None)


@pytest.mark.parametrize("text, mention, name", [
    ("The paramilitary Rapid Support Forces shelled Omdurman on Monday. The paramilitary group denied targeting "
     "civilians.", "The paramilitary group", "Rapid Support Forces"),
    ("The Wagner Group attacked a village in Mali on Monday. The group denied killing civilians.", "The group",
     "Wagner Group"),
])
def test_actors_a_paramilitary_force_described_by_its_kind(nlp, text: str, mention: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert _owner(nlp, text, mention) == name


def test_actors_a_description_of_another_sector_stays_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The paramilitary Rapid Support Forces shelled Omdurman on Monday. The human rights group said 18 "
            "civilians were killed.")
    assert _owner(nlp, text, "The human rights group") != "Rapid Support Forces"
