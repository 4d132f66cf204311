"""Paths to articles: expanding folders and globs, telling formats apart, reading each file
(opened, decompressed when it is compressed, by :mod:`.compressed`).

A format is known from the content first and the file name second: a ``.txt`` that holds JSON
lines is read as JSON lines, a ``.html`` that holds plain text is still read as HTML (the name
is the only evidence). Content signals, strongest first: compression magic, WARC header, binary
magic, the seed header, a JSON object on the first line, a feed root element, an HTML root.
``format=`` overrides all of it.
"""

from __future__ import annotations

import csv
import datetime as dt
import glob
import io
import itertools
import json
import lzma
import os
import re
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Mapping

from ..schema import Article, Problem
from .compressed import DEFAULT_MAX_DECOMPRESSED, DEFAULT_MAX_RATIO, HEAD, Prepended, open_stream, stream_problems
from .dates import date_from_path
from .delimited import read_csv, sniff_delimiter
from .feeds import looks_like_feed, read_feed
from .fields import FieldLookup
from .html import html_charset, read_html
from .records import read_json, read_jsonl
from .text import (
    DEFAULT_MAX_BYTES, SEED_SNIFF, binary_kind, decode, finish, parse_text_checked, problem,
)
from .warc import looks_like_warc, read_warc

DEFAULT_MAX_DOCUMENT = 64_000_000

FORMATS = ("seed", "text", "jsonl", "json", "csv", "tsv", "html", "feed", "warc")
_EXT = {
    ".txt": "text", ".text": "text", ".md": "text", ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl",
    ".json": "json", ".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".html": "html", ".htm": "html",
    ".xhtml": "html", ".shtml": "html", ".rss": "feed", ".atom": "feed", ".xml": "feed", ".warc": "warc",
    ".arc": "warc",
}
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)
_GLOB_CHARS = re.compile(r"[*?\[]")
_LINE_ENDS = re.compile(r"\r\n?")  # old-Mac (CR) and Windows (CRLF) line ends, for sniffing


@dataclass(frozen=True)
class Options:
    """How :func:`read_paths` reads; every field is also a keyword of ``read_paths``."""

    date: dt.date | None = None
    columns: Mapping[str, str] = field(default_factory=dict)
    format: str | None = None  # one of FORMATS: skip detection
    encoding: str | None = None  # tried first for text, CSV and HTML files
    max_bytes: int = DEFAULT_MAX_BYTES  # per record text; larger texts are cut with input.too_large
    max_decompressed: int = DEFAULT_MAX_DECOMPRESSED  # bytes out of one compressed file, then input.too_large
    max_ratio: int = DEFAULT_MAX_RATIO  # decompressed/compressed past 16 MB out: a bomb, stopped the same way
    max_document_bytes: int = DEFAULT_MAX_DOCUMENT  # one HTML page, feed or JSON document; more is cut
    title_in_text: bool = True  # Article.text = title + "\n" + body, as in the seed format
    include_hidden: bool = False  # read dot-files and dot-folders inside folders


def detect(head: bytes, name: str, lookup: FieldLookup) -> str:
    """The format of a stream that starts with ``head`` and is named ``name``."""
    ext = _EXT.get(Path(name.lower()).suffix)
    if looks_like_warc(head) or (ext == "warc" and head.startswith(b"\x1f\x8b")):
        return "warc"
    if binary_kind(head):
        return "binary"
    text = _LINE_ENDS.sub("\n", decode(head[:8192]).text).lstrip("\ufeff \t\n")
    if SEED_SNIFF.match(text):
        return "seed"
    if text.startswith("{"):
        if ext == "jsonl" or _object_lines(text) or ("\n" not in text and len(head) >= HEAD and ext != "json"):
            return "jsonl"  # (the last case: one line longer than the sniffed head)
        return "json"
    if text.startswith("[") and ext in (None, "json", "text", "jsonl"):
        return "json"
    if text.startswith("<"):
        if _HTML_START.match(head[:4096]) and ext != "feed":
            return "html"
        if looks_like_feed(head):
            return "feed"
        if ext in ("html", "feed"):
            return ext
        if re.search(rb"<(?:p|div|article|body|h1)\b", head[:8192], re.IGNORECASE):
            return "html"
    if ext in ("csv", "tsv", "html", "feed", "jsonl", "json", "warc"):
        return ext
    if _looks_like_csv(text, lookup):
        return "csv"
    return "text"


def _object_lines(text: str) -> bool:
    """The first or second line of ``text`` is a whole JSON object (the first may be broken)."""
    lines = [line.strip() for line in text.split("\n")[:3] if line.strip()]
    for line in lines[:2]:
        try:
            if isinstance(json.loads(line), dict):
                return True
        except ValueError:
            continue
    return False


_COLUMN_NAME = re.compile(r"^[\w.-]+(?: [\w.-]+){0,2}$")


def _looks_like_csv(text: str, lookup: FieldLookup) -> bool:
    """A header of short column names with a text column, and a next row of the same width.

    Stricter than the ``.csv`` path: a plain article whose headline is "Content, not clicks"
    must stay plain text.
    """
    first = text.split("\n", 1)[0]
    delim = sniff_delimiter(first, lookup)
    if delim is None:
        return False
    rows = list(itertools.islice(csv.reader(io.StringIO(text), delimiter=delim), 2))
    header = [h.strip() for h in rows[0]]
    if not all(_COLUMN_NAME.match(h) and len(h) <= 40 for h in header):
        return False
    return len(rows) < 2 or len(rows[1]) == len(header)


def _read_stream(stream: BinaryIO, name: str, origin: str, opts: Options, lookup: FieldLookup,
                 date_hint: dt.date | None) -> Iterator[Article | Problem]:
    head = stream.read(HEAD)
    stream = io.BufferedReader(Prepended(head, stream), buffer_size=HEAD)  # type: ignore[assignment]
    if not head.strip():
        yield problem("input.empty", f"{origin}: empty input", origin)
        return
    fmt = opts.format or detect(head, name, lookup)
    date = opts.date or date_hint
    common = dict(origin=origin, max_bytes=opts.max_bytes, title_in_text=opts.title_in_text)
    if fmt == "binary":
        yield problem("input.binary", f"{origin}: binary data ({binary_kind(head)}), not text", origin)
    elif fmt == "jsonl":
        yield from read_jsonl(stream, lookup=lookup, date=date, **common)  # type: ignore[arg-type]
    elif fmt in ("csv", "tsv"):
        first = decode(head[:8192], opts.encoding)
        header = _LINE_ENDS.sub("\n", first.text).split("\n", 1)[0]
        delim = "\t" if fmt == "tsv" else (sniff_delimiter(header, lookup) or ",")
        if first.guessed:
            yield problem("input.encoding", f"{origin}: not UTF-8; read as {first.encoding} (guessed)", origin)
        yield from read_csv(stream, lookup=lookup, encoding=first.encoding, delimiter=delim, date=date,
                            **common)  # type: ignore[arg-type]
    elif fmt == "warc":
        yield from read_warc(stream, date=date, **common)  # type: ignore[arg-type]
    elif fmt == "json":
        yield from read_json(stream, lookup=lookup, date=date, **common)  # type: ignore[arg-type]
    elif fmt == "feed":
        data, cut = _read_capped(stream, opts.max_document_bytes)
        if cut:
            yield problem("input.too_large", f"{origin}: a feed longer than {opts.max_document_bytes:,} bytes; "
                          "only the entries in the first part were read", origin)
        yield from read_feed(data, date=date, **common)  # type: ignore[arg-type]
    else:
        # one article per file: more than 4x the text limit cannot survive the cut anyway
        limit = min(opts.max_bytes * 4, opts.max_document_bytes)
        data, cut = _read_capped(stream, limit)
        if not cut:
            yield from _read_document(data, fmt, date, opts, origin)
            return
        data = _cut_bytes(data)
        items = list(_read_document(data, fmt, date, opts, origin))
        if not any(isinstance(i, Problem) and i.code == "input.too_large" for i in items):
            # an HTML page whose main text fits the limit was still cut: said before the article
            items.insert(0, problem("input.too_large", f"{origin}: a file longer than {limit:,} bytes; only the "
                                    f"first {len(data):,} were read", origin))
        yield from items


def _read_capped(stream: BinaryIO, limit: int) -> tuple[bytes, bool]:
    """At most ``limit`` bytes of ``stream``, and whether there was more (not read: a 200 MB file costs
    ``limit`` bytes of memory)."""
    data = stream.read(limit)
    return data, bool(stream.read(1))


def _cut_bytes(data: bytes) -> bytes:
    """Bytes cut at a line or word end, so the cut does not split a multi-byte character."""
    for sep in (b"\n", b" "):
        i = data.rfind(sep)
        if i > len(data) * 0.9:
            return data[:i]
    i = len(data)
    while i > 0 and len(data) - i < 4 and (data[i - 1] & 0xC0) == 0x80:
        i -= 1  # UTF-8 continuation bytes
    if i > 0 and data[i - 1] >= 0xC0:
        i -= 1  # the lead byte of the character they belonged to
    return data[:i]


def _read_document(data: bytes, fmt: str, date: dt.date | None, opts: Options,
                   origin: str) -> Iterator[Article | Problem]:
    """One article per file: the seed format, plain text or an HTML page."""
    decoded = decode(data, opts.encoding or (html_charset(data) if fmt == "html" else None))
    if decoded.guessed:
        yield problem("input.encoding", f"{origin}: not UTF-8; read as {decoded.encoding} (guessed)", origin)
    if fmt == "html":
        yield from read_html(decoded.text, origin=origin, date=date, max_bytes=opts.max_bytes,
                             title_in_text=opts.title_in_text)
        return
    article, warnings = parse_text_checked(decoded.text, date=date, origin=origin)
    yield from warnings
    # plain text is kept whole (its guessed title is only metadata); the seed text starts with its headline
    yield from finish(article.text, origin=origin, max_bytes=opts.max_bytes, date=article.date, title=article.title)


def expand(paths: Iterable[str | os.PathLike[str]], include_hidden: bool = False) -> Iterator[str | Problem]:
    """Each input as a file path, ``-``, or a Problem: folders recursively, globs, in a stable order.

    Folder contents are sorted by path (so ``2025-09-04.txt`` comes before ``2025-09-05.txt``),
    dot-files and dot-folders are skipped, and symbolic links to folders are not followed.
    """
    for item in paths:
        p = os.fspath(item)
        if p == "-":
            yield p
            continue
        if re.match(r"^[a-z][a-z0-9+.-]*://", p, re.IGNORECASE):
            yield problem("input.unreadable", f"{p}: URLs are not fetched (ingest is offline); save the page first", p)
            continue
        path = Path(p)
        if path.is_dir():
            yield from _walk(path, include_hidden)
        elif path.exists():
            yield p
        elif _GLOB_CHARS.search(p):
            matches = sorted(glob.glob(p, recursive=True), key=_sort_key)
            if not matches:
                yield problem("input.unreadable", f"{p}: no file matches", p)
            for m in matches:
                if Path(m).is_dir():
                    yield from _walk(Path(m), include_hidden)
                else:
                    yield m
        else:
            yield problem("input.unreadable", f"{p}: no such file or folder", p)


ONE_ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".html", ".htm", ""})
LINE_SUFFIXES = {".jsonl": 0, ".ndjson": 0, ".csv": 1, ".tsv": 1}  # records are lines, after so many header lines
COUNT_BYTES_MAX = 1 << 30  # counting the lines of more input than this costs too long to be worth a progress total


def count_records(paths: Iterable[str | os.PathLike[str]]) -> int | None:
    """About how many records ``paths`` hold, cheaply (for a progress total), or None when that is
    not known without reading them: stdin, feeds, WARC, JSON arrays, compressed files, very large
    input. A one-article file counts one; JSON Lines and CSV count their non-blank lines."""
    total, scanned = 0, 0
    for p in expand(paths):
        if isinstance(p, Problem):
            total += 1
            continue
        if p == "-":
            return None
        suffix = Path(p).suffix.lower()
        if suffix in ONE_ARTICLE_SUFFIXES:
            total += 1
        elif suffix in LINE_SUFFIXES:
            size = os.path.getsize(p)
            scanned += size
            if scanned > COUNT_BYTES_MAX:
                return None
            with open(p, "rb") as fh:
                lines = sum(1 for line in fh if line.strip())
            total += max(0, lines - LINE_SUFFIXES[suffix])
        else:
            return None
    return total


def _sort_key(p: str) -> tuple[str, ...]:
    return Path(p).parts


def _walk(root: Path, include_hidden: bool) -> Iterator[str]:
    found: list[str] = []
    for folder, dirs, files in os.walk(root, followlinks=False):
        if not include_hidden:
            dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(os.path.join(folder, f) for f in files if include_hidden or not f.startswith("."))
    yield from sorted(found, key=_sort_key)


def read_one(p: str, opts: Options, lookup: FieldLookup) -> Iterator[Article | Problem]:
    """Every article of one file (or of stdin for ``-``), never raising for bad content."""
    if p == "-":
        stdin = getattr(sys.stdin, "buffer", None)
        source: BinaryIO = stdin if stdin is not None else io.BytesIO(sys.stdin.read().encode("utf-8"))
        try:
            stream, name = open_stream(source, "<stdin>", opts.max_decompressed, opts.max_ratio)
        except OSError as exc:
            yield problem("input.unreadable", f"<stdin>: {exc}", "<stdin>")
            return
        yield from _guard(_read_stream(stream, name, "<stdin>", opts, lookup, None), "<stdin>")
        yield from stream_problems(stream, "<stdin>")
        return
    try:
        raw = open(p, "rb")
    except OSError as exc:
        yield problem("input.unreadable", f"{p}: {exc.strerror or exc}", p)
        return
    with raw:
        try:
            stream, name = open_stream(raw, Path(p).name, opts.max_decompressed, opts.max_ratio)
        except OSError as exc:
            yield problem("input.unreadable", f"{p}: {exc.strerror or exc}", p)
            return
        with stream:
            yield from _guard(_read_stream(stream, name, p, opts, lookup, date_from_path(p)), p)
            yield from stream_problems(stream, p)


def _guard(items: Iterator[Article | Problem], origin: str) -> Iterator[Article | Problem]:
    """Turn an error that escapes a reader (a truncated gzip, a vanished file) into a Problem."""
    try:
        yield from items
    except (OSError, EOFError, zlib.error, lzma.LZMAError) as exc:  # corrupt, not just cut off
        yield problem("input.unreadable", f"{origin}: the file breaks off or cannot be read ({exc})", origin)
    except Exception as exc:  # noqa: BLE001 - the batch must go on whatever one file does
        yield problem("input.unreadable", f"{origin}: {type(exc).__name__}: {exc}", origin)


__all__ = sorted(["FORMATS", "Options", "count_records", "detect", "expand", "read_one"])
