"""JSON Lines and JSON records: one article per line or per array element.

This is also the one import for every record format: the field mapping (:mod:`.fields`) and the
CSV reader (:mod:`.delimited`) are re-exported here, so ``tidings.ingest.records`` names all of
them as it always has. Imports go one way: ``fields`` <- ``delimited`` <- ``records``.

Decisions that users see:

* A line that is not JSON, or a record without text, gives one Problem naming ``path:line`` and
  the reader goes on with the next record.
* A JSON array is read one element at a time; a break keeps the records before it.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import re
from typing import BinaryIO, Iterator, Mapping

from ..schema import Article, Problem
from .delimited import read_csv, sniff_delimiter
from .fields import ALIASES, FIELDS, FieldLookup, check_columns, parse_column_map, record_to_article
from .text import DEFAULT_MAX_BYTES, decode, problem

_LINE_END = re.compile(rb"\r\n|\r|\n")
LINE_CHUNK = 1 << 20


def physical_lines(stream: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """The lines of a byte stream without their ends (``\\n``, ``\\r\\n`` or ``\\r``), read in chunks;
    ``None`` stands for a line longer than ``limit``, which is skipped without being held whole."""
    pending = b""
    skipping = False
    while True:
        chunk = stream.read(LINE_CHUNK)
        data = pending + chunk
        if not chunk:
            if data and not skipping:
                yield data
            return
        last = 0
        for m in _LINE_END.finditer(data):
            if m.end() == len(data) and m.group() == b"\r":
                break  # a CR at the chunk's end may be the first half of CRLF
            if skipping:
                skipping = False
            else:
                yield data[last:m.start()] if m.start() - last <= limit else None
            last = m.end()
        pending = data[last:]
        if len(pending) > limit:
            if not skipping:
                yield None
            skipping = True
            pending = b""


def read_jsonl(
    stream: BinaryIO, *, origin: str, lookup: FieldLookup, date: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES, title_in_text: bool = True,
) -> Iterator[Article | Problem]:
    """One article per line; blank lines are skipped; origin ``path:line``.

    Lines end in ``\\n``, ``\\r\\n`` or a lone ``\\r`` (JSON itself never holds a raw line break);
    a line longer than four times ``max_bytes`` is a problem and is skipped unread.
    """
    for number, line in enumerate(physical_lines(stream, 4 * max_bytes), start=1):
        where = f"{origin}:{number}"
        if line is None:
            yield problem("input.too_large", f"{where}: a line longer than {4 * max_bytes:,} bytes; skipped", where)
            continue
        if not line.strip():
            continue
        decoded = decode(line if number > 1 else line.removeprefix(codecs.BOM_UTF8))
        text = decoded.text
        if decoded.guessed:
            yield problem("input.encoding", f"{where}: not UTF-8; read as {decoded.encoding} (guessed)", where)
        try:
            record = json.loads(text)
        except (ValueError, RecursionError) as exc:
            yield problem("input.malformed", f"{where}: not a JSON object ({exc})", where)
            continue
        yield from record_to_article(record, lookup=lookup, origin=where, date=date, max_bytes=max_bytes,
                                     title_in_text=title_in_text)


JSON_CHUNK = 1 << 20  # characters read at a time from a JSON document
MAX_JSON_DOCUMENT = 64_000_000  # one JSON object read whole (an array is read element by element)


def read_json(
    stream: BinaryIO | bytes, *, origin: str, lookup: FieldLookup, date: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES, title_in_text: bool = True,
) -> Iterator[Article | Problem]:
    """A JSON document: an array of records (origin ``path:N``), or one record (origin ``path``).

    An array is read one element at a time, so a multi-gigabyte array costs the memory of one
    record, and the records before a break are kept (the break is a problem at ``path:N``).
    """
    if isinstance(stream, bytes):
        stream = io.BytesIO(stream)
    chars = _json_chars(stream)
    buf = ""
    for piece in chars:
        buf += piece
        if buf.strip():
            break
    body = buf.lstrip("\ufeff \t\r\n")
    if body.startswith("["):
        yield from _json_array(body[1:], chars, origin=origin, lookup=lookup, date=date, max_bytes=max_bytes,
                               title_in_text=title_in_text)
        return
    parts = [body]
    size = len(body)
    for piece in chars:
        parts.append(piece)
        size += len(piece)
        if size > MAX_JSON_DOCUMENT:
            yield problem("input.too_large", f"{origin}: a JSON object longer than {MAX_JSON_DOCUMENT:,} "
                          "characters (an array of records is read one by one; one object is not)", origin)
            return
    try:
        doc = json.loads("".join(parts))
    except (ValueError, RecursionError) as exc:
        yield problem("input.malformed", f"{origin}: not JSON ({exc})", origin)
        return
    if isinstance(doc, Mapping):
        for key in ("articles", "items", "records", "data", "documents"):
            if isinstance(doc.get(key), list) and "text" not in lookup.keys_for(doc.keys()):
                doc = doc[key]
                break
    if isinstance(doc, list):
        if not doc:
            yield problem("input.empty", f"{origin}: an empty JSON array", origin)
        for n, record in enumerate(doc, start=1):
            yield from record_to_article(record, lookup=lookup, origin=f"{origin}:{n}", date=date,
                                         max_bytes=max_bytes, title_in_text=title_in_text)
        return
    yield from record_to_article(doc, lookup=lookup, origin=origin, date=date, max_bytes=max_bytes,
                                 title_in_text=title_in_text)


def _json_chars(stream: BinaryIO) -> Iterator[str]:
    """The text of a JSON stream in pieces, in the encoding its first bytes show (UTF-8 most often)."""
    head = stream.read(JSON_CHUNK)
    encoding = decode(head[:65536]).encoding if head else "utf-8"
    if encoding.replace("_", "-").lower() in ("utf-8", "utf8"):
        encoding = "utf-8-sig"  # a BOM is no part of the document
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    data = head
    while data:
        yield decoder.decode(data)
        data = stream.read(JSON_CHUNK)
    yield decoder.decode(b"", final=True)


def _json_array(
    buf: str, chars: Iterator[str], *, origin: str, lookup: FieldLookup, date: dt.date | None, max_bytes: int,
    title_in_text: bool,
) -> Iterator[Article | Problem]:
    """The elements of a JSON array whose ``[`` is already read, one at a time."""
    decoder = json.JSONDecoder()
    limit = 4 * max_bytes  # one record's JSON; a text over max_bytes is cut anyway
    pos = 0
    n = 0
    more = True

    def refill(want: int) -> bool:
        nonlocal buf, pos
        if pos:
            buf, pos = buf[pos:], 0
        got = 0
        for piece in chars:
            buf += piece
            got += len(piece)
            if got >= want:
                return True
        return got > 0

    def skip_space() -> None:
        nonlocal pos, more
        while True:
            while pos < len(buf) and buf[pos] in " \t\r\n":
                pos += 1
            if pos < len(buf) or not more:
                return
            more = refill(JSON_CHUNK)

    while True:
        skip_space()
        if pos < len(buf) and buf[pos] == "]":
            if n == 0:
                yield problem("input.empty", f"{origin}: an empty JSON array", origin)
            return
        if n and pos < len(buf):
            if buf[pos] != ",":
                yield problem("input.malformed", f"{origin}:{n + 1}: not JSON (',' or ']' expected after record "
                              f"{n}); the rest was not read", f"{origin}:{n + 1}")
                return
            pos += 1
            skip_space()
        if pos >= len(buf):
            yield problem("input.malformed", f"{origin}: not JSON (the array is never closed)", origin)
            return
        n += 1
        where = f"{origin}:{n}"
        while True:
            try:
                record, end = decoder.raw_decode(buf, pos)
                if end < len(buf) or not more:
                    break
                more = refill(JSON_CHUNK)  # a number cut by the chunk's end reads as a shorter one
                continue
            except RecursionError as exc:
                yield problem("input.malformed", f"{where}: not JSON ({exc}); the rest was not read", where)
                return
            except ValueError as exc:
                if more and len(buf) - pos <= limit:
                    more = refill(max(JSON_CHUNK, len(buf) - pos))  # doubling: linear in the record's size
                    continue
                if len(buf) - pos > limit:
                    yield problem("input.too_large", f"{where}: a record longer than {limit:,} characters; the rest "
                                  "of the file was not read", where)
                else:
                    yield problem("input.malformed", f"{where}: not JSON ({exc}); the rest was not read", where)
                return
        pos = end
        yield from record_to_article(record, lookup=lookup, origin=where, date=date, max_bytes=max_bytes,
                                     title_in_text=title_in_text)


__all__ = sorted([
    "FIELDS", "ALIASES", "parse_column_map", "check_columns", "FieldLookup", "record_to_article", "read_jsonl",
    "read_json", "read_csv", "sniff_delimiter",
])
