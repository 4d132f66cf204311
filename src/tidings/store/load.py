"""Coding a stream of articles into the store, resumably.

Articles already stored are recognised by id *before* they reach the pipeline, so running
an interrupted ingest again skips straight to the first article it had not stored (the
ids are content hashes, so an unchanged article has the same id). Each coded article is
committed on its own: a kill loses at most the articles that were being coded, never a
stored one. The CLI, and later the API, call :func:`ingest_items`.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import time
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Protocol

from ..ingest import with_warnings
from ..schema import Article, ArticleResult, Problem
from .write import stored_ids, write_copy, write_problem, write_result

SEEN_WINDOW = 100_000


class Coder(Protocol):
    """What the loader needs of a pipeline (``tidings.pipeline.Pipeline`` is one)."""

    def code_many(self, articles: Iterable[Article], batch_size: int = ...) -> Iterator[ArticleResult]: ...


@dataclass(frozen=True)
class Copy:
    """An article found to be a near-duplicate of a coded one: stored, not coded."""

    original: str
    similarity: float
    reason: str


class CopyFinder(Protocol):
    """What the loader needs to keep syndicated copies from being coded (``tidings.crossdoc.CopyFinder``).

    ``copy_of`` is asked once per article about to be coded, in input order: a :class:`Copy` when
    the article repeats one stored or about to be coded, else None (the article is then remembered
    as coded, so its own later copies are found)."""

    def copy_of(self, article: Article) -> Copy | None: ...


@dataclass
class IngestStats:
    """Running counts of one ingest, updated as it goes (the progress display reads them)."""

    new: int = 0
    recoded: int = 0
    skipped: int = 0
    duplicates: int = 0
    copies: int = 0  # of those stored: syndicated copies stored without coding
    unreadable: int = 0
    events: int = 0
    quotes: int = 0
    actors: int = 0
    problems: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def stored(self) -> int:
        return self.new + self.recoded

    @property
    def rate(self) -> float:
        """Articles stored per second so far."""
        elapsed = time.monotonic() - self.started
        return self.stored / elapsed if elapsed > 0 else 0.0

    def summary(self) -> str:
        parts = [f"articles: {self.new} new"]
        if self.recoded:
            parts.append(f"{self.recoded} recoded")
        parts.append(f"{self.skipped} already stored")
        if self.duplicates:
            parts.append(f"{self.duplicates} duplicate in input")
        if self.copies:
            parts.append(f"of the new and recoded, {self.copies} copies of coded articles, not coded")
        return (", ".join(parts) + f"; events {self.events}, quotes {self.quotes}, actors {self.actors}; "
                f"problems {self.problems} ({self.unreadable} unreadable records)")


Copies = list[tuple[Article, Copy, tuple[Problem, ...]]]


def _to_code(conn: sqlite3.Connection, items: Iterable[Article | Problem], stats: IngestStats, recode: bool,
             warnings: deque[tuple[Problem, ...]], copies: CopyFinder | None = None, chunk: int = 16,
             patience: int = 256) -> Iterator[tuple[list[Article], Copies]]:
    """The articles that need coding, in input order and in small lists; unreadable records are
    stored on the way.

    A list goes out once it holds ``chunk`` articles or ``patience`` input items went by since the
    last one (duplicates, stored articles, problems): an input of a million repeats of one line
    still stores its first article at once, instead of after the whole input was read. A warning
    the reader gave about an article (a bad date, a cut text) is queued in ``warnings``, in step
    with the articles, to be stored with the article's result. With a ``copies`` finder, articles that
    repeat a coded one go out beside the list, to be stored uncoded once the list is stored.
    """
    seen: OrderedDict[str, None] = OrderedDict()  # recent ids only: memory stays flat on huge inputs
    pending: list[tuple[Article, tuple[Problem, ...]]] = []
    waited = 0

    def flush() -> Iterator[tuple[list[Article], Copies]]:
        known = set() if recode else stored_ids(conn, [a.id for a, _ in pending])
        out: list[Article] = []
        repeats: Copies = []
        for a, warns in pending:
            if a.id in known:
                stats.skipped += 1
            elif copies is not None and (found := copies.copy_of(a)) is not None:
                repeats.append((a, found, warns))
            else:
                warnings.append(warns)
                out.append(a)
        pending.clear()
        if out or repeats:
            yield out, repeats

    for article, problems in with_warnings(items):
        waited += 1
        if article is None:
            for p in problems:
                write_problem(conn, p)
            stats.unreadable += len(problems)
            stats.problems += len(problems)
        elif article.id in seen:
            stats.duplicates += 1
        else:
            seen[article.id] = None
            if len(seen) > SEEN_WINDOW:  # older repeats are caught by the stored-id check instead
                seen.popitem(last=False)
            pending.append((article, problems))
        if len(pending) >= chunk or (pending and waited >= patience):
            yield from flush()
            waited = 0
    yield from flush()


def ingest_items(
    conn: sqlite3.Connection,
    items: Iterable[Article | Problem],
    coder: Coder,
    *,
    recode: bool = False,
    on_progress: Callable[[IngestStats], None] | None = None,
    stats: IngestStats | None = None,
    copies: CopyFinder | None = None,
) -> IngestStats:
    """Code and store ``items`` (from :func:`tidings.ingest.read_paths`); return the counts.

    Without ``recode``, articles already stored are skipped unread by the pipeline; with it,
    they are coded again and their rows replaced atomically. Pass ``stats`` to keep the counts
    of an ingest that is interrupted (KeyboardInterrupt leaves every stored article intact).
    With ``copies``, an article that repeats a coded one (a syndicated copy) is stored without
    coding, after the article it repeats.
    """
    stats = stats if stats is not None else IngestStats()
    warnings: deque[tuple[Problem, ...]] = deque()
    chunk = getattr(coder, "batch_size", 16)  # a coder with workers asks for longer lists: fewer waits between two
    for articles, repeats in _to_code(conn, items, stats, recode, warnings, copies, chunk=chunk):
        if articles:
            for result in coder.code_many(articles, batch_size=len(articles)):
                store_result(conn, result, warnings.popleft() if warnings else (), recode, stats)
                if on_progress is not None:
                    on_progress(stats)
        for article, found, warns in repeats:  # their originals are stored by now
            was_stored = recode and bool(stored_ids(conn, [article.id]))
            write_copy(conn, article, found.original, similarity=found.similarity, reason=found.reason,
                       problems=warns)
            stats.copies += 1
            if was_stored:
                stats.recoded += 1
            else:
                stats.new += 1
            stats.problems += len(warns)
        if repeats and on_progress is not None:
            on_progress(stats)
    return stats


def store_result(conn: sqlite3.Connection, result: ArticleResult, warns: tuple[Problem, ...], recode: bool,
           stats: IngestStats) -> None:
    """Write one coded article (its reader warnings first among its problems) and count it."""
    if warns:
        result = dataclasses.replace(result, problems=warns + result.problems)
    was_stored = recode and bool(stored_ids(conn, [result.article.id]))
    write_result(conn, result)
    if was_stored:
        stats.recoded += 1
    else:
        stats.new += 1
    stats.events += len(result.events)
    stats.quotes += len(result.quotes)
    stats.actors += len(result.actors)
    stats.problems += len(result.problems)


__all__ = ["Coder", "Copy", "CopyFinder", "IngestStats", "ingest_items", "store_result"]
