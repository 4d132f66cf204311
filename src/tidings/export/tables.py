"""CSV and JSON lines of events, and the writer every exporter uses.

A file is written under a temporary name beside its target and renamed into place only once
complete, so an export that fails half-way (disk full, Ctrl-C) leaves no truncated file that
looks finished; ``-`` writes to standard output as the rows come.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Sequence

from .. import query
from ..store.db import Database
from .flat import EVENT_FIELDS, flat_event, row_dict, text_value


@dataclass(frozen=True)
class Written:
    """One file an export wrote and how many rows (records) it holds."""

    path: str
    rows: int


@contextlib.contextmanager
def target(path: str | Path, *, binary: bool = False) -> Iterator[IO[Any]]:
    """A stream for ``path`` that appears there whole when the block ends without error."""
    if str(path) == "-":
        yield sys.stdout.buffer if binary else sys.stdout
        return
    p = Path(path)
    if p.is_dir():
        raise IsADirectoryError(f"{p} is a folder; this format writes one file: give a file name")
    if not p.parent.is_dir():
        raise FileNotFoundError(f"cannot write {p}: folder {p.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".part", dir=p.parent)
    try:
        with (os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")) as stream:
            yield stream
        os.replace(tmp, p)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def folder(path: str | Path) -> Path:
    """The folder of a several-table export, created where missing (its parent must exist)."""
    p = Path(path)
    if str(path) == "-":
        raise ValueError("this format writes several files: give a folder with --out")
    if p.exists() and not p.is_dir():
        raise FileExistsError(f"{p} is a file; this format writes several files into a folder")
    if not p.parent.is_dir():
        raise FileNotFoundError(f"cannot create {p}: folder {p.parent} does not exist")
    p.mkdir(exist_ok=True)
    return p


def write_delimited(path: str | Path, fields: Sequence[str], rows: Iterable[dict[str, Any]],
                    delimiter: str = ",") -> Written:
    """A header line then one line per row; tabs and newlines inside TSV cells become spaces."""
    n = 0
    with target(path) as stream:
        if delimiter == "\t":  # TSV readers (GDELT's, ICEWS's) know no quoting
            stream.write("\t".join(fields) + "\n")
            for r in rows:
                stream.write("\t".join(" ".join(text_value(r.get(f)).split()) for f in fields) + "\n")
                n += 1
        else:
            writer = csv.writer(stream, lineterminator="\r\n")  # RFC 4180; a lone CR in a cell gets quoted too
            writer.writerow(fields)
            for r in rows:
                writer.writerow([text_value(r.get(f)) for f in fields])
                n += 1
    return Written(str(path), n)


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def write_json_lines(path: str | Path, records: Iterable[dict[str, Any]]) -> Written:
    n = 0
    with target(path) as stream:
        for r in records:
            stream.write(json.dumps(r, ensure_ascii=False, default=_json_default) + "\n")
            n += 1
    return Written(str(path), n)


def write_csv(db: Database, out: str | Path, **filters: Any) -> list[Written]:
    """Events as CSV, one row each (columns :data:`tidings.export.flat.EVENT_FIELDS`)."""
    return [write_delimited(out, EVENT_FIELDS, (flat_event(r) for r in query.iter_events(db, **filters)))]


def write_jsonl(db: Database, out: str | Path, **filters: Any) -> list[Written]:
    """Events as JSON lines: every field of :class:`tidings.query.EventRow`, participants as objects."""
    return [write_json_lines(out, (row_dict(r) for r in query.iter_events(db, **filters)))]


__all__ = ["Written", "folder", "target", "write_csv", "write_delimited", "write_json_lines", "write_jsonl"]
