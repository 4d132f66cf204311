"""JSON Lines, JSON and CSV records: one article per line or row.

The fields are ``id, date, title, text, url, source, language``. A field is looked up, in this
order, under the name the caller mapped it to (``columns={"text": "body"}``; dotted names reach
into nested JSON objects: ``"content.body"``), under its own name, then under common aliases
(``body``, ``headline``, ``published``, ``link``…), all case-insensitive.

Decisions that users see:

* A record's own ``id`` is kept as the Article id, as written; a record without one gets the
  hash of its text and URL (:func:`~tidings.ingest.text.article_id`).
* A record's date that cannot be read gives a ``input.malformed`` Problem, then the Article
  with the ``date`` passed to the reader (``--date``), else ``None``.
* A line that is not JSON, a row the CSV reader rejects, or a record without text gives one
  Problem naming ``path:line`` and the reader goes on with the next record.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import re
from typing import Any, BinaryIO, Iterable, Iterator, Mapping

from ..schema import Article, Problem
from .dates import MAX_YEAR, MIN_YEAR, parse_date
from .html import fragment_text
from .text import DEFAULT_MAX_BYTES, clean_line, clean_text, decode, finish, join_title, plain, problem

_MARKUP = re.compile(r"^\s*<(?:p|div|article|section|html|body|h[1-6]|span|br|!doctype)\b", re.IGNORECASE)
FIELDS = ("id", "date", "title", "text", "url", "source", "language")
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "guid", "article_id", "doc_id", "docid", "uuid"),
    "date": ("date", "published", "publish_date", "published_at", "pubdate", "pub_date", "datetime",
             "publication_date", "timestamp", "created_at", "time"),
    "title": ("title", "headline", "heading", "subject"),
    "text": ("text", "body", "content", "article", "story", "fulltext", "full_text", "maintext"),
    "url": ("url", "link", "uri", "href", "permalink"),
    "source": ("source", "publisher", "outlet", "site", "sitename", "domain", "feed"),
    "language": ("language", "lang"),
}


def parse_column_map(items: Iterable[str]) -> dict[str, str]:
    """``["text=body", "date=published"]`` (the CLI's ``--column``) to ``{"text": "body", ...}``.

    Raises ValueError with a message fit for the command line on a malformed item or a field
    name tidings does not know.
    """
    mapping: dict[str, str] = {}
    for item in items:
        field, sep, column = item.partition("=")
        field, column = field.strip().lower(), column.strip()
        if not sep or not field or not column:
            raise ValueError(f"{item!r} is not FIELD=COLUMN (for example text=body)")
        if field not in FIELDS:
            raise ValueError(f"{field!r} is not a field; use one of {', '.join(FIELDS)}")
        mapping[field] = column
    return mapping


def check_columns(columns: Mapping[str, str] | None) -> dict[str, str]:
    out = dict(columns or {})
    unknown = sorted(set(out) - set(FIELDS))
    if unknown:
        raise ValueError(f"unknown field(s) in columns: {', '.join(unknown)}; use {', '.join(FIELDS)}")
    return out


class FieldLookup:
    """Finds each field's key among a record's keys, once per distinct set of keys."""

    def __init__(self, columns: Mapping[str, str] | None = None) -> None:
        self.columns = check_columns(columns)
        self._cache: dict[tuple[str, ...], dict[str, str]] = {}

    def keys_for(self, keys: Iterable[str]) -> dict[str, str]:
        """``{field: key}`` for the fields present among ``keys``."""
        keys = tuple(k for k in keys if isinstance(k, str))
        hit = self._cache.get(keys)
        if hit is not None:
            return hit
        lower = {k.strip().lower(): k for k in reversed(keys)}
        found: dict[str, str] = {}
        for field in FIELDS:
            wanted = self.columns.get(field)
            candidates = (wanted,) if wanted else ALIASES[field]
            for name in candidates:
                if name.lower() in lower:
                    found[field] = lower[name.lower()]
                    break
                if wanted and "." in wanted:
                    found[field] = wanted  # a dotted path into nested objects
                    break
        if len(self._cache) < 64:
            self._cache[keys] = found
        return found

    def get(self, record: Mapping[str, Any], field: str, keys: Mapping[str, str]) -> Any:
        key = keys.get(field)
        if key is None:
            return None
        if key in record:
            return record[key]
        value: Any = record
        for part in key.split("."):
            if not isinstance(value, Mapping) or part not in value:
                return None
            value = value[part]
        return value


def _shown(value: Any) -> str:
    """A value as a problem message quotes it: at most 60 characters, whatever its size."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 200:
        return f"<a number of about {int(value.bit_length() * 0.30103)} digits>"
    return repr(str(value)[:60])


def _scalar(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    return str(value)


def record_to_article(
    record: Any,
    *,
    lookup: FieldLookup,
    origin: str,
    date: dt.date | None,
    max_bytes: int,
    title_in_text: bool,
) -> list[Article | Problem]:
    """One record (a JSON object or a CSV row as a dict) as ``[warnings..., Article]`` or ``[Problem]``."""
    if not isinstance(record, Mapping):
        return [problem("input.malformed", f"{origin}: a record must be an object, not {type(record).__name__}",
                        origin)]
    keys = lookup.keys_for(record.keys())
    if "text" not in keys:
        wanted = lookup.columns.get("text", "text")
        return [problem("input.malformed", f"{origin}: no text column ({wanted!r}); the record has "
                        f"{', '.join(sorted(map(str, record.keys()))[:12]) or 'no columns'}", origin)]
    raw_text = lookup.get(record, "text", keys)
    if raw_text is not None and not isinstance(raw_text, str):
        return [problem("input.malformed", f"{origin}: text is a {type(raw_text).__name__}, not a string", origin)]
    out: list[Article | Problem] = []
    raw_date = lookup.get(record, "date", keys)
    rec_date = parse_date(raw_date)
    if rec_date is None and raw_date not in (None, ""):
        out.append(problem("input.malformed", f"{origin}: date {_shown(raw_date)} is not a date "
                           f"(or not in the years {MIN_YEAR}-{MAX_YEAR})", origin))
    title = clean_line(_scalar(lookup.get(record, "title", keys)) or "") or None
    body = raw_text or ""
    if "\x00" in body:
        out.append(problem("input.malformed", f"{origin}: NUL bytes in the text, removed", origin))
    if _MARKUP.match(body):
        body = fragment_text(body)  # scraped bodies often keep their <p> tags
    body = clean_text(body)
    if not body:
        return [problem("input.empty", f"{origin}: no text", origin)]
    text = join_title(title, body) if title_in_text else body
    out.extend(finish(
        text, origin=origin, max_bytes=max_bytes, id=plain(_scalar(lookup.get(record, "id", keys))),
        date=rec_date or date, title=title, url=plain(_scalar(lookup.get(record, "url", keys))),
        source=clean_line(_scalar(lookup.get(record, "source", keys)) or "") or None,
        language=plain(_scalar(lookup.get(record, "language", keys))),
    ))
    return out


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


def sniff_delimiter(header: str, lookup: FieldLookup, hint: str | None = None) -> str | None:
    """The delimiter that splits ``header`` into columns with a text column among them."""
    for delim in ((hint,) if hint else ()) + (",", "\t", ";", "|"):
        names = next(csv.reader([header], delimiter=delim), [])
        if len(names) >= 2 and "text" in lookup.keys_for(n.strip() for n in names):
            return delim
    return None


class _LongLine(Exception):
    """A line longer than the reader's limit (skipped unread)."""


class _Lines:
    """The physical lines a ``csv.reader`` takes, remembered per row, with lines to give back.

    A line longer than ``limit`` characters raises :class:`_LongLine` after being skipped, so a
    one-line 200 MB file is never held whole.
    """

    def __init__(self, text: io.TextIOBase, limit: int) -> None:
        self.text = text
        self.limit = limit
        self.back: list[str] = []
        self.taken: list[str] = []

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> str:
        if self.back:
            line = self.back.pop()
        else:
            line = self.text.readline(self.limit)
            if not line:
                raise StopIteration
            if len(line) >= self.limit and not line.endswith(("\n", "\r")):
                while True:
                    rest = self.text.readline(self.limit)
                    if not rest or rest.endswith(("\n", "\r")):
                        break
                self.taken.append("")
                raise _LongLine()
        self.taken.append(line)
        return line


def _parses_as_row(text: str, delimiter: str, width: int, short: bool = False) -> bool:
    """``text`` is one well-formed row of ``width`` fields (quotes balanced and in place; with
    ``short``, fewer fields will do)."""
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error:
        return False
    return len(rows) == 1 and (len(rows[0]) == width or (short and len(rows[0]) < width))


def _swallowed_at(taken: list[str], delimiter: str, width: int) -> int | None:
    """Where a row that spans several lines really ends, when an unclosed quote made it swallow rows.

    A quoted field may hold line breaks; but when the lines together do not parse as one strict
    row of the header's width, and a later line parses as a row on its own, that line and the
    ones after it are rows of their own and the quote on the first line was never closed.
    """
    if len(taken) < 2 or _parses_as_row("".join(taken), delimiter, width, short=True):
        return None
    for k in range(1, len(taken)):
        if _parses_as_row(taken[k], delimiter, width):
            return k
    return None


def read_csv(
    stream: BinaryIO, *, origin: str, lookup: FieldLookup, encoding: str = "utf-8", delimiter: str = ",",
    date: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES, title_in_text: bool = True,
) -> Iterator[Article | Problem]:
    """One article per row after the header; origin ``path:line`` of the row's first line.

    Lines end in ``\\n``, ``\\r\\n`` or a lone ``\\r``. A quote that is never closed spoils its own
    row (a problem) but not the rows after it, which are read again line by line.
    """
    if csv.field_size_limit() < max_bytes * 2:
        csv.field_size_limit(max_bytes * 2)  # process-wide, but only ever raised
    text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
    lines = _Lines(text, 4 * max_bytes)
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        header = [h.strip().lstrip("\ufeff") for h in next(reader)]
    except StopIteration:
        yield problem("input.empty", f"{origin}: no header row", origin)
        return
    except (csv.Error, UnicodeError, _LongLine) as exc:
        yield problem("input.malformed", f"{origin}:1: unreadable header ({exc or 'a line too long'})",
                      f"{origin}:1")
        return
    start = len(lines.taken) + 1  # the physical line the next row starts on
    while True:
        lines.taken = []
        try:
            row = next(reader)
        except StopIteration:
            if not lines.taken:
                return
            row, error = None, "unexpected end of data"
        except (csv.Error, UnicodeError) as exc:
            row, error = None, str(exc)
        except _LongLine:
            where = f"{origin}:{start}"
            yield problem("input.too_large", f"{where}: a line longer than {lines.limit:,} characters; skipped", where)
            start += len(lines.taken)
            reader = csv.reader(lines, delimiter=delimiter)
            continue
        where = f"{origin}:{start}"
        k = _swallowed_at(lines.taken, delimiter, len(header)) if len(lines.taken) > 1 else None
        if k is not None:
            yield problem("input.malformed", f"{where}: a quote is not closed; the row is left out and the "
                          f"{len(lines.taken) - k} line(s) after it are read again", where)
            lines.back.extend(reversed(lines.taken[k:]))
            start += k
            reader = csv.reader(lines, delimiter=delimiter)  # a fresh reader: the old one hit the end
            continue
        start += len(lines.taken)
        if row is None:
            yield problem("input.malformed", f"{where}: unreadable row ({error})", where)
            if error == "unexpected end of data":
                return
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            yield problem("input.malformed", f"{where}: {len(row)} fields under a header of {len(header)}", where)
            continue
        record = dict(zip(header, row))
        yield from record_to_article(record, lookup=lookup, origin=where, date=date, max_bytes=max_bytes,
                                     title_in_text=title_in_text)


__all__ = sorted([
    "FIELDS", "ALIASES", "parse_column_map", "check_columns", "FieldLookup", "record_to_article", "read_jsonl",
    "read_json", "read_csv", "sniff_delimiter",
])
