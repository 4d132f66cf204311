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
from .dates import parse_date
from .html import fragment_text
from .text import DEFAULT_MAX_BYTES, clean_line, clean_text, decode, finish, join_title, problem

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
        out.append(problem("input.malformed", f"{origin}: date {str(raw_date)[:60]!r} is not a date", origin))
    title = clean_line(_scalar(lookup.get(record, "title", keys)) or "") or None
    body = raw_text or ""
    if _MARKUP.match(body):
        body = fragment_text(body)  # scraped bodies often keep their <p> tags
    body = clean_text(body)
    if not body:
        return [problem("input.empty", f"{origin}: no text", origin)]
    text = join_title(title, body) if title_in_text else body
    rec_id = _scalar(lookup.get(record, "id", keys))
    out.extend(finish(
        text, origin=origin, max_bytes=max_bytes, id=rec_id.strip() if rec_id else None, date=rec_date or date,
        title=title, url=(_scalar(lookup.get(record, "url", keys)) or "").strip() or None,
        source=clean_line(_scalar(lookup.get(record, "source", keys)) or "") or None,
        language=(_scalar(lookup.get(record, "language", keys)) or "").strip() or None,
    ))
    return out


def read_jsonl(
    stream: BinaryIO, *, origin: str, lookup: FieldLookup, date: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES, title_in_text: bool = True,
) -> Iterator[Article | Problem]:
    """One article per line; blank lines are skipped; origin ``path:line``."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
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


def read_json(
    data: bytes, *, origin: str, lookup: FieldLookup, date: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES, title_in_text: bool = True,
) -> Iterator[Article | Problem]:
    """A JSON document: an array of records (origin ``path:N``), or one record (origin ``path``)."""
    try:
        doc = json.loads(decode(data).text)
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


def sniff_delimiter(header: str, lookup: FieldLookup, hint: str | None = None) -> str | None:
    """The delimiter that splits ``header`` into columns with a text column among them."""
    for delim in ((hint,) if hint else ()) + (",", "\t", ";", "|"):
        names = next(csv.reader([header], delimiter=delim), [])
        if len(names) >= 2 and "text" in lookup.keys_for(n.strip() for n in names):
            return delim
    return None


def read_csv(
    stream: BinaryIO, *, origin: str, lookup: FieldLookup, encoding: str = "utf-8", delimiter: str = ",",
    date: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES, title_in_text: bool = True,
) -> Iterator[Article | Problem]:
    """One article per row after the header; origin ``path:line`` of the row's first line."""
    if csv.field_size_limit() < max_bytes * 2:
        csv.field_size_limit(max_bytes * 2)  # process-wide, but only ever raised
    text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
    reader = csv.reader(text, delimiter=delimiter)
    try:
        header = [h.strip().lstrip("\ufeff") for h in next(reader)]
    except StopIteration:
        yield problem("input.empty", f"{origin}: no header row", origin)
        return
    except (csv.Error, UnicodeError) as exc:
        yield problem("input.malformed", f"{origin}:1: unreadable header ({exc})", f"{origin}:1")
        return
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except (csv.Error, UnicodeError) as exc:
            where = f"{origin}:{start}"
            yield problem("input.malformed", f"{where}: unreadable row ({exc})", where)
            start = reader.line_num + 1
            continue
        where = f"{origin}:{start}"
        start = reader.line_num + 1
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
