"""Interview answers that quote words of their own: an answer paragraph holding a quoted term, a
title or a sentence the interviewee cites is still the interviewee's answer; only a paragraph that
quotes someone with a cue of its own ('"…," Ann said') is narration (fictional names and places).
"""

from __future__ import annotations

import pytest

from builders import actors_from_cast
from tidings.extract import quotes
from tidings.registry import Resources
from tidings.schema import Article, ArticleResult

pytestmark = pytest.mark.model

CAST = {"Rosa Fenn": ("person", ["Rosa Fenn", "Fenn"]), "Ivo Marsh": ("person", ["Ivo Marsh", "Marsh"])}
TITLE = "Wikinews interviews engineer Rosa Fenn about the harbour"


def answers(nlp, text: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    draft = ArticleResult(Article(id="t", text=text, title=TITLE), actors=actors_from_cast(text, CAST))
    result = quotes.run(nlp(text), draft, Resources())
    names = {a.id: a.name for a in result.actors}
    return [(q.text[:20], names.get(q.speaker) if q.speaker else None) for q in result.quotes
            if q.provenance is not None and q.provenance.rule == "direct-interview-answer"]


INTERVIEW = ("Wikinews spoke with the engineer Rosa Fenn about the harbour in Palu.\n"
             "When will the work finish?\n"
             "We expect to finish by spring, if the \"wind season\" is kind to us.\n"
             "What is the cost?\n"
             "About twelve million. My old teacher liked to say \"If we knew the cost, it would not be "
             "research.\" I agree with him.\n"
             "Who pays for it?\n"
             "The city and the port share the cost of the new quay.\n")
NARRATION = INTERVIEW.replace("The city and the port share the cost of the new quay.",
                              "\"The port will pay nothing,\" Ivo Marsh said on Monday.")


def test_quotes_interview_answer_with_quoted_words_is_an_answer(nlp) -> None:  # type: ignore[no-untyped-def]
    assert answers(nlp, INTERVIEW) == [("We expect to finish ", "Rosa Fenn"), ("About twelve million", "Rosa Fenn"),
                                       ("The city and the por", "Rosa Fenn")]


def test_quotes_interview_paragraph_quoting_with_a_cue_is_narration(nlp) -> None:  # type: ignore[no-untyped-def]
    assert answers(nlp, NARRATION) == [("We expect to finish ", "Rosa Fenn"), ("About twelve million", "Rosa Fenn")]


def coded_answers(nlp, text: str, title: str, cast: dict) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    draft = ArticleResult(Article(id="t", text=text, title=title), actors=actors_from_cast(text, cast))
    result = quotes.run(nlp(text), draft, Resources())
    names = {a.id: a.name for a in result.actors}
    return [(q.text[:20], names.get(q.speaker) if q.speaker else None) for q in result.quotes
            if q.provenance is not None and q.provenance.rule == "direct-interview-answer"]


QUESTIONS = ("When did the bar open?\nIt opened in May, after a long winter of work.\n"
             "Who drinks the new cocktail?\nMostly students, and a few of the old sailors from the port.\n"
             "Will you keep it on the menu?\nYes, as long as people order it.\n")


def test_quotes_interview_title_name_without_accents_names_the_interviewee(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Iva Kovač runs a bar in Palu.\n" + QUESTIONS
    got = coded_answers(nlp, text, "Wikinews interviews bar owner Iva Kovac about a cocktail",
                        {"Iva Kovač": ("person", ["Iva Kovač"])})
    assert [s for _, s in got] == ["Iva Kovač"] * 3


@pytest.mark.parametrize("lede, group", [
    ("Wikinews interviewed one of the owners of a bar in Palu about a new cocktail.", "owners"),
    ("Wikinews spoke with the owners of a bar in Palu about a new cocktail.", "owners"),
])
def test_quotes_interview_group_interviewee_answers(nlp, lede: str, group: str) -> None:  # type: ignore[no-untyped-def]
    got = coded_answers(nlp, lede + "\n" + QUESTIONS, "Wikinews interviews bar owners on a cocktail", {})
    assert len(got) == 3 and all(s is not None and group in s for _, s in got), got


@pytest.mark.parametrize("lede", [
    "Wikinews visited a bar in Palu that sells a new cocktail.",
    "Wikinews interviewed the owners of two bars and several sailors in Palu about a new cocktail.",
])
def test_quotes_interview_no_group_named_adds_nothing(nlp, lede: str) -> None:  # type: ignore[no-untyped-def]
    assert coded_answers(nlp, lede + "\n" + QUESTIONS, "Bar owners on a cocktail", {}) == []


TWO_PAIRS = ("Iva Kovač teaches sport at Palu State University.\n"
             "Why is the sport so little seen here?\nSport here follows the money, and the money follows the big "
             "leagues.\n"
             "What will live television change?\nIt depends on the channels and on the hours they choose.\n")


def test_quotes_interview_declared_by_title_needs_fewer_pairs(nlp) -> None:  # type: ignore[no-untyped-def]
    got = coded_answers(nlp, TWO_PAIRS, "Wikinews interviews academic Iva Kovac about sport on television",
                        {"Iva Kovač": ("person", ["Iva Kovač"])})
    assert [s for _, s in got] == ["Iva Kovač"] * 2


def test_quotes_interview_undeclared_needs_three_pairs(nlp) -> None:  # type: ignore[no-untyped-def]
    got = coded_answers(nlp, TWO_PAIRS, "Palu sport academic Iva Kovac on television",
                        {"Iva Kovač": ("person", ["Iva Kovač"])})
    assert got == []
