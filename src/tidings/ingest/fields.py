"""Record fields: a JSON object or a CSV row, whatever its column names, as one Article.

The fields are ``id, date, title, text, url, source, language``. A field is looked up, in this
order, under the name the caller mapped it to (``columns={"text": "body"}``; dotted names reach
into nested JSON objects: ``"content.body"``), under its own name, then under common aliases
(``body``, ``headline``, ``published``, ``link``…), all case-insensitive.

The format readers (:mod:`.records` for JSON and JSON Lines, :mod:`.delimited` for CSV) cut a
file into records; this module alone decides what a record's fields mean.

Decisions that users see:

* A record's own ``id`` is kept as the Article id, as written; a record without one gets the
  hash of its text and URL (:func:`~tidings.ingest.text.article_id`).
* A record's date that cannot be read gives a ``input.malformed`` Problem, then the Article
  with the ``date`` passed to the reader (``--date``), else ``None``.
* A record that is not an object, or has no text, gives one Problem naming ``path:line`` and the
  reader goes on with the next record.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Iterable, Mapping

from ..schema import Article, Problem
from .dates import MAX_YEAR, MIN_YEAR, parse_date
from .html import fragment_text
from .text import clean_line, clean_text, finish, join_title, plain, problem

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


__all__ = sorted(["ALIASES", "FIELDS", "FieldLookup", "check_columns", "parse_column_map", "record_to_article"])
