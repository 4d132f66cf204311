"""``tidings load``: the Parquet output of a distributed run brought into the store.

Each article comes back from its full record (the ``results`` table) and is written with the
store's own writer, one article per transaction, exactly as ``tidings ingest`` writes it;
records that held no article come back from ``unreadable``. Only complete partitions (those
with a ``results`` file) are read. Articles already stored are skipped unless ``recode``, so
loading the same output twice, or two overlapping outputs, stores every article once.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from ..errors import TidingsError
from ..schema import Problem
from ..store.load import IngestStats, store_result
from ..store.write import stored_ids, write_problem
from .partition import RESULTS, UNREADABLE, result_from_json

READ_BATCH = 256


class LoadError(TidingsError):
    """The folder is not the output of ``tidings run``, or a file of it cannot be read."""


@dataclass
class LoadStats(IngestStats):
    partitions: int = 0
    files: list[str] = field(default_factory=list)


def result_files(out: str | os.PathLike[str]) -> list[Path]:
    """The ``results`` files of the complete partitions under ``out``, in partition order."""
    root = Path(out)
    if not (root / RESULTS).is_dir():
        raise LoadError(f"{root}: no {RESULTS}/ folder; is this the --out folder of 'tidings run'?")
    return sorted((root / RESULTS).glob("part-*.parquet"))


def _rows(path: Path, columns: list[str]) -> Iterator[dict[str, str | None]]:
    import pyarrow.parquet as pq

    try:
        with pq.ParquetFile(path) as f:
            for batch in f.iter_batches(batch_size=READ_BATCH, columns=columns):
                yield from batch.to_pylist()
    except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
        raise LoadError(f"cannot read {path}: {exc}") from exc


def load_output(conn: sqlite3.Connection, out: str | os.PathLike[str], *, recode: bool = False,
                stats: LoadStats | None = None,
                on_progress: Callable[[IngestStats], None] | None = None) -> LoadStats:
    """Store every article and unreadable record of the run output ``out``; return the counts."""
    stats = stats if stats is not None else LoadStats()
    root = Path(out)
    for path in result_files(root):
        bad = root / UNREADABLE / path.name
        if bad.is_file():
            for row in _rows(bad, ["code", "message", "component", "origin"]):
                write_problem(conn, Problem(**row))  # type: ignore[arg-type]
                stats.unreadable += 1
                stats.problems += 1
        batch = list(_rows(path, ["article_id", "result_json"]))
        known = set() if recode else stored_ids(conn, [r["article_id"] or "" for r in batch])
        for row in batch:
            if row["article_id"] in known:
                stats.skipped += 1
                continue
            try:
                result = result_from_json(row["result_json"] or "")
            except (ValueError, TypeError, KeyError) as exc:
                raise LoadError(f"{path}: article {row['article_id']}: not a tidings record: {exc}") from exc
            store_result(conn, result, (), recode, stats)
            if on_progress is not None:
                on_progress(stats)
        stats.partitions += 1
        stats.files.append(str(path))
    return stats


__all__ = ["LoadError", "LoadStats", "load_output", "result_files"]
