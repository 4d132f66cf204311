"""Reading news into :class:`~tidings.schema.Article` records.

``read_paths(paths, date=None, columns=None, **options)`` yields, in input order, an Article or
a Problem for every record of every input; a record that cannot be read never stops the rest,
and nothing raises for bad content.

Inputs (detected from content first, file name second; ``format=`` forces one):

=========  ============================================================================
seed       first line ``date YYYY-MM-DD <headline>``; text = headline + "\\n" + body
text       plain text; its date is ``date``, else a date in the file name or folders
jsonl      one JSON object per line; ``json``: an array of objects (or one object)
csv, tsv   a header row, then one article per row
html       a page; trafilatura finds main text, title and date
feed       RSS/Atom; each entry is an article (content, else summary)
warc       a crawl; each 200 ``text/html`` response is an article via the HTML reader
=========  ============================================================================

Folders are read recursively in sorted order without dot-files, globs are expanded, ``-`` is
standard input, and ``.gz``/``.bz2``/``.xz`` files of any format are decompressed.

Conventions other stages rely on:

* ``Problem.origin`` and ``Article.origin`` are ``path`` for one-article files and ``path:N``
  for records (N = line for JSONL/CSV, entry number for feeds and JSON arrays, record number
  for WARC).
* A Problem that comes right before an Article **with the same origin** is a warning about that
  article (``input.malformed`` for a date that is not a date, ``input.too_large`` when the text
  was cut, ``input.encoding`` when the encoding was guessed). Any other Problem stands for a
  record that yielded nothing. :func:`with_warnings` pairs them up.
* Article ids: a record's own ``id`` field as written, else :func:`article_id` of text and URL.
* Dates: the input's own date (seed header, record column, page metadata, feed entry), else
  ``date``, else a date in the path, else ``None``. A date that cannot be read is a warning.
* When a title is known, ``Article.text`` starts with it and a newline, as in the seed format
  (``title_in_text=False`` keeps the body alone); plain text is never changed, and a headline-like
  first line only becomes its ``title``.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Iterable, Iterator, Mapping

from ..schema import Article, Problem
from .dates import date_from_path, parse_date
from .fields import FIELDS, FieldLookup, check_columns, parse_column_map
from .files import FORMATS, Options, count_records, detect, expand, read_one
from .html import fragment_text
from .text import DEFAULT_MAX_BYTES, article_id, clean_text, decode, parse_text


def read_paths(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    date: dt.date | None = None,
    columns: Mapping[str, str] | None = None,
    **options: object,
) -> Iterator[Article | Problem]:
    """Every article of ``paths`` (files, folders, globs, ``-``), in order, with Problems in place.

    ``options`` are the fields of :class:`~tidings.ingest.files.Options`: ``format``,
    ``encoding``, ``max_bytes`` (default 5 MB per record), ``title_in_text``, ``include_hidden``.
    A misspelt option or an unknown column field raises at once (TypeError / ValueError): that
    is a caller's mistake, not bad input.
    """
    unknown = sorted(set(options) - {f for f in Options.__dataclass_fields__ if f not in ("date", "columns")})
    if unknown:
        raise TypeError(f"read_paths() got unknown option(s): {', '.join(unknown)}")
    fmt = options.get("format")
    if fmt is not None and fmt not in FORMATS:
        raise ValueError(f"format {fmt!r} is not one of {', '.join(FORMATS)}")
    opts = Options(date=date, columns=check_columns(columns), **options)  # type: ignore[arg-type]
    if opts.max_bytes < 1:
        raise ValueError("max_bytes must be positive")
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    lookup = FieldLookup(opts.columns)
    return _read(paths, opts, lookup)


def _read(paths: Iterable[str | os.PathLike[str]], opts: Options, lookup: FieldLookup) -> Iterator[Article | Problem]:
    for item in expand(paths, opts.include_hidden):
        if isinstance(item, Problem):
            yield item
        else:
            yield from read_one(item, opts, lookup)


def with_warnings(items: Iterable[Article | Problem]) -> Iterator[tuple[Article | None, tuple[Problem, ...]]]:
    """Pair each Article with the warnings just before it; a lone Problem comes as ``(None, (p,))``."""
    held: list[Problem] = []  # problems of one origin, waiting to see whether an article follows
    for item in items:
        if isinstance(item, Problem):
            if held and held[-1].origin != item.origin:
                # a warning comes right before its article: these ones have none (released at
                # once, so a file of a million bad lines is never held in memory)
                for p in held:
                    yield None, (p,)
                held = []
            held.append(item)
            continue
        mine = [p for p in held if p.origin == item.origin]
        for p in held:
            if p.origin != item.origin:
                yield None, (p,)
        held = []
        yield item, tuple(mine)
    for p in held:
        yield None, (p,)


__all__ = sorted([
    "article_id", "parse_text", "read_paths", "with_warnings", "parse_column_map", "parse_date", "date_from_path",
    "Options", "FORMATS", "FIELDS", "DEFAULT_MAX_BYTES", "detect", "decode", "clean_text", "fragment_text",
    "count_records",
])
