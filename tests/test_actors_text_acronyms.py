"""Failure class (issue 10, acronyms and their expansions; found on wire-style text written for the
purpose in session 23): an acronym the knowledge base knows for another body ("RSF": Reporters
Without Borders) took that body even where the article spells out a body with those initials ("the
paramilitary Rapid Support Forces ... The RSF said"): a press-freedom group became the speaker of
a militia's statements and the accuser of the army.

An acronym is the article's body whose name it spells, where exactly one body of the article does
and the knowledge base's body for it is not named in full; otherwise the knowledge base's reading
stands ("the UN" with "the United Nations"; "ICC" alone; "ICC" when two named bodies fit).
Short texts written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.pipeline import Pipeline
from tidings.schema import Article


def _actors(text: str):  # type: ignore[no-untyped-def]
    r = Pipeline(errors="raise", components=["actors"]).code(Article(id="t", text=text, date=dt.date(2024, 3, 5)))
    return r.actors


def _owner(actors, surface: str):  # type: ignore[no-untyped-def]
    return next(a for a in actors if any(m.span.text.removeprefix("The ").removeprefix("the ") == surface
                                         for m in a.mentions))


@pytest.mark.parametrize("text, acronym, name", [
    ("Sudan's army and the paramilitary Rapid Support Forces agreed to a truce on Saturday. "
     "The RSF said it would respect the truce.", "RSF", "Rapid Support Forces"),
    ("The International Cricket Council suspended Zimbabwe on Monday. The ICC said the board had broken its rules.",
     "ICC", "International Cricket Council"),
])
def test_actors_acronym_spelled_in_the_article_is_that_body(text, acronym, name) -> None:  # type: ignore[no-untyped-def]
    actors = _actors(text)
    assert _owner(actors, acronym).name == name


@pytest.mark.parametrize("text, acronym, name", [
    # the knowledge base's body named in full: the acronym stays its
    ("Reporters Without Borders said two journalists were held by the Rapid Support Forces in Khartoum. "
     "RSF called for their release.", "RSF", "Reporters Without Borders"),
    # nothing in the article spells it out: the knowledge base's reading stands
    ("The ICC issued an arrest warrant for the general on Monday.", "ICC", "International Criminal Court"),
    ("The United Nations called for calm. The UN said aid was ready.", "UN", "United Nations"),
])
def test_actors_acronym_keeps_the_knowledge_base_reading(text, acronym, name) -> None:  # type: ignore[no-untyped-def]
    actors = _actors(text)
    assert _owner(actors, acronym).name == name


def test_actors_acronym_two_bodies_spell_it_stays_with_the_knowledge_base() -> None:
    text = ("The International Cricket Council and the Indian Cricket Committee met on Monday. "
            "The ICC said it would rule on Friday.")
    assert _owner(_actors(text), "ICC").name not in {"International Cricket Council", "Indian Cricket Committee"}
