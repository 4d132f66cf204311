"""The store in the field's exchange formats, streamed: any number of events in flat memory.

::

    flat.py      one event as a flat row (lists lined up, dates as day/start/end): csv
    tables.py    csv and jsonl of events; the writer that makes every file appear whole or not at all
    plover.py    PLOVER JSON lines, one record per event
    gdelt.py     GDELT 2.0-style events and mentions tables (tab-separated, with a header)
    dyadic.py    ICEWS-style 20 columns and a dyads table: one row per actor -> recipient pair
    parquet.py   every table (articles, actors, mentions, quotes, events, participants) with a declared schema

Every exporter reads through :mod:`tidings.query` (``iter_events``, ``iter_quotes``,
``iter_rows``) and takes the same event filters as :func:`tidings.query.events`. ``docs/export.md``
says which columns each format fills and how.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ..store.db import Database
from .dyadic import write_dyads, write_icews
from .gdelt import write_gdelt
from .parquet import write_parquet
from .plover import write_plover
from .tables import Written, write_csv, write_jsonl


@dataclass(frozen=True)
class ExportFormat:
    name: str
    writes: str  # "file" (``-`` for stdout) or "folder" (several tables)
    description: str
    write: Callable[..., list[Written]]


FORMATS: dict[str, ExportFormat] = {f.name: f for f in (
    ExportFormat("plover", "file", "PLOVER JSON lines: one event record per line", write_plover),
    ExportFormat("gdelt", "folder", "GDELT 2.0-style events.tsv and mentions.tsv", write_gdelt),
    ExportFormat("icews", "file", "ICEWS-style 20-column table (tab-separated), one row per actor/recipient pair",
                 write_icews),
    ExportFormat("dyads", "file", "CSV, one row per actor -> recipient pair with each side's codes", write_dyads),
    ExportFormat("parquet", "folder", "Parquet files of articles, actors, mentions, quotes, events, participants",
                 write_parquet),
    ExportFormat("csv", "file", "CSV of events, one row each, lists lined up", write_csv),
    ExportFormat("jsonl", "file", "JSON lines of events with their participants", write_jsonl),
)}


def export(db: Database, fmt: str, out: str | Path, **filters: Any) -> list[Written]:
    """Write the events matching ``filters`` (as for :func:`tidings.query.events`) in format ``fmt`` to ``out``.

    ``out`` is a file (``-``: standard output) or, for the formats of several tables, a folder.
    Each file is written beside its target and renamed into place when complete.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; one of: {', '.join(FORMATS)}")
    return FORMATS[fmt].write(db, out, **filters)


__all__ = ["ExportFormat", "FORMATS", "Written", "export"]
