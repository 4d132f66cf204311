"""The driver of a distributed run: read the input, cut it into partitions, let Dask code them.

The driver reads the input once (any format :func:`tidings.ingest.read_paths` reads), drops
repeated articles, and hands partitions of ``partition_size`` articles to a
``dask.distributed`` cluster as tasks (:func:`tidings.scale.partition.code_partition`); each
worker keeps one pipeline for all its tasks. At most a few partitions per worker are in flight,
so the driver's memory stays flat on any input. Partitions already written by an earlier run of
the same input are skipped, so a run cut short carries on where it stopped.

``scheduler`` is ``local`` (a ``LocalCluster`` of ``workers`` processes on this machine), the
address of a running scheduler (``tcp://host:8786``), or an already connected ``Client``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from ..errors import TidingsError
from ..ingest import with_warnings
from ..schema import Article, Problem
from .partition import Partition, PartitionStats, code_partition, is_done

PARTITION_SIZE = 64
IN_FLIGHT_PER_WORKER = 2
SEEN_WINDOW = 100_000
# Dask settings for the workers of a local cluster (docs/scale.md gives them for a cluster started
# by hand): the nanny's MALLOC_TRIM_THRESHOLD_ turns off glibc's adaptive thresholds, so spaCy's
# large buffers are mapped and unmapped on every batch (4x the page faults, about 10% more CPU);
# the statistical profiler samples every thread 100 times a second (a few % more).
WORKER_CONFIG = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
                 "distributed.worker.profile.enabled": False}


class RunError(TidingsError):
    """A distributed run could not start (no scheduler, no dask) or a task failed for good."""


@dataclass
class RunStats:
    """Counts of one run, updated as partitions come back."""

    partitions: int = 0
    skipped_partitions: int = 0
    articles: int = 0
    duplicates: int = 0
    unreadable: int = 0
    events: int = 0
    quotes: int = 0
    actors: int = 0
    problems: int = 0
    task_seconds: float = 0.0
    workers: set[str] = field(default_factory=set)
    started: float = field(default_factory=time.monotonic)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        return self.articles / self.elapsed if self.elapsed > 0 else 0.0

    def add(self, s: PartitionStats) -> None:
        self.partitions += 1
        self.articles += s.articles
        self.events += s.events
        self.quotes += s.quotes
        self.actors += s.actors
        self.problems += s.problems
        self.task_seconds += s.seconds
        self.workers.add(s.worker)

    def summary(self) -> str:
        skipped = f" ({self.skipped_partitions} already written)" if self.skipped_partitions else ""
        return (f"{self.partitions} partitions{skipped} on {len(self.workers)} workers: {self.articles} articles "
                f"({self.rate:.1f}/s), {self.duplicates} duplicate in input, {self.unreadable} unreadable; "
                f"events {self.events}, quotes {self.quotes}, actors {self.actors}; problems {self.problems}")


def partitions(items: Iterable[Article | Problem], size: int = PARTITION_SIZE,
               stats: RunStats | None = None) -> Iterator[Partition]:
    """The input cut into partitions of ``size`` articles, in order; an article seen before is dropped."""
    if size < 1:
        raise ValueError("a partition holds at least one article")
    seen: OrderedDict[str, None] = OrderedDict()
    arts: list[tuple[Article, tuple[Problem, ...]]] = []
    bad: list[Problem] = []
    index = 0
    for article, warns in with_warnings(items):
        if article is None:
            bad.extend(warns)
            if stats is not None:
                stats.unreadable += len(warns)
        elif article.id in seen:
            if stats is not None:
                stats.duplicates += 1
        else:
            seen[article.id] = None
            if len(seen) > SEEN_WINDOW:
                seen.popitem(last=False)
            arts.append((article, warns))
        if len(arts) >= size or len(bad) >= size * 16:
            yield Partition(index, tuple(arts), tuple(bad))
            index, arts, bad = index + 1, [], []
    if arts or bad:
        yield Partition(index, tuple(arts), tuple(bad))


@contextlib.contextmanager
def connect_cluster(scheduler: Any, workers: int | None = None, timeout: float = 20.0) -> Iterator[Any]:
    """A ``distributed.Client``: to a local cluster (``"local"``), a scheduler address, or the one given."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - a dependency of tidings
        raise RunError("the dask engine needs dask[distributed]: pip install 'dask[distributed]'") from exc
    if not isinstance(scheduler, str):
        yield scheduler
        return
    if scheduler == "local":
        import dask

        n = workers or os.cpu_count() or 1
        with dask.config.set(WORKER_CONFIG), \
                LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0",
                             silence_logs=logging.ERROR) as cluster, \
                Client(cluster) as client:
            yield client
        return
    try:
        client = Client(scheduler, timeout=f"{timeout}s")
    except (OSError, TimeoutError) as exc:
        raise RunError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    with client:
        yield client


MANIFEST = "tidings-run.json"


def _check_manifest(root: Path, partition_size: int) -> None:
    """Partitions are numbered by position, so a rerun into the same folder must cut the input the same way."""
    path = root / MANIFEST
    if path.is_file():
        try:
            before = json.loads(path.read_text(encoding="utf-8")).get("partition_size")
        except (ValueError, AttributeError) as exc:
            raise RunError(f"{path}: unreadable ({exc})") from exc
        if before != partition_size:
            raise RunError(f"{root} was written with --partition-size {before}; give the same size to carry on, "
                           "or a new --out folder")
        return
    path.write_text(json.dumps({"partition_size": partition_size}) + "\n", encoding="utf-8")


def run(items: Iterable[Article | Problem], out: str | os.PathLike[str], client: Any, *,
        components: Sequence[str] | None = None, partition_size: int = PARTITION_SIZE,
        stats: RunStats | None = None, on_progress: Callable[[RunStats], None] | None = None) -> RunStats:
    """Code ``items`` on the cluster of ``client`` into Parquet tables under ``out``; return the counts."""
    from distributed import as_completed

    stats = stats if stats is not None else RunStats()
    root = Path(out)
    root.mkdir(parents=True, exist_ok=True)
    _check_manifest(root, partition_size)
    n_workers = max(1, sum(client.nthreads().values()))  # every worker thread (scheduler_info lists only a few)
    limit = n_workers * IN_FLIGHT_PER_WORKER
    pending = as_completed()
    in_flight = 0
    comps = list(components) if components is not None else None

    def collect(block_until: int) -> None:
        nonlocal in_flight
        while in_flight > block_until:
            future = next(pending)
            in_flight -= 1
            try:
                stats.add(future.result())
            except Exception as exc:
                raise RunError(f"a partition failed on the cluster: {type(exc).__name__}: {exc}") from exc
            if on_progress is not None:
                on_progress(stats)

    for part in partitions(items, partition_size, stats):
        if is_done(root, part.index):
            stats.skipped_partitions += 1
            continue
        pending.add(client.submit(code_partition, part, str(root.resolve()), comps, pure=False,
                                  key=f"tidings-part-{part.index}-{time.time_ns()}"))
        in_flight += 1
        collect(limit - 1)
    collect(0)
    return stats


__all__ = ["PARTITION_SIZE", "RunError", "RunStats", "WORKER_CONFIG", "connect_cluster", "partitions", "run"]
