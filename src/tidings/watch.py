"""Live feeds: poll RSS/Atom feeds, fetch each new article once, code it and store it.

A poll asks each feed with a conditional request (``If-None-Match`` / ``If-Modified-Since``
from the last answer), so an unchanged feed costs one short reply. Each entry not seen before
is fetched politely (:class:`Fetcher`: a user agent naming tidings, timeouts, a delay between
requests to the same host, robots.txt obeyed), its main text extracted by trafilatura
(:func:`tidings.ingest.html.read_html`), then coded and stored through the store's loader, one
article per transaction. An entry whose page cannot be fetched (unreachable, refused by
robots.txt, not HTML) is coded from the text the feed gives, with a problem saying why.

The state (each feed's validators, every entry URL already handled) is a JSON side file next
to the database, replaced atomically after each article: a watcher stopped at any point (Ctrl-C,
a kill) and started again fetches nothing it had already stored. A feed that cannot be fetched
or read is a recorded problem (``watch.unreachable``, ``input.malformed``) and the others go on.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import re
import sqlite3
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path
from typing import Callable, Iterable

from .ingest.feeds import read_feed
from .ingest.html import read_html
from .schema import Article, Problem
from .store.load import Coder, IngestStats, ingest_items
from .store.write import write_problem

USER_AGENT = "tidings/0.1 (news event coder; +https://github.com/openeventdata/PLOVER)"
TIMEOUT_S = 20.0
HOST_DELAY_S = 2.0
MAX_BYTES = 5_000_000
COMPONENT = "tidings.watch"
_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)


def parse_every(text: str) -> float:
    """``15m``, ``30s``, ``1h``, ``1d`` or a plain number of seconds, as seconds (at least one)."""
    m = _EVERY.match(text or "")
    if not m:
        raise ValueError(f"{text!r} is not a duration like 30s, 15m, 1h or 1d")
    seconds = float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2).lower()]
    if seconds < 1:
        raise ValueError(f"{text!r} is shorter than one second")
    return seconds


@dataclass(frozen=True)
class Response:
    status: int  # 200, or 304 (not modified)
    body: bytes
    headers: dict[str, str]
    url: str


class FetchError(Exception):
    """A URL that could not be fetched: the message says why, for the problem to record."""


class Fetcher:
    """Polite HTTP GETs: a user agent naming tidings, timeouts, a pause between requests to one
    host, robots.txt obeyed, bodies capped at ``max_bytes``."""

    def __init__(self, *, user_agent: str = USER_AGENT, timeout: float = TIMEOUT_S, delay: float = HOST_DELAY_S,
                 max_bytes: int = MAX_BYTES, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], object] = time.sleep) -> None:
        self.user_agent, self.timeout, self.delay, self.max_bytes = user_agent, timeout, delay, max_bytes
        self.clock, self.sleep = clock, sleep
        self._last: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}

    def wait_for(self, host: str) -> None:
        """Sleep until ``delay`` seconds have passed since the last request to ``host``."""
        if host in self._last:
            left = self._last[host] + self.delay - self.clock()
            if left > 0:
                self.sleep(left)
        self._last[host] = self.clock()

    def allowed(self, url: str) -> bool:
        """Whether the site's robots.txt lets our user agent fetch ``url`` (no robots.txt: yes)."""
        parts = urllib.parse.urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            rules: urllib.robotparser.RobotFileParser | None = None
            try:
                got = self._get(root + "/robots.txt", {})
                rules = urllib.robotparser.RobotFileParser()
                rules.parse(got.body.decode("utf-8", "replace").splitlines())
            except FetchError as exc:
                if "HTTP 401" in str(exc) or "HTTP 403" in str(exc):  # a site that hides its rules forbids all
                    rules = urllib.robotparser.RobotFileParser()
                    rules.disallow_all = True
            self._robots[root] = rules
        rules = self._robots[root]
        return rules is None or rules.can_fetch(self.user_agent, url)

    def get(self, url: str, headers: dict[str, str] | None = None, *, check_robots: bool = True) -> Response:
        if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
            raise FetchError(f"{url}: not an http(s) URL")
        if check_robots and not self.allowed(url):
            raise FetchError(f"{url}: robots.txt does not allow tidings to fetch it")
        return self._get(url, headers or {})

    def _get(self, url: str, headers: dict[str, str]) -> Response:
        self.wait_for(urllib.parse.urlsplit(url).netloc.lower())
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent, **headers})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as reply:  # noqa: S310 - http(s) checked
                body = reply.read(self.max_bytes + 1)
                if len(body) > self.max_bytes:
                    raise FetchError(f"{url}: larger than {self.max_bytes:,} bytes")
                return Response(reply.status, body, _headers(reply.headers), reply.geturl())
        except urllib.error.HTTPError as exc:
            if exc.code == 304:
                return Response(304, b"", _headers(exc.headers), url)
            raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}") from None
        except (urllib.error.URLError, OSError, ValueError) as exc:  # refused, DNS, timeout, bad URL
            reason = getattr(exc, "reason", exc)
            raise FetchError(f"{url}: unreachable ({reason})") from None


def _headers(message: Message | None) -> dict[str, str]:
    return {k.lower(): v for k, v in (message.items() if message is not None else [])}


@dataclass
class WatchState:
    """What a watcher remembers between polls and runs: feed validators and the entries handled."""

    path: Path
    feeds: dict[str, dict[str, str]] = field(default_factory=dict)
    seen: dict[str, str] = field(default_factory=dict)  # entry URL (or article id) -> when handled

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> "WatchState":
        p = Path(path)
        if not p.exists():
            return cls(p)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
            return cls(p, dict(data.get("feeds", {})), dict(data.get("seen", {})))
        except (ValueError, AttributeError) as exc:
            raise ValueError(f"{p}: not a tidings watch state file ({exc}); move it away to start afresh") from exc

    def save(self) -> None:
        """Write the state under a temporary name and rename it into place: never a half-written file."""
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"feeds": self.feeds, "seen": self.seen}, fh, ensure_ascii=False)
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def state_path(db_path: str | os.PathLike[str]) -> Path:
    """The state file beside a database: ``news.db`` -> ``news.db.watch.json``."""
    return Path(f"{db_path}.watch.json")


@dataclass
class PollStats:
    feeds: int = 0
    unchanged: int = 0
    failed: int = 0
    entries: int = 0
    fetched: int = 0
    ingest: IngestStats = field(default_factory=IngestStats)

    def summary(self) -> str:
        return (f"{self.feeds} feeds ({self.unchanged} unchanged, {self.failed} failed), {self.entries} new entries, "
                f"{self.fetched} pages fetched; {self.ingest.summary()}")


class Watcher:
    """Polls ``feeds`` into the store behind ``conn`` with ``coder``; see the module docstring."""

    def __init__(self, conn: sqlite3.Connection, coder: Coder, feeds: Iterable[str], state: WatchState,
                 fetcher: Fetcher | None = None, *, fetch_pages: bool = True) -> None:
        self.conn, self.coder, self.feeds, self.state = conn, coder, list(feeds), state
        self.fetcher = fetcher or Fetcher()
        self.fetch_pages = fetch_pages

    def poll(self) -> PollStats:
        """One pass over every feed; each new entry is stored before the next is fetched."""
        stats = PollStats()
        for url in self.feeds:
            stats.feeds += 1
            try:
                self._poll_feed(url, stats)
            except FetchError as exc:
                stats.failed += 1
                self._problem(Problem("watch.unreachable", str(exc), COMPONENT, url), stats)
        return stats

    def _poll_feed(self, url: str, stats: PollStats) -> None:
        known = self.state.feeds.get(url, {})
        headers = {h: known[k] for k, h in (("etag", "If-None-Match"), ("last_modified", "If-Modified-Since"))
                   if known.get(k)}
        reply = self.fetcher.get(url, headers)
        if reply.status == 304:
            stats.unchanged += 1
            return
        items = list(read_feed(reply.body, origin=url))
        if not any(isinstance(i, Article) for i in items):
            stats.failed += 1
        for item in _with_entry_warnings(items):
            if isinstance(item, Problem):
                self._problem(item, stats)
                continue
            article, warns = item
            key = article.url or article.id
            if key in self.state.seen:
                continue
            stats.entries += 1
            found = self._page(article, stats) if self.fetch_pages and article.url else [article]
            ingest_items(self.conn, [*warns, *found], self.coder, stats=stats.ingest)
            self.state.seen[key] = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
            self.state.save()
        # validators are kept only once every entry is stored: a crash mid-feed reads the feed again
        self.state.feeds[url] = {"etag": reply.headers.get("etag", ""),
                                 "last_modified": reply.headers.get("last-modified", "")}
        self.state.save()

    def _page(self, entry: Article, stats: PollStats) -> list[Article | Problem]:
        """The entry's page as an article; the feed's own text, with a problem, where it cannot be had."""
        url = entry.url or ""
        try:
            reply = self.fetcher.get(url)
            kind = reply.headers.get("content-type", "text/html").split(";")[0].strip().lower()
            if kind not in ("text/html", "application/xhtml+xml"):
                raise FetchError(f"{url}: not an HTML page ({kind})")
            stats.fetched += 1
            page = read_html(reply.body.decode(_charset(reply), "replace"), origin=url, url=url, date=entry.date)
        except FetchError as exc:
            return [Problem("watch.page_unavailable", f"{exc}; coded from the feed's text", COMPONENT, entry.origin),
                    entry]
        if not any(isinstance(p, Article) for p in page):
            return [*page, dataclasses.replace(entry)]
        # the page's article keeps the feed's date where the page shows none, and the entry's origin
        return [dataclasses.replace(p, origin=entry.origin, date=p.date or entry.date, source=p.source or entry.source)
                if isinstance(p, Article) else dataclasses.replace(p, origin=entry.origin) for p in page]

    def _problem(self, p: Problem, stats: PollStats) -> None:
        write_problem(self.conn, p)
        stats.ingest.problems += 1

    def run(self, every: float, stop: threading.Event | None = None,
            on_poll: Callable[[PollStats], None] | None = None) -> None:
        """Poll every ``every`` seconds until ``stop`` is set (or KeyboardInterrupt)."""
        stop = stop or threading.Event()
        while not stop.is_set():
            stats = self.poll()
            if on_poll is not None:
                on_poll(stats)
            stop.wait(every)


def _charset(reply: Response) -> str:
    m = re.search(r"charset=([\w-]+)", reply.headers.get("content-type", ""))
    if m:
        try:
            import codecs

            return codecs.lookup(m.group(1)).name
        except LookupError:
            pass
    return "utf-8"


def _with_entry_warnings(items: list[Article | Problem]) -> Iterable[Problem | tuple[Article, tuple[Problem, ...]]]:
    """Entries with the warnings about them (same origin, just before); other problems alone."""
    from .ingest import with_warnings

    for article, problems in with_warnings(items):
        if article is None:
            yield from problems
        else:
            yield article, problems


__all__ = ["COMPONENT", "FetchError", "Fetcher", "HOST_DELAY_S", "PollStats", "Response", "USER_AGENT",
           "WatchState", "Watcher", "parse_every", "state_path"]
