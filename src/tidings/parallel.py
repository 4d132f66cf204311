"""Coding on every core: worker processes that each load the pipeline once.

:class:`ParallelPipeline` has the part of :class:`tidings.pipeline.Pipeline` that the loaders
use (``code_many``, ``code``, ``component_names``), so ``tidings ingest`` and ``tidings code``
take it in place of a pipeline, unchanged: the one writer (the store's loader, or the printer)
stays in the main process and gets results in input order. Each worker process builds its
pipeline once, when it starts, and parses each piece it is given with ``nlp.pipe``.

The input is a stream: it is read a window ahead (``batch_size`` articles, 32 per worker unless
given: the store's loader hands over lists that long, so the workers seldom wait while it
stores one list and reads the next), cut into pieces of at most ``piece_size`` articles, and
up to ``DEPTH`` pieces per worker are queued at once, so a worker that finishes a piece starts
the next without waiting for the others (no barrier inside a window, where the faster worker
would idle). Once the input is known to end, the pieces shrink (each about a
``DEPTH * workers``-th of what is left), so the workers finish together. Results go to the
writer as soon as every earlier one has: a crash or Ctrl-C loses only the pieces being coded.
Worker processes are started with ``spawn``: a model loaded in
the main process is never copied into a fork.
"""

from __future__ import annotations

import math
import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from .errors import TidingsError
from .schema import Article, ArticleResult

if TYPE_CHECKING:
    from .pipeline import Pipeline

PIECE_SIZE = 8  # articles a worker parses in one nlp.pipe call at most (spaCy costs the same per article from 4 up)
DEPTH = 2  # pieces queued per worker: one being coded, one ready for when it ends
BATCH_PER_WORKER = 32  # articles read ahead per worker: the lists the store's loader waits on are this long

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


def piece_length(waiting: int, workers: int, piece_size: int = PIECE_SIZE, *, last: bool = False) -> int:
    """How many of ``waiting`` articles the next piece takes: ``piece_size`` while more input
    follows; once it is the ``last`` of the input, about a ``DEPTH * workers``-th of it (at least
    one), so the pieces that end the run are small and no worker is left coding alone."""
    if not last:
        return min(piece_size, waiting)
    return max(1, min(piece_size, waiting, math.ceil(waiting / (DEPTH * workers))))


def pieces(articles: Sequence[Article], workers: int, piece_size: int = PIECE_SIZE) -> list[list[Article]]:
    """``articles`` (the whole input) cut in order the way :class:`ParallelPipeline` cuts them."""
    out: list[list[Article]] = []
    k = 0
    while k < len(articles):
        size = piece_length(len(articles) - k, workers, piece_size, last=True)
        out.append(list(articles[k:k + size]))
        k += size
    return out


class ParallelPipeline:
    """A pipeline run in ``workers`` processes; results come back in input order.

    Use as a context manager (or call :meth:`close`) so the processes end with it.
    """

    def __init__(self, workers: int | None = None, components: Sequence[str] | None = None, *,
                 piece_size: int = PIECE_SIZE, batch_size: int | None = None) -> None:
        from .scale.partition import NO_COMPONENTS, build_pipeline

        self.workers = workers or default_workers()
        self.components = list(components) if components is not None else None
        self.piece_size = piece_size
        self.batch_size = batch_size or BATCH_PER_WORKER * self.workers  # the store's loader hands lists this long
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
        """Code ``articles`` in order, reading at most ``batch_size`` of them ahead (at least
        enough to keep every worker's queue full)."""
        ahead = max(batch_size or self.batch_size, DEPTH * self.workers * self.piece_size)
        source = iter(articles)
        waiting: deque[Article] = deque()
        running: deque[Future[list[ArticleResult]]] = deque()
        ended = False
        try:
            while True:
                while not ended and len(waiting) < ahead:
                    try:
                        waiting.append(next(source))
                    except StopIteration:
                        ended = True
                while waiting and len(running) < DEPTH * self.workers:
                    size = piece_length(len(waiting), self.workers, self.piece_size, last=ended)
                    piece = [waiting.popleft() for _ in range(size)]
                    running.append(self._executor().submit(_code_piece, piece))
                if not running:
                    return
                yield from running.popleft().result()
        except BrokenProcessPool as exc:
            self.close()
            raise WorkerError(f"a worker process died while coding ({exc}); articles stored so far are kept, "
                              "run the same command again to continue") from exc
        finally:
            for future in running:
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


__all__ = ["BATCH_PER_WORKER", "DEPTH", "PIECE_SIZE", "ParallelPipeline", "WorkerError", "default_workers", "piece_length", "pieces",
           "pipeline_for_workers"]
