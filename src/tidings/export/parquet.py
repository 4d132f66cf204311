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


class TableWriter:
    """Rows in, Parquet row groups out: a batch is written whenever it reaches :data:`BATCH` rows or
    :data:`BATCH_CHARS` characters of text. Use as a context manager; the file appears when it closes."""

    def __init__(self, path: Path, table: str) -> None:
        self.path, self.table, self.rows = path, table, 0
        self._schema = schema(table)
        self._batch: list[dict[str, Any]] = []
        self._chars = 0

    def __enter__(self) -> "TableWriter":
        import pyarrow.parquet as pq

        self._target = target(self.path, binary=True)
        stream = self._target.__enter__()
        self._writer = pq.ParquetWriter(stream, self._schema, compression="zstd")
        return self

    def add(self, row: dict[str, Any]) -> None:
        self._batch.append(row)
        self._chars += len(row.get("text") or "")
        if len(self._batch) >= BATCH or self._chars >= BATCH_CHARS:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._batch:
            columns = {name: [r.get(name) for r in self._batch] for name in self._schema.names}
            self._writer.write_table(pa.Table.from_pydict(columns, schema=self._schema))
            self.rows += len(self._batch)
            self._batch, self._chars = [], 0

    def __exit__(self, kind: Any, exc: Any, tb: Any) -> None:
        try:
            if kind is None:
                self._flush()
        finally:
            self._writer.close()
            self._target.__exit__(kind, exc, tb)  # renames the file into place, or removes it on error

    def written(self) -> Written:
        return Written(str(self.path), self.rows)


def write_table(path: Path, table: str, rows: Iterable[dict[str, Any]]) -> Written:
    """One Parquet file of ``rows`` under the declared schema of ``table``; an empty table is still a file."""
    with TableWriter(path, table) as writer:
        for r in rows:
            writer.add(r)
    return writer.written()


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
    with TableWriter(where / "events.parquet", "events") as events, \
            TableWriter(where / "participants.parquet", "participants") as people:
        for r in query.iter_events(db, **filters):  # one pass feeds both files
            events.add(flat_event(r))
            for p in participant_rows(r):
                people.add(p)
    return written + [events.written(), people.written()]


__all__ = ["BATCH", "BATCH_CHARS", "TABLE_COLUMNS", "TableWriter", "schema", "write_parquet", "write_table"]
