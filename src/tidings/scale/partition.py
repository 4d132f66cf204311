"""One partition of a distributed run, coded on a worker and written as Parquet.

A partition is a list of ``(article, reader warnings)`` pairs and the unreadable records met
beside them. The worker codes the articles with a pipeline it builds once and keeps (one per
worker process, whatever the number of partitions it is given), stores the results in a
scratch in-memory SQLite store with the store's own writer, and exports that with the Parquet
exporter: the columns of ``articles``, ``actors``, ``mentions``, ``quotes``, ``events`` and
``participants`` are exactly those of ``tidings export --format parquet``. Two more tables make
the output loadable without loss: ``results`` (each article's full record as JSON) and
``unreadable`` (problems of records that held no article).

Each table is written to ``OUT/<table>/part-NNNNN.parquet``; ``results`` goes last, so a
partition whose ``results`` file exists is complete, and a partition cut short by a crash
leaves only files that the loader ignores and a rerun overwrites.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from ..export.parquet import TABLE_COLUMNS, write_parquet
from ..schema import Article, ArticleResult, Problem
from ..store.db import connect
from ..store.write import result_json, write_problem, write_result

if TYPE_CHECKING:
    import pyarrow as pa

    from ..pipeline import Pipeline

EXPORT_TABLES = tuple(TABLE_COLUMNS)  # articles, actors, mentions, quotes, events, participants
RESULTS, UNREADABLE = "results", "unreadable"
NO_COMPONENTS = "none"
TABLES = EXPORT_TABLES + (UNREADABLE, RESULTS)  # the order files are put in place: results last

_PIPELINES: dict[tuple[str, ...] | None, "Pipeline"] = {}
_LOCK = threading.Lock()


@dataclass(frozen=True)
class Partition:
    """The input of one task: articles with the warnings their reader gave, and unreadable records."""

    index: int
    articles: tuple[tuple[Article, tuple[Problem, ...]], ...]
    unreadable: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class PartitionStats:
    """What one partition wrote, and where its time went."""

    index: int
    articles: int
    events: int
    quotes: int
    actors: int
    problems: int
    seconds: float
    worker: str


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def is_done(out: str | os.PathLike[str], index: int) -> bool:
    """Whether partition ``index`` of the output ``out`` was written completely."""
    return (Path(out) / RESULTS / part_name(index)).is_file()


def results_schema() -> "pa.Schema":
    import pyarrow as pa

    return pa.schema([pa.field("article_id", pa.string()), pa.field("result_json", pa.string())])


def unreadable_schema() -> "pa.Schema":
    import pyarrow as pa

    return pa.schema([pa.field(f.name, pa.string()) for f in dataclasses.fields(Problem)])


def _nothing(doc: object, draft: ArticleResult, resources: object) -> ArticleResult:
    return draft


def build_pipeline(components: Sequence[str] | None) -> "Pipeline":
    """The default pipeline, the named components, or (``["none"]``, as for ``tidings ingest``) a
    tokenizer-only pipeline that stores articles uncoded."""
    from ..pipeline import Pipeline

    if components is not None and list(components) == [NO_COMPONENTS]:
        from ..nlp import blank
        from ..registry import Component, Registry

        registry = Registry()
        registry.add(Component("store_only", 1, _nothing, (), (), "stores the article without coding it"))
        return Pipeline(["store_only"], errors="record", registry=registry, nlp=blank())
    return Pipeline(list(components) if components is not None else None, errors="record")


def warm_up(pipe: "Pipeline") -> None:
    """Load the model and every resource the components read lazily (knowledge base, gazetteer)
    by coding one short made-up article, so the first real batch does not pay for it."""
    import datetime as dt

    text = "The Kestrian foreign minister met President Aalstad in Paris on Monday, officials said."
    list(pipe.code_many([Article(id="tidings-warm-up", text=text, date=dt.date(2025, 1, 6))]))


def pipeline_for(components: Sequence[str] | None) -> "Pipeline":
    """The pipeline of this worker process for ``components``, built (and its model loaded) once."""
    key = tuple(components) if components is not None else None
    with _LOCK:
        if key not in _PIPELINES:
            pipe = build_pipeline(key)
            warm_up(pipe)  # under the lock: loaded once, not once per thread
            import pyarrow.parquet  # noqa: F401 - and the writer's imports, before the first partition
            _PIPELINES[key] = pipe
        return _PIPELINES[key]


def _write_small(path: Path, schema: "pa.Schema", rows: list[dict[str, Any]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = {name: [r.get(name) for r in rows] for name in schema.names}
    pq.write_table(pa.Table.from_pydict(columns, schema=schema), path, compression="zstd")


def code_partition(part: Partition, out: str, components: Sequence[str] | None = None,
                   pipeline: "Pipeline | None" = None) -> PartitionStats:
    """Code one partition and write its tables under ``out`` (a folder every worker can reach)."""
    started = time.monotonic()
    pipe = pipeline if pipeline is not None else pipeline_for(components)
    root = Path(out)
    scratch = Path(tempfile.mkdtemp(prefix=f".part-{part.index:05d}-", dir=root))
    counts = dict(events=0, quotes=0, actors=0, problems=len(part.unreadable))
    conn = connect(":memory:")  # a scratch store: the store's writer, then the Parquet exporter reads it
    try:
        results: list[dict[str, Any]] = []
        for p in part.unreadable:
            write_problem(conn, p)
        articles = [a for a, _ in part.articles]
        for (_, warns), result in zip(part.articles, pipe.code_many(articles, batch_size=max(1, len(articles)))):
            if warns:  # the reader's warnings come first among the problems, as in a serial ingest
                result = dataclasses.replace(result, problems=warns + result.problems)
            write_result(conn, result)
            results.append({"article_id": result.article.id, "result_json": result_json(result)})
            _count(counts, result)
        tables = scratch / "tables"
        write_parquet(conn, tables)  # no filter: every event, candidates too
        _write_small(tables / f"{UNREADABLE}.parquet", unreadable_schema(),
                     [dataclasses.asdict(p) for p in part.unreadable])
        _write_small(tables / f"{RESULTS}.parquet", results_schema(), results)
        for table in TABLES:  # results last: its file says the partition is whole
            (root / table).mkdir(exist_ok=True)
            os.replace(tables / f"{table}.parquet", root / table / part_name(part.index))
    finally:
        conn.close()
        shutil.rmtree(scratch, ignore_errors=True)
    return PartitionStats(part.index, len(part.articles), counts["events"], counts["quotes"], counts["actors"],
                          counts["problems"], time.monotonic() - started, _worker_name())


def _count(counts: dict[str, int], result: ArticleResult) -> None:
    counts["events"] += len(result.events)
    counts["quotes"] += len(result.quotes)
    counts["actors"] += len(result.actors)
    counts["problems"] += len(result.problems)


def _worker_name() -> str:
    try:
        from distributed import get_worker

        return str(get_worker().address)
    except (ImportError, ValueError):
        return f"pid {os.getpid()}"


def result_from_json(text: str) -> ArticleResult:
    from ..schema import from_dict

    return from_dict(ArticleResult, json.loads(text))


__all__ = ["EXPORT_TABLES", "NO_COMPONENTS", "Partition", "PartitionStats", "RESULTS", "TABLES", "UNREADABLE",
           "build_pipeline", "code_partition", "is_done", "part_name", "pipeline_for", "result_from_json",
           "results_schema", "unreadable_schema", "warm_up"]
