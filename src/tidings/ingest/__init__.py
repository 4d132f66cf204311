"""Reading news into :class:`~tidings.schema.Article` records.

``read_paths(paths, date=None)`` yields an Article or a Problem per record, in order; a
record that cannot be read never stops the rest. (Minimal first version: seed format and
plain text; JSONL/CSV/HTML/feeds/WARC are being added.)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sys
from pathlib import Path
from typing import Iterable, Iterator

from ..schema import Article, Problem

SEED_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.*)$")


def article_id(text: str, url: str | None = None) -> str:
    norm = " ".join(text.split()).lower()
    return hashlib.sha1(f"{norm}\x00{url or ''}".encode()).hexdigest()[:16]


def parse_text(raw: str, *, date: dt.date | None = None, origin: str | None = None) -> Article:
    lines = raw.split("\n", 1)
    m = SEED_HEADER.match(lines[0])
    if m:
        title = m.group(2).strip()
        body = lines[1] if len(lines) > 1 else ""
        text = title + "\n" + body.strip("\n")
        return Article(id=article_id(text), text=text, date=dt.date.fromisoformat(m.group(1)), title=title,
                       origin=origin)
    text = raw.strip("\n")
    return Article(id=article_id(text), text=text, date=date, origin=origin)


def read_paths(paths: Iterable[str], *, date: dt.date | None = None) -> Iterator[Article | Problem]:
    for p in paths:
        if p == "-":
            yield parse_text(sys.stdin.read(), date=date, origin="<stdin>")
            continue
        path = Path(p)
        files = sorted(x for x in path.rglob("*") if x.is_file()) if path.is_dir() else [path]
        for f in files:
            try:
                yield parse_text(f.read_text(encoding="utf-8"), date=date, origin=str(f))
            except (OSError, UnicodeDecodeError, ValueError) as exc:
                yield Problem("input.unreadable", f"{f}: {exc}", "ingest", str(f))


__all__ = ["article_id", "parse_text", "read_paths"]
