"""RSS and Atom feeds: each entry becomes an article.

An entry's text is its full content where the feed carries it, else its summary: many feeds
only give a link and two sentences, and those two sentences are still worth coding (nothing is
fetched; ingest is offline). The date is read from the entry's own string, not from
feedparser's parsed form, which is converted to UTC and can move an evening story to the next
day.
"""

from __future__ import annotations

import datetime as dt
import io
import time
from typing import Any, Iterator

from ..schema import Article, Problem
from .dates import MAX_YEAR, MIN_YEAR, make_date, parse_date
from .html import fragment_text
from .text import DEFAULT_MAX_BYTES, clean_line, finish, join_title, problem

FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf", b"<channel")


def looks_like_feed(head: bytes) -> bool:
    """A document whose root element is an RSS, Atom or RDF feed."""
    low = head[:4096].lower()
    return any(root in low for root in FEED_ROOTS) and b"<html" not in low


def _entry_text(entry: Any) -> str:
    best = ""
    for content in entry.get("content") or ():
        value = fragment_text(str(content.get("value") or ""))
        if len(value) > len(best):
            best = value
    summary = fragment_text(str(entry.get("summary") or ""))
    return best if len(best) >= len(summary) else summary


def _entry_date(entry: Any) -> tuple[dt.date | None, str | None]:
    """The entry's date and, when it had one that could not be read, that raw string."""
    for key in ("published", "updated", "created", "dc_date"):
        raw = entry.get(key)
        if not raw:
            continue
        parsed = parse_date(str(raw))
        if parsed is not None:
            return parsed, None
        fallback = entry.get(f"{key}_parsed")
        if isinstance(fallback, time.struct_time):
            # feedparser reads more forms than parse_date, but its year is not checked: 0 or 9999 is no date
            made = make_date(fallback.tm_year, fallback.tm_mon, fallback.tm_mday)
            if made is not None:
                return made, None
        return None, str(raw)
    return None, None


def read_feed(
    data: bytes,
    *,
    origin: str,
    date: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    title_in_text: bool = True,
) -> Iterator[Article | Problem]:
    """Every entry of the feed in ``data``, in feed order; origin ``path:N`` for the N-th entry."""
    import feedparser

    try:
        # a stream, never bytes or str: feedparser would take a short one for a file name or URL
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    except Exception as exc:  # noqa: BLE001 - feedparser can raise from deep in its parsers
        yield problem("input.malformed", f"{origin}: not a readable feed ({exc})", origin)
        return
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            yield problem("input.malformed", f"{origin}: not a readable feed ({parsed.get('bozo_exception')})",
                          origin)
        else:
            yield problem("input.empty", f"{origin}: the feed has no entries", origin)
        return
    source = clean_line(str(parsed.get("feed", {}).get("title") or "")) or None
    language = str(parsed.get("feed", {}).get("language") or "").strip().split("-")[0].lower()[:3] or None
    for n, entry in enumerate(entries, start=1):
        where = f"{origin}:{n}"
        title = clean_line(str(entry.get("title") or "")) or None
        body = _entry_text(entry)
        link = str(entry.get("link") or "").strip() or None
        entry_date, bad = _entry_date(entry)
        if bad is not None:
            yield problem("input.malformed", f"{where}: entry date {bad[:60]!r} is not a date "
                          f"(or not in the years {MIN_YEAR}-{MAX_YEAR})", where)
        if not body and not title:
            yield problem("input.empty", f"{where}: the entry has neither title nor text", where)
            continue
        text = join_title(title, body) if title_in_text else (body or title or "")
        yield from finish(text, origin=where, max_bytes=max_bytes, date=entry_date or date, title=title,
                          url=link, source=source, language=language)


__all__ = sorted(["read_feed", "looks_like_feed", "FEED_ROOTS"])
