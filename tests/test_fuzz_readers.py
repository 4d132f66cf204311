"""Fuzzing every reader (and the pipeline) on a small budget, from the committed corpus of tricky inputs.

``tests/fixtures/fuzz/`` holds the hostile files found so far (absurd dates, CR-only line ends, a
NUL in a cell, unclosed quotes, entity expansion, external entities, cut WARC and gzip…). Each
reader gets each seed as it is, then Hypothesis-chosen mutations of the seeds. The large budget
is ``python -m benchmarks.fuzz``.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tidings.ingest.fuzzing import TARGETS, corpus, mutate, run
from tidings.schema import Article

CORPUS = corpus(Path(__file__).resolve().parent / "fixtures" / "fuzz")
SEEDS = sorted(CORPUS)
BUDGET = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_fuzz_corpus_is_there() -> None:
    assert len(SEEDS) >= 30


@pytest.mark.parametrize("target", sorted(TARGETS))
@pytest.mark.parametrize("seed", SEEDS)
def test_fuzz_readers_every_seed_as_it_is(target: str, seed: str) -> None:
    run(target, CORPUS[seed])


@pytest.mark.parametrize("target", sorted(TARGETS))
@BUDGET
@given(seed=st.sampled_from(SEEDS), salt=st.integers(0, 2**32 - 1), steps=st.integers(1, 8))
def test_fuzz_readers_mutated_seeds_never_raise(target: str, seed: str, salt: int, steps: int) -> None:
    run(target, mutate(CORPUS[seed], random.Random(salt), steps))


@pytest.mark.parametrize(("seed", "target", "wanted"), [
    ("feed-external-entity.rss", "feed", "&xxe;"),  # an external entity is never resolved
    ("feed-entity-expansion.rss", "feed", "&lol9;"),  # nor expanded a billion times
])
def test_fuzz_feeds_resolve_no_entities(seed: str, target: str, wanted: str) -> None:
    (article,) = run(target, CORPUS[seed])
    assert isinstance(article, Article) and wanted in article.text and "root:" not in article.text
    assert len(article.text) < 200


@pytest.mark.model
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(seed=st.sampled_from([s for s in SEEDS if s.endswith((".txt", ".jsonl", ".csv"))]),
       salt=st.integers(0, 2**32 - 1))
def test_fuzz_pipeline_codes_any_reader_output(pipeline, seed: str, salt: int) -> None:  # type: ignore[no-untyped-def]
    data = mutate(CORPUS[seed], random.Random(salt))
    target = {".txt": "text", ".jsonl": "jsonl", ".csv": "csv"}[Path(seed).suffix]
    for item in run(target, data):
        if isinstance(item, Article):
            result = pipeline.code(item)
            assert result.article.id == item.id
            for e in result.events:
                assert 0 <= e.evidence.start <= e.evidence.end <= len(result.article.text)
