"""Interview answers whose interviewee the title does not name.

A class found among the missed quotes of the benchmark's newest development articles: the title
names a role, not the person ("Wikinews interviews the president of the Arnor Guild"), and the
lede names whom Wikinews spoke with, interviewed or talked to: that person answers.

Negative cases: a lede naming two people gives no single interviewee, and an article naming no
interviewee adds no answers (a guess would be worse than none).
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
    "Arnor Guild": ("organization", ["Arnor Guild"]),
}

QA = ("How long have you worked with glass?\n"
      "Over thirty years. I started as a boy in my uncle's shop.\n"
      "Is the craft still alive?\n"
      "Absolutely. There are more glassblowers at work today than ever before.\n"
      "Has the internet helped?\n"
      "Both. It brought buyers, but it took the patience away.\n")
ANSWERS = ["Over thirty years. I started as a boy in my uncle's shop.",
           "Absolutely. There are more glassblowers at work today than ever before.",
           "Both. It brought buyers, but it took the patience away."]


def answers(nlp, text: str, title: str | None) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    draft = ArticleResult(Article(id="t", text=text, title=title), actors=actors_from_cast(text, CAST))
    result = quotes.run(nlp(text), draft, Resources())
    names = {a.id: a.name for a in result.actors}
    return [(q.text, names.get(q.speaker) if q.speaker else None) for q in result.quotes
            if q.provenance is not None and q.provenance.rule == "direct-interview-answer"]


@pytest.mark.parametrize("verb", ["spoke with", "interviewed", "talked to"])
def test_quotes_interviewee_named_in_the_lede(nlp, verb: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Wikinews {verb} Rosa Fenn, president of the Arnor Guild, about the state of the craft.\n" + QA
    assert answers(nlp, text, "Wikinews interviews the president of the Arnor Guild") == [
        (a, "Rosa Fenn") for a in ANSWERS]


def test_quotes_interview_answers_without_a_named_interviewee(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Glassblowers from three towns answered our questions.\n" + QA
    assert answers(nlp, text, "Wikinews interviews glassblowers on their craft") == []


def test_quotes_interview_lede_with_two_people_names_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Wikinews spoke with Rosa Fenn and Ivo Marsh about the craft.\n" + QA
    assert answers(nlp, text, "Wikinews interviews two glassblowers") == []


def test_quotes_questions_and_answers_not_called_an_interview(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rosa Fenn runs a shop in the old town.\n" + QA
    assert answers(nlp, text, "The glass of the old town") == []
