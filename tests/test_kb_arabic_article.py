"""Failure class (issue 10, KB coverage of armed groups and their spellings; found in session 25 on
a written probe): "The Islamist militant group al-Shabab attacked ..." was tagged "Shabab" alone,
and "Shabab" (like "Qaeda") is what the news often writes; the knowledge base knew only the names
with their hyphenated Arabic article ("al-Shabab", "al-Qaeda"), so the group was an untyped person.
An armed group whose name begins with the hyphenated article "al-" or "el-" is also known without it
(of other bodies the article stays: "Al-Azhar" is no "Azhar"). The
name keeps its capital ("shabab" in small letters is no name), and short names are left whole."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.kb import load_kb


@pytest.mark.parametrize("surface, name", [
    ("Shabab", "Al-Shabaab"),
    ("al-Shabab", "Al-Shabaab"),
    ("Qaeda", "Al-Qaeda"),
])
def test_kb_knows_a_name_without_its_arabic_article(surface: str, name: str) -> None:
    assert name in [n.name for n in load_kb().lookup(surface)]


@pytest.mark.parametrize("surface", ["shabab", "qaeda"])
def test_kb_a_name_without_its_article_keeps_its_capital(surface: str) -> None:
    assert not [n for n in load_kb().lookup(surface) if n.name in ("Al-Shabaab", "Al-Qaeda")]


@pytest.mark.model
def test_actors_a_group_named_without_its_article(nlp) -> None:  # type: ignore[no-untyped-def]
    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    text = "Shabab fighters attacked a military base in southern Somalia on Monday."
    result = Pipeline(errors="raise", nlp=nlp).code(Article(id="t", text=text, date=dt.date(2024, 11, 26)))
    found = [a for a in result.actors if a.name == "Al-Shabaab"]
    assert found and found[0].country == "SOM" and found[0].sector == "REB", result.actors
