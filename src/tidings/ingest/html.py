"""HTML pages to articles: trafilatura finds the main text, the title and the date.

Navigation, comments and boilerplate are left out by trafilatura. When it finds nothing (a very
short page, or markup too broken for it) a plain walk over the page's text salvages what it
can; only a page with no text at all becomes a Problem. :func:`fragment_text` turns the small
HTML fragments of feed entries into text without the main-text machinery, which would throw
away a two-sentence summary as boilerplate.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from html.parser import HTMLParser
from typing import Any

from ..schema import Article, Problem
from .dates import parse_date
from .text import DEFAULT_MAX_BYTES, clean_line, clean_text, finish, join_title, problem

# trafilatura, htmldate and courlan log their doubts; a library must not print them to stderr.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False

_BLOCK = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header "
    "hr li main nav ol p pre section table td th tr ul".split()
)
_SKIP = frozenset("script style noscript template head svg iframe object".split())
_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3})\b""", re.IGNORECASE)
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
MAIN_TEXT_LIMIT = 3_000_000  # characters of markup given to trafilatura; a larger page is walked instead


class _TextWalker(HTMLParser):
    """Collects the visible text of markup with a newline at every block boundary."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if not self.skip:
            self.parts.append(data)


def _walk(markup: str) -> _TextWalker:
    walker = _TextWalker()
    try:
        walker.feed(markup)
        walker.close()
    except (AssertionError, ValueError):  # html.parser gives up on some malformed declarations
        pass
    return walker


def fragment_text(markup: str) -> str:
    """The text of an HTML fragment: one paragraph a line, whitespace collapsed within lines."""
    if "<" not in markup and "&" not in markup:
        return clean_text(markup)
    raw = "".join(_walk(markup).parts)
    lines = (" ".join(line.split()) for line in raw.split("\n"))
    return clean_text("\n".join(line for line in lines if line))


def _extract(markup: str, url: str | None) -> Any:
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            markup, url=url, with_metadata=True, include_comments=False, include_tables=False,
            deduplicate=False, date_extraction_params=_DATE_PARAMS,
        )
    except Exception:  # noqa: BLE001 - trafilatura/lxml raise many types on hostile markup
        return None


def read_html(
    markup: str,
    *,
    origin: str | None,
    url: str | None = None,
    date: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    title_in_text: bool = True,
) -> list[Article | Problem]:
    """One HTML page as ``[warnings..., Article]`` or ``[Problem]``.

    The page's own date (metadata, or the URL) wins over ``date``, which is the fallback.
    """
    notes: list[Problem] = []
    if len(markup) > MAIN_TEXT_LIMIT:
        # trafilatura's time grows faster than the page (13 s at 4 MB, minutes at 20 MB): past the
        # limit every visible text is kept instead, in linear time
        doc = None
        notes.append(problem("input.too_large", f"{origin}: a page of {len(markup):,} characters (over "
                             f"{MAIN_TEXT_LIMIT:,}); main-text extraction skipped, all visible text kept", origin))
    else:
        doc = _extract(markup, url)
    title = body = None
    page_date: dt.date | None = None
    sitename = None
    if doc is not None:
        title = clean_line(getattr(doc, "title", None) or "") or None
        body = clean_text(getattr(doc, "text", None) or "")
        page_date = parse_date(getattr(doc, "date", None))
        sitename = clean_line(getattr(doc, "sitename", None) or "") or None
        url = url or getattr(doc, "url", None)
    if not body:
        walker = _walk(markup)
        title = title or clean_line("".join(walker.title)) or None
        body = fragment_text("".join(walker.parts)) if walker.parts else ""
    if not body and not title:
        return [problem("input.empty", f"{origin}: no text found in the HTML page", origin)]
    text = join_title(title, body) if title_in_text else (body or title or "")
    return notes + finish(text, origin=origin, max_bytes=max_bytes, date=page_date or date, title=title, url=url,
                          source=sitename, language=page_language(markup))


def page_language(markup: str) -> str | None:
    """The primary language subtag of ``<html lang="...">`` (``en-GB`` -> ``en``), if declared."""
    m = _LANG.search(markup[:4096])
    return m.group(1).lower() if m else None


def html_charset(head: bytes) -> str | None:
    """The charset a page declares in its first bytes (``<meta charset=...>``), if any."""
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", head[:4096], re.IGNORECASE)
    return m.group(1).decode("ascii").lower() if m else None


__all__ = sorted(["MAIN_TEXT_LIMIT", "fragment_text", "read_html", "html_charset", "page_language"])
