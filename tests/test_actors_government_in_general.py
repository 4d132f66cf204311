"""A government noun that names no government is no actor.

Class (split and spurious actors of the real-news benchmark, session 14; interviews of candidates):
in an article about one state, every government noun became that state's government, also where it
names government as an idea ("the party advocates limited government") or a government that may
come ("What would a Velmar administration look like?"). Such a phrase names no existing body: a
singular government noun with a lower-case adjective and no determiner, or one brought in by
"a"/"an" and named after someone.
Negative cases: the government, a state's government without a determiner ("Iraqi government
forces"), a new government that was sworn in, a government by its state.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.pipeline import Pipeline
from tidings.schema import Article, ArticleResult

pytestmark = pytest.mark.model

# A setting of one state, so that a bare government noun would be that state's government.
SETTING = "The United States Senate met. The United States House met. The United States Congress met. "


def _code(pipe: Pipeline, text: str) -> ArticleResult:
    return pipe.code(Article(id="t", text=SETTING + text, date=dt.date(2021, 3, 1)))


def _mentions(result: ArticleResult) -> set[str]:
    return {m.span.text for a in result.actors for m in a.mentions}


@pytest.mark.parametrize("text,mention", [
    ("The party advocates gun rights, limited government, and protectionism.", "limited government"),
    ("He said big government had failed the farmers.", "big government"),
    ("What would a Velmar administration look like? Velmar said he would cut taxes.", "a Velmar administration"),
    ("Asked about a Dorrin presidency, she said a Dorrin government would raise taxes.", "a Dorrin government"),
])
def test_government_in_general_is_no_actor(pipeline: Pipeline, text: str, mention: str) -> None:
    assert mention not in _mentions(_code(pipeline, text))


@pytest.mark.parametrize("text,mention", [
    ("The government rejected the plan.", "The government"),
    ("A new government was sworn in on Monday.", "A new government"),
    ("The Velmar administration rejected the plan.", "The Velmar administration"),
    ("The federal government sued the company.", "The federal government"),
])
def test_a_government_stays(pipeline: Pipeline, text: str, mention: str) -> None:
    assert mention in _mentions(_code(pipeline, text))
