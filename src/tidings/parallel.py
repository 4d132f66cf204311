"""Coding on every core: worker processes that each load the pipeline once.

:class:`ParallelPipeline` has the part of :class:`tidings.pipeline.Pipeline` that the loaders
use (``code_many``, ``code``, ``component_names``), so ``tidings ingest`` and ``tidings code``
take it in place of a pipeline, unchanged: the one writer (the store's loader, or the printer)
stays in the main process and gets results in input order. Each worker process builds its
pipeline once, when it starts, and parses its share of a batch with ``nlp.pipe``.

A batch is cut into one piece per worker (at most ``piece_size`` articles); pieces of the next
batches are not started before the present batch is whole, so a result is never held back
from the writer, and a crash or Ctrl-C loses only the batch being coded. Worker processes are
started with ``spawn``: a model loaded in the main process is never copied into a fork.
"""

from __future__ import annotations

import math
import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from .errors import TidingsError
from .schema import Article, ArticleResult

if TYPE_CHECKING:
    from .pipeline import Pipeline

PIECE_SIZE = 16  # articles a worker parses in one nlp.pipe call at most

_WORKER_PIPELINE: "Pipeline | None" = None
_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


class WorkerError(TidingsError):
    """A worker process died (killed, out of memory): the articles stored so far stay stored."""


def default_workers() -> int:
    """Every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def _start_worker(components: Sequence[str] | None) -> None:
    global _WORKER_PIPELINE
    for var in _THREAD_VARS:  # one core per process: numeric libraries must not start a thread per core each
        os.environ.setdefault(var, "1")
    from .scale.partition import pipeline_for

    _WORKER_PIPELINE = pipeline_for(components)  # model and resources loaded when the worker starts, once


def _code_piece(articles: list[Article]) -> list[ArticleResult]:
    assert _WORKER_PIPELINE is not None, "worker started without its pipeline"
    return list(_WORKER_PIPELINE.code_many(articles, batch_size=max(1, len(articles))))


def pieces(articles: Sequence[Article], workers: int, piece_size: int = PIECE_SIZE) -> list[list[Article]]:
    """``articles`` cut in order into at least ``workers`` pieces where there are enough, each at most ``piece_size``."""
    if not articles:
        return []
    size = max(1, min(piece_size, math.ceil(len(articles) / workers)))
    return [list(articles[k:k + size]) for k in range(0, len(articles), size)]


class ParallelPipeline:
    """A pipeline run in ``workers`` processes; results come back in input order.

    Use as a context manager (or call :meth:`close`) so the processes end with it.
    """

    def __init__(self, workers: int | None = None, components: Sequence[str] | None = None, *,
                 piece_size: int = PIECE_SIZE, batch_size: int = 64) -> None:
        from .scale.partition import NO_COMPONENTS, build_pipeline

        self.workers = workers or default_workers()
        self.components = list(components) if components is not None else None
        self.piece_size = piece_size
        self.batch_size = batch_size
        if self.components is not None and self.components != [NO_COMPONENTS]:
            from .pipeline import Pipeline

            Pipeline(self.components, nlp=object())  # a bad name fails here, not in every worker
        # the names the workers' pipelines report, known without loading a model here
        self.component_names: tuple[str, ...] = build_pipeline(self.components).component_names \
            if self.components == [NO_COMPONENTS] else _names(self.components)
        self._pool: ProcessPoolExecutor | None = None

    @classmethod
    def from_spec(cls, workers: int | None, components: str | None) -> "ParallelPipeline":
        """From the CLI's options: ``workers`` (0 or None: every core) and ``--components`` as written."""
        names = [c.strip() for c in components.split(",") if c.strip()] if components else []
        return cls(workers or None, names or None)

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_start_worker, initargs=(self.components,))
        return self._pool

    def code(self, article: Article) -> ArticleResult:
        return next(iter(self.code_many([article])))

    def code_many(self, articles: Iterable[Article], batch_size: int | None = None) -> Iterator[ArticleResult]:
        """Code ``articles`` in order, ``batch_size`` of them at a time spread over the workers."""
        size = batch_size or self.batch_size
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= size:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    def _code_batch(self, batch: list[Article]) -> Iterator[ArticleResult]:
        pool = self._executor()
        futures: list[Future[list[ArticleResult]]] = []
        try:
            for piece in pieces(batch, self.workers, self.piece_size):
                futures.append(pool.submit(_code_piece, piece))
            for future in futures:
                yield from future.result()
        except BrokenProcessPool as exc:
            self.close()
            raise WorkerError(f"a worker process died while coding ({exc}); articles stored so far are kept, "
                              "run the same command again to continue") from exc
        finally:
            for future in futures:
                future.cancel()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> "ParallelPipeline":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _names(components: Sequence[str] | None) -> tuple[str, ...]:
    from .pipeline import Pipeline

    return Pipeline(components, nlp=object()).component_names


def pipeline_for_workers(workers: int | None, components: Sequence[str] | None = None) -> "Pipeline | ParallelPipeline":
    """One process's pipeline for ``workers == 1``, else a :class:`ParallelPipeline` (``None``: every core)."""
    n = workers or default_workers()
    if n == 1:
        from .scale.partition import build_pipeline

        return build_pipeline(components)
    return ParallelPipeline(n, components)


__all__ = ["PIECE_SIZE", "ParallelPipeline", "WorkerError", "default_workers", "pieces", "pipeline_for_workers"]
