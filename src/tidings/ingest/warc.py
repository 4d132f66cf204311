"""WARC crawls: every successful HTML response becomes an article through the HTML reader.

Requests, metadata, redirects, errors and non-HTML responses are not articles and are passed
over without a Problem (a crawl is mostly those). The URL comes from the record's
``WARC-Target-URI``. The crawl date (``WARC-Date``) is not used as the article date: a page can
be crawled years after it was published, and a wrong anchor silently misplaces every relative
date, while a missing one is recorded as ``input.no_date``.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import sys
from typing import Any, BinaryIO, Iterator

from ..schema import Article, Problem
from .html import html_charset, read_html
from .text import DEFAULT_MAX_BYTES, decode, problem

HTML_TYPES = ("text/html", "application/xhtml+xml")

# warcio logs its doubts about a record (a URI with spaces); a library must not print them to stderr
logging.getLogger("warcio").addHandler(logging.NullHandler())
logging.getLogger("warcio").propagate = False


def looks_like_warc(head: bytes) -> bool:
    return head.lstrip()[:6] == b"WARC/1" or head.lstrip()[:6] == b"WARC/0"


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'").lower()
    return None


_NEXT_RECORD = re.compile(rb"\r?\n\r?\nWARC/[01]\.\d+\r?\n")


def _iterator(stream: BinaryIO):  # type: ignore[no-untyped-def]
    """warcio's record iterator, made quiet: it writes its doubts about a record's length to
    stderr, where a library must not; they are counted (``err_count``) and become problems."""
    from warcio.archiveiterator import ArchiveIterator

    class Quiet(ArchiveIterator):  # type: ignore[misc]
        member_cut = False  # the last gzip member ended before its end

        def _consume_blanklines(self):  # type: ignore[no-untyped-def]
            saved, sys.stderr = sys.stderr, io.StringIO()
            try:
                return super()._consume_blanklines()
            finally:
                sys.stderr = saved

        def close(self) -> None:
            decompressor = getattr(self.reader, "decompressor", None)
            self.member_cut = decompressor is not None and getattr(decompressor, "eof", True) is False
            super().close()

    return Quiet(stream, no_record_parse=False, arc2warc=True)


class _Counted:
    """A stream that counts the bytes read from it (and says so as its position)."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.count += len(data)
        return data

    def tell(self) -> int:
        return self.count


def read_warc(
    stream: BinaryIO,
    *,
    origin: str,
    date: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    title_in_text: bool = True,
) -> Iterator[Article | Problem]:
    """The HTML responses of a (possibly gzipped) WARC stream; origin ``path:N`` for record N.

    A record shorter than its ``Content-Length`` (a cut-off file), one that runs into the next
    record (a ``Content-Length`` too long) or one not followed by the blank lines a record ends
    with (too short) is recorded as a problem, before the article made of what it holds.
    A crawl that yields neither an article nor a problem (no HTML response in it at all) is
    recorded as ``input.empty``, so no input passes without a trace.
    """
    yielded = False
    for item in _records(stream, origin=origin, date=date, max_bytes=max_bytes, title_in_text=title_in_text):
        yielded = True
        yield item
    if not yielded:
        yield problem("input.empty", f"{origin}: a WARC file with no successful HTML response in it", origin)


def _records(
    stream: BinaryIO, *, origin: str, date: dt.date | None, max_bytes: int, title_in_text: bool
) -> Iterator[Article | Problem]:
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    last_cut = False
    counted = _Counted(stream)
    try:
        records = _iterator(counted)
        for record in records:
            n += 1
            where = f"{origin}:{n}"
            wanted = _is_page(record)
            body = b""
            if wanted:
                try:
                    body = record.content_stream().read(4 * max_bytes + 1)
                except Exception as exc:  # noqa: BLE001 - broken chunking or compression of one record
                    yield problem("input.malformed", f"{where}: cannot read the response body ({exc})", where)
                    wanted = False
            errors = records.err_count
            records.read_to_end()  # the rest of the record, so its end can be checked before it is used
            warnings = list(_record_problems(record, records.err_count > errors, where))
            last_cut = bool(warnings)
            if not wanted:
                yield from warnings
                continue
            m = _NEXT_RECORD.search(body)
            if m:
                body = body[: m.start()]
                warnings.append(problem("input.malformed", f"{where}: the record runs into the next one (its "
                                        "Content-Length is too long); cut where the next begins", where))
            if len(body) > 4 * max_bytes:
                body = body[: 4 * max_bytes]
                warnings.append(problem("input.too_large", f"{where}: a response longer than {4 * max_bytes:,} "
                                        "bytes; only the first part was read", where))
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            decoded = decode(body, _charset(content_type) or html_charset(body))
            url = record.rec_headers.get_header("WARC-Target-URI")
            items = read_html(decoded.text, origin=where, url=url, date=date, max_bytes=max_bytes,
                              title_in_text=title_in_text)
            yield from warnings
            yield from items
        if records.member_cut and not last_cut:
            yield problem("input.malformed", f"{origin}:{n + 1}: the compressed record breaks off (a cut-off "
                          ".warc.gz); what came before was read", f"{origin}:{n + 1}")
        elif counted.count > records.offset + 4:  # more than the blank lines after the last record
            yield problem("input.malformed", f"{origin}:{n + 1}: the file ends inside a record "
                          f"({counted.count - records.offset:,} bytes after the last whole one)", f"{origin}:{n + 1}")
    except ArchiveLoadFailed as exc:
        yield problem("input.malformed", f"{origin}:{n + 1}: not a readable WARC record ({exc})", f"{origin}:{n + 1}")
    except Exception as exc:  # noqa: BLE001 - truncated gzip members, bad headers deep in warcio
        yield problem("input.malformed", f"{origin}:{n + 1}: the WARC stream breaks off ({exc})", f"{origin}:{n + 1}")


def _is_page(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = (record.http_headers.get_statuscode() or "").strip()
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return status == "200" and content_type.startswith(HTML_TYPES)


def _record_problems(record: Any, bad_end: bool, where: str) -> Iterator[Problem]:
    missing = getattr(record.raw_stream, "limit", 0)
    if isinstance(missing, int) and missing > 0:
        yield problem("input.malformed", f"{where}: the record breaks off ({missing:,} of its "
                      f"{record.length or 0:,} bytes are missing); what it holds was read", where)
    elif bad_end:
        yield problem("input.malformed", f"{where}: the record does not end where its Content-Length says "
                      "(too short?); what it holds was read", where)


__all__ = sorted(["read_warc", "looks_like_warc", "HTML_TYPES"])
