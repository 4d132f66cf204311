"""CSV and TSV records: a header row, then one article per row (fields as :mod:`.fields` maps them).

Decisions that users see:

* A row's origin is ``path:line`` of its first physical line; lines end in ``\\n``, ``\\r\\n`` or
  a lone ``\\r``.
* A row the CSV reader rejects, a row wider than the header, or a line longer than four times
  ``max_bytes`` gives one Problem and the reader goes on with the next row.
* A quote that is never closed spoils its own row, not the rows after it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import BinaryIO, Iterator

from ..schema import Article, Problem
from .fields import FieldLookup, record_to_article
from .text import DEFAULT_MAX_BYTES, problem


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


__all__ = sorted(["read_csv", "sniff_delimiter"])
