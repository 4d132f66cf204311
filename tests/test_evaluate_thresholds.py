"""Reference matching on hand-made data; the issue's thresholds on the shared data sets."""

from __future__ import annotations

import pytest

from tidings.evaluate.seed import evaluate_reference
from tidings.schema import Actor, Article, ArticleResult, Event, Span

EV = Span(0, 10, "Arnor said")


def _result(*events: Event) -> ArticleResult:
    actors = (Actor("a1", "Arnor", "country", country="ARN"), Actor("a2", "Gondor", "country", country="GON"))
    return ArticleResult(article=Article(id="x", text="Arnor said"), actors=actors, events=events)


GOLD = {"events": [
    {"id": "E1", "required": True, "event": "REJECT", "actor": [{"country": "ARN"}], "recipient": [{"country": "GON"}],
     "evidence": "Arnor rejected"},
    {"id": "E2", "required": True, "event": "AGREE", "aux": ["hypothetical"], "actor": [{"accept": ["Gondor"]}],
     "recipient": []},
]}


def test_reference_all_found() -> None:
    r = evaluate_reference(GOLD, _result(
        Event("e1", "REJECT", EV, actor=("a1",), recipient=("a2",)),
        Event("e2", "AGREE", EV, actor=("a2",), aux=("hypothetical",)),
        Event("e3", "ASSAULT", EV, actor=("a1",))))
    assert r["required_found"] == 2 and r["coded_matching"] == 2 and r["coded_events"] == 3
    assert all(a["ok"] for a in r["aux"])


def test_reference_wrong_recipient_and_negated_events() -> None:
    r = evaluate_reference(GOLD, _result(
        Event("e1", "REJECT", EV, actor=("a1",), recipient=("a1",)),
        Event("e2", "AGREE", EV, actor=("a2",), aux=("negation",))))
    assert r["required_found"] == 0 and r["coded_events"] == 1
    assert not r["aux"][0]["ok"]


@pytest.fixture(scope="module")
def batch_pipeline(nlp):  # type: ignore[no-untyped-def]
    from tidings.pipeline import Pipeline

    return Pipeline(errors="record", nlp=nlp)


@pytest.mark.shared
@pytest.mark.model
@pytest.mark.slow
def test_gsr_thresholds(shared_data, batch_pipeline) -> None:  # type: ignore[no-untyped-def]
    from tidings.evaluate.events import evaluate_gsr

    r = evaluate_gsr(shared_data / "plover_gsr_dev.jsonl", batch_pipeline)
    assert r["type_among_coded"] >= 0.75
    assert r["macro_f1"] >= 0.65
    assert r["actor_country"]["f1"] >= 0.80


@pytest.mark.shared
@pytest.mark.model
@pytest.mark.slow
def test_conflibert_span_threshold(shared_data, batch_pipeline) -> None:  # type: ignore[no-untyped-def]
    from tidings.evaluate.events import evaluate_conflibert

    r = evaluate_conflibert(shared_data / "conflibert_cameo_train.jsonl", batch_pipeline)
    assert r["span_overlap"]["f1"] >= 0.65
    assert r["quad_accuracy"] >= 0.70


@pytest.mark.shared
@pytest.mark.model
def test_seed_hypothetical_flags(seed_path, batch_pipeline) -> None:  # type: ignore[no-untyped-def]
    from tidings.evaluate.seed import evaluate_seed

    r = evaluate_seed(seed_path.with_name("seed-2025-09-05.gold.json"), batch_pipeline)
    assert r["precision"] >= 0.6
    assert r["required_found"] >= 7
    assert next(a for a in r["aux"] if a["id"] == "E2")["ok"]
