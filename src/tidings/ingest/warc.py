"""WARC crawls: every successful HTML response becomes an article through the HTML reader.

Requests, metadata, redirects, errors and non-HTML responses are not articles and are passed
over without a Problem (a crawl is mostly those). The URL comes from the record's
``WARC-Target-URI``. The crawl date (``WARC-Date``) is not used as the article date: a page can
be crawled years after it was published, and a wrong anchor silently misplaces every relative
date, while a missing one is recorded as ``input.no_date``.
"""

from __future__ import annotations

import datetime as dt
from typing import BinaryIO, Iterator

from ..schema import Article, Problem
from .html import html_charset, read_html
from .text import DEFAULT_MAX_BYTES, decode, problem

HTML_TYPES = ("text/html", "application/xhtml+xml")


def looks_like_warc(head: bytes) -> bool:
    return head.lstrip()[:6] == b"WARC/1" or head.lstrip()[:6] == b"WARC/0"


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'").lower()
    return None


def read_warc(
    stream: BinaryIO,
    *,
    origin: str,
    date: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    title_in_text: bool = True,
) -> Iterator[Article | Problem]:
    """The HTML responses of a (possibly gzipped) WARC stream; origin ``path:N`` for record N."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    try:
        for record in ArchiveIterator(stream, no_record_parse=False, arc2warc=True):
            n += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            status = (record.http_headers.get_statuscode() or "").strip()
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            if status != "200" or not content_type.startswith(HTML_TYPES):
                continue
            where = f"{origin}:{n}"
            url = record.rec_headers.get_header("WARC-Target-URI")
            try:
                body = record.content_stream().read()
            except Exception as exc:  # noqa: BLE001 - broken chunking or compression of one record
                yield problem("input.malformed", f"{where}: cannot read the response body ({exc})", where)
                continue
            if len(body) > 4 * max_bytes:
                body = body[: 4 * max_bytes]
            decoded = decode(body, _charset(content_type) or html_charset(body))
            yield from read_html(decoded.text, origin=where, url=url, date=date, max_bytes=max_bytes,
                                 title_in_text=title_in_text)
    except ArchiveLoadFailed as exc:
        yield problem("input.malformed", f"{origin}:{n + 1}: not a readable WARC record ({exc})", f"{origin}:{n + 1}")
    except Exception as exc:  # noqa: BLE001 - truncated gzip members, bad headers deep in warcio
        yield problem("input.malformed", f"{origin}:{n + 1}: the WARC stream breaks off ({exc})", f"{origin}:{n + 1}")


__all__ = sorted(["read_warc", "looks_like_warc", "HTML_TYPES"])
