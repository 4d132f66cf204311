"""Coding on a cluster: a Dask runner that writes Parquet, and a loader that stores it.

::

    partition.py  code_partition(): one partition coded on a worker, written as Parquet tables
    runner.py     run(): read the input, cut it into partitions, submit them to a Dask cluster
    loader.py     load_output(): the Parquet of a run brought into the store

The tables are those of ``tidings export --format parquet`` plus ``results`` (each article's
full record) and ``unreadable``; see docs/scale.md.
"""

from __future__ import annotations

from .loader import LoadError, LoadStats, load_output, result_files
from .partition import TABLES, Partition, PartitionStats, code_partition, is_done, pipeline_for
from .runner import PARTITION_SIZE, RunError, RunStats, connect_cluster, partitions, run

__all__ = sorted([
    "LoadError", "LoadStats", "PARTITION_SIZE", "Partition", "PartitionStats", "RunError", "RunStats", "TABLES",
    "code_partition", "connect_cluster", "is_done", "load_output", "partitions", "pipeline_for", "result_files",
    "run",
])
