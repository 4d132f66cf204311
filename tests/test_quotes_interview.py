"""Interview answers with name labels: each labelled answer is the labelled person's quote.

A panel interview has several interviewees, so the title names no single one; a label that names
a person actor ("Rosa Fenn:", "((Fenn))") says whose answer it is. A label that names no actor,
or an article with too few question-answer pairs, adds nothing.
"""

from __future__ import annotations

import pytest

from builders import actors_from_cast
from tidings.extract import quotes
from tidings.registry import Resources
from tidings.schema import Article, ArticleResult

pytestmark = pytest.mark.model

CAST = {
    "Rosa Fenn": ("person", ["Rosa Fenn", "Fenn"]),
    "Ivo Marsh": ("person", ["Ivo Marsh", "Marsh"]),
}


def answers(nlp, text: str, title: str | None = None) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    draft = ArticleResult(Article(id="t", text=text, title=title), actors=actors_from_cast(text, CAST))
    result = quotes.run(nlp(text), draft, Resources())
    names = {a.id: a.name for a in result.actors}
    return [(q.text, names.get(q.speaker) if q.speaker else None) for q in result.quotes
            if q.provenance is not None and q.provenance.rule == "direct-interview-answer"]


PANEL = ("Wikinews spoke with the engineers Rosa Fenn and Ivo Marsh about the harbour.\n"
         "Wikinews: When will the work finish?\n"
         "Rosa Fenn: We expect to finish by spring.\n"
         "Wikinews: What is the cost?\n"
         "((Ivo Marsh)) About twelve million, I think.\n"
         "Wikinews: Who pays?\n"
         "Fenn: The city and the port share the cost.\n")


def test_quotes_interview_labels_name_each_answerer(nlp) -> None:  # type: ignore[no-untyped-def]
    assert answers(nlp, PANEL, title="Engineers on the harbour project") == [
        ("We expect to finish by spring.", "Rosa Fenn"),
        ("About twelve million, I think.", "Ivo Marsh"),
        ("The city and the port share the cost.", "Rosa Fenn"),
    ]


def test_quotes_interview_label_naming_no_actor_adds_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = PANEL.replace("Fenn: The city", "Moderator: The city")
    assert [s for _, s in answers(nlp, text, title="Engineers on the harbour project")] == ["Rosa Fenn", "Ivo Marsh"]


def test_quotes_interview_needs_three_pairs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "\n".join(PANEL.splitlines()[:5]) + "\n"
    assert answers(nlp, text, title="Engineers on the harbour project") == []
