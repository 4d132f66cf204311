"""Coding in worker processes: the same results, in input order, as one process; a dead worker is a clear error."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from tidings.errors import TidingsError
from tidings.ingest import read_paths
from tidings.parallel import ParallelPipeline, WorkerError, piece_length, pieces, pipeline_for_workers
from tidings.scale.partition import build_pipeline
from tidings.schema import Article
from tidings.store import connect, ingest_items

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
NONE = ["none"]  # tokenizer-only workers: no model to load, the machinery is the same


def _arts(n: int) -> list[Article]:
    return [Article(id=f"a{i}", text=f"Text number {i}. " * (1 + i % 5)) for i in range(n)]


@pytest.mark.parametrize(("n", "workers", "size", "expected"), [
    (0, 2, 16, []),
    (1, 2, 16, [1]),
    (5, 2, 16, [2, 1, 1, 1]),  # the end of the input: pieces shrink so both workers finish together
    (16, 2, 16, [4, 3, 3, 2, 1, 1, 1, 1]),
    (80, 2, 8, [8] * 7 + [6, 5, 4, 3, 2, 1, 1, 1, 1]),  # no piece above the size
    (3, 4, 16, [1, 1, 1]),
    (7, 1, 4, [4, 2, 1]),
])
def test_parallel_pieces_cut_in_order(n: int, workers: int, size: int, expected: list[int]) -> None:
    got = pieces(_arts(n), workers, size)
    assert [len(p) for p in got] == expected
    assert [a.id for p in got for a in p] == [a.id for a in _arts(n)]


@pytest.mark.parametrize(("waiting", "workers", "last", "expected"), [
    (64, 2, False, 8),  # more input follows: full pieces
    (3, 2, False, 3),
    (64, 2, True, 8),
    (20, 2, True, 5),  # the last 20 over 2 workers, two pieces queued each
    (20, 4, True, 3),
    (1, 2, True, 1),
])
def test_parallel_piece_length_shrinks_only_at_the_end(waiting: int, workers: int, last: bool, expected: int) -> None:
    assert piece_length(waiting, workers, 8, last=last) == expected


@pytest.fixture(scope="module")
def two_workers():  # type: ignore[no-untyped-def]
    with ParallelPipeline(2, NONE) as pp:
        yield pp


@pytest.mark.parametrize("batch_size", [1, 3, 64])
def test_parallel_results_in_input_order(two_workers: ParallelPipeline, batch_size: int) -> None:
    arts = _arts(11)
    got = list(two_workers.code_many(arts, batch_size=batch_size))
    assert [r.article.id for r in got] == [a.id for a in arts]
    assert got == list(build_pipeline(NONE).code_many(arts))


def test_parallel_ingest_stores_what_a_serial_ingest_stores(two_workers: ParallelPipeline, tmp_path: Path) -> None:
    def rows(db: Path) -> list[tuple[object, ...]]:
        conn = sqlite3.connect(db)
        try:
            return conn.execute("SELECT id, components, result_json FROM articles ORDER BY id").fetchall()
        finally:
            conn.close()

    for name, coder in (("par.db", two_workers), ("ser.db", build_pipeline(NONE))):
        with connect(tmp_path / name) as conn:
            stats = ingest_items(conn, read_paths([str(EXAMPLES)]), coder)  # type: ignore[arg-type]
            assert stats.new == 10
    assert rows(tmp_path / "par.db") == rows(tmp_path / "ser.db")


def test_parallel_dead_worker_is_a_clear_error() -> None:
    with ParallelPipeline(2, NONE) as pp:
        list(pp.code_many(_arts(2)))
        pp._executor().submit(os._exit, 3)  # a worker killed from outside (OOM killer, kill -9)
        with pytest.raises(WorkerError, match="run the same command again"):
            for _ in range(50):  # the pool notices the death on a later submit or result
                list(pp.code_many(_arts(4)))


@pytest.mark.parametrize("components", [["nope"], ["events", "actors"]])
def test_parallel_bad_components_fail_before_any_worker_starts(components: list[str]) -> None:
    with pytest.raises(TidingsError):
        ParallelPipeline(2, components)


def test_parallel_one_worker_is_the_plain_pipeline() -> None:
    from tidings.pipeline import Pipeline

    assert isinstance(pipeline_for_workers(1, NONE), Pipeline)
    with pipeline_for_workers(2, NONE) as pp:  # type: ignore[union-attr]
        assert isinstance(pp, ParallelPipeline) and pp.workers == 2


@pytest.mark.model
@pytest.mark.slow
def test_parallel_model_results_equal_one_process(pipeline) -> None:  # type: ignore[no-untyped-def]
    arts = [a for a in read_paths([str(EXAMPLES)]) if isinstance(a, Article)]
    from tidings.pipeline import Pipeline

    serial = list(Pipeline(errors="record", nlp=pipeline.nlp).code_many(arts))
    with ParallelPipeline(1) as pp:  # one worker process: the model loads once more, not twice
        assert pp.component_names == serial[0].components
        assert list(pp.code_many(arts, batch_size=16)) == serial


@pytest.mark.parametrize(("workers", "components", "expected"), [
    (2, None, (2, None)),
    (0, "none", (None, ["none"])),  # 0: every core
    (3, " none , ", (3, ["none"])),
    (2, "", (2, None)),
])
def test_parallel_from_cli_options(workers: int, components: str | None, expected: tuple[object, object]) -> None:
    from tidings.parallel import default_workers

    pp = ParallelPipeline.from_spec(workers, components)
    assert (pp.workers, pp.components) == ((expected[0] or default_workers()), expected[1])
    pp.close()


class _ListCoder:
    """A coder without a model that notes the length of each list the store's loader hands it."""

    def __init__(self, batch_size: int | None) -> None:
        if batch_size is not None:
            self.batch_size = batch_size
        self.lists: list[int] = []

    def code_many(self, articles, batch_size: int = 16):  # type: ignore[no-untyped-def]
        from tidings.schema import ArticleResult

        articles = list(articles)
        self.lists.append(len(articles))
        return iter([ArticleResult(article=a) for a in articles])


@pytest.mark.parametrize(("batch_size", "expected"), [
    (None, [16] * 6 + [4]),  # a plain pipeline: lists of 16
    (40, [40, 40, 20]),  # a coder with workers asks for longer lists, so its workers wait less often
])
def test_parallel_ingest_hands_over_lists_as_long_as_the_coder_asks(tmp_path: Path, batch_size: int | None,
                                                                       expected: list[int]) -> None:
    coder = _ListCoder(batch_size)
    with connect(tmp_path / "t.db") as conn:
        stats = ingest_items(conn, _arts(100), coder)  # type: ignore[arg-type]
    assert coder.lists == expected and stats.new == 100


def test_parallel_pipeline_asks_for_lists_per_worker() -> None:
    from tidings.parallel import BATCH_PER_WORKER

    with ParallelPipeline(3, NONE) as pp:
        assert pp.batch_size == 3 * BATCH_PER_WORKER
