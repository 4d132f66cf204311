"""The pipeline scopes errors to one article and never loses what earlier components made."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import spacy

from tidings.errors import ComponentError, ConfigError
from tidings.pipeline import Pipeline
from tidings.registry import Component, Registry
from tidings.schema import Actor, Article, Mention, Span


def _actors(doc, draft, res):  # type: ignore[no-untyped-def]
    """One actor per capitalised token: enough to see records flow."""
    found = tuple(
        Actor(f"a{i + 1}", t.text, "other", mentions=(Mention(Span(t.idx, t.idx + len(t), t.text)),))
        for i, t in enumerate(x for x in doc if x.text[:1].isupper())
    )
    return dataclasses.replace(draft, actors=found)


def _boom(doc, draft, res):  # type: ignore[no-untyped-def]
    if "boom" in doc.text:
        raise RuntimeError("exploded")
    return draft


@pytest.fixture()
def registry() -> Registry:
    reg = Registry()
    reg.add(Component("caps", 1, _actors, (), ("actors",)))
    reg.add(Component("boom", 1, _boom, ("actors",), ("events",)))
    return reg


def _article(text: str, date: dt.date | None = dt.date(2024, 1, 2)) -> Article:
    return Article(id=text[:8] or "empty", text=text, date=date)


def test_pipeline_record_policy_turns_a_failure_into_a_problem(registry: Registry) -> None:
    pipe = Pipeline(["caps", "boom"], registry=registry, nlp=spacy.blank("en"))
    ok, bad = pipe.code_many([_article("Alpha met Beta"), _article("Gamma went boom")])
    assert [a.name for a in ok.actors] == ["Alpha", "Beta"] and ok.problems == ()
    assert [a.name for a in bad.actors] == ["Gamma"]
    assert [(p.code, p.component) for p in bad.problems] == [("component.failed", "tidings.boom.v1")]


def test_pipeline_raise_policy_raises_component_error(registry: Registry) -> None:
    pipe = Pipeline(["caps", "boom"], registry=registry, nlp=spacy.blank("en"), errors="raise")
    with pytest.raises(ComponentError, match="tidings.boom.v1"):
        pipe.code(_article("it goes boom"))


@pytest.mark.parametrize(
    ("text", "date", "codes"),
    [
        ("", dt.date(2024, 1, 1), ["input.empty"]),
        ("   \n ", dt.date(2024, 1, 1), ["input.empty"]),
        ("Text", None, ["input.no_date"]),
        ("Fine text", dt.date(2024, 1, 1), []),
    ],
)
def test_pipeline_records_input_problems(registry: Registry, text: str, date, codes) -> None:  # type: ignore[no-untyped-def]
    pipe = Pipeline(["caps"], registry=registry, nlp=spacy.blank("en"))
    assert [p.code for p in pipe.code(_article(text, date)).problems] == codes


def test_pipeline_cuts_huge_text_and_says_so(registry: Registry) -> None:
    pipe = Pipeline(["caps"], registry=registry, nlp=spacy.blank("en"), max_chars=50)
    result = pipe.code(_article("Word " * 100))
    assert len(result.article.text) == 50
    assert [p.code for p in result.problems] == ["input.too_large"]


def test_pipeline_keeps_order_across_batches(registry: Registry) -> None:
    pipe = Pipeline(["caps"], registry=registry, nlp=spacy.blank("en"))
    arts = [_article(f"Item{i} text") for i in range(40)]
    assert [r.article.id for r in pipe.code_many(arts, batch_size=7)] == [a.id for a in arts]


def test_pipeline_rejects_bad_error_policy(registry: Registry) -> None:
    with pytest.raises(ConfigError):
        Pipeline(["caps"], registry=registry, nlp=spacy.blank("en"), errors="ignore")  # type: ignore[arg-type]


def test_pipeline_records_component_names(registry: Registry) -> None:
    pipe = Pipeline(["caps", "boom"], registry=registry, nlp=spacy.blank("en"))
    assert pipe.code(_article("Alpha")).components == ("tidings.caps.v1", "tidings.boom.v1")
