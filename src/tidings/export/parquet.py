"""Parquet files of every table, each with a declared schema, written in row groups of bounded size.

``articles``, ``actors``, ``mentions`` (one row per place an actor is named), ``quotes``,
``events`` (the flat event columns of :mod:`tidings.export.flat`) and ``participants`` (one row
per actor or recipient of an event, with its own codes). Event filters apply to ``events`` and
``participants``; ``since``/``until`` also keep the other tables to articles published within
those dates. Codes (CAMEO, ISO3, Wikidata) are strings, so "042" stays "042".
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from .. import query
from ..store.db import Database
from .flat import EVENT_COLUMNS, flat_event
from .tables import Written, folder, target

if TYPE_CHECKING:
    import pyarrow as pa

BATCH = 10_000  # rows per row group at most: memory stays flat whatever the size of the store
BATCH_CHARS = 4_000_000  # and at most about this much text (article texts are long)

S, I, F, D = "string", "int", "float", "date"
TABLE_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (("article_id", S), ("date", S), ("title", S), ("source", S), ("url", S), ("language", S),
                 ("origin", S), ("coded_at", S), ("components", S), ("schema", S), ("text", S)),
    "actors": (("article_id", S), ("actor_id", S), ("name", S), ("kind", S), ("country", S), ("sector", S),
               ("role", S), ("wikidata", S), ("score", F), ("rule", S), ("mentions", I)),
    "mentions": (("article_id", S), ("actor_id", S), ("start", I), ("end", I), ("text", S), ("kind", S)),
    "quotes": tuple((f.name, I if f.name in ("start", "end") else S) for f in dataclasses.fields(query.QuoteRow)),
    "events": EVENT_COLUMNS,
    "participants": (("article_id", S), ("event_id", S), ("side", S), ("position", I), ("actor_id", S),
                     ("name", S), ("text", S), ("kind", S), ("country", S), ("sector", S), ("wikidata", S),
                     ("role", S)),
}


def schema(table: str) -> "pa.Schema":
    import pyarrow as pa

    types = {S: pa.string(), I: pa.int64(), F: pa.float64(), D: pa.date32()}
    return pa.schema([pa.field(name, types[kind]) for name, kind in TABLE_COLUMNS[table]])


def _batches(rows: Iterable[dict[str, Any]], size: int = BATCH) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    chars = 0
    for r in rows:
        batch.append(r)
        chars += len(r.get("text") or "")
        if len(batch) >= size or chars >= BATCH_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def write_table(path: Path, table: str, rows: Iterable[dict[str, Any]]) -> Written:
    """One Parquet file of ``rows`` under the declared schema of ``table``; an empty table is still a file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    sch = schema(table)
    n = 0
    with target(path, binary=True) as stream, pq.ParquetWriter(stream, sch, compression="zstd") as writer:
        for batch in _batches(rows):
            columns = {name: [r.get(name) for r in batch] for name in sch.names}
            writer.write_table(pa.Table.from_pydict(columns, schema=sch))
            n += len(batch)
    return Written(str(path), n)


def participant_rows(row: query.EventRow) -> Iterator[dict[str, Any]]:
    for i, p in enumerate(row.participants):
        yield {"article_id": row.article_id, "event_id": row.event_id, "position": i} | dataclasses.asdict(p) | {
            "name": p.name}


def write_parquet(db: Database, out: str | Path, **filters: Any) -> list[Written]:
    """The six tables as ``<table>.parquet`` in folder ``out``."""
    where = folder(out)
    dates = {k: filters[k] for k in ("since", "until") if filters.get(k) is not None}
    written = [write_table(where / f"{t}.parquet", t, query.iter_rows(db, t, **dates))
               for t in ("articles", "actors", "mentions")]
    written.append(write_table(where / "quotes.parquet", "quotes",
                               (dataclasses.asdict(q) for q in query.iter_quotes(db, **dates))))
    written.append(write_table(where / "events.parquet", "events",
                               (flat_event(r) for r in query.iter_events(db, **filters))))
    written.append(write_table(where / "participants.parquet", "participants",
                               (p for r in query.iter_events(db, **filters) for p in participant_rows(r))))
    return written


__all__ = ["BATCH", "TABLE_COLUMNS", "schema", "write_parquet", "write_table"]
