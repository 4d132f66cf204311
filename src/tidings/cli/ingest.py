"""``tidings ingest``: code files, folders or stdin and store the results in the database.

Runs are resumable: articles already in the database are skipped before coding, so after a
crash or Ctrl-C the same command carries on where it stopped. ``--components`` (or the
environment variable ``TIDINGS_COMPONENTS``) picks the pipeline's components, comma-separated;
``none`` runs no component at all on a tokenizer-only pipeline, which stores the articles
without records - fast, for loading a corpus first or for testing the store itself.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

import click

from ..crossdoc import CopyFinder, merge_after_ingest
from ..errors import TidingsError
from ..ingest import FORMATS, count_records, read_paths
from ..parallel import ParallelPipeline
from ..pipeline import Pipeline
from ..registry import Component, Registry
from ..schema import ArticleResult
from ..store import IngestStats, ingest_items
from ._store import check_inputs, db_option, open_db
from .code import input_options, parse_date

NO_COMPONENTS = "none"
ENV_COMPONENTS = "TIDINGS_COMPONENTS"


def _nothing(doc: object, draft: ArticleResult, resources: object) -> ArticleResult:
    """The pipeline needs at least one component; this one adds nothing."""
    return draft


def build_pipeline(components: str | None) -> Pipeline:
    """The default pipeline, the named components, or (``none``) a tokenizer-only one that codes nothing."""
    if components is None or not components.strip():
        return Pipeline(errors="record")
    names = [c.strip() for c in components.split(",") if c.strip()]
    if names == [NO_COMPONENTS]:
        from ..nlp import blank

        registry = Registry()
        registry.add(Component("store_only", 1, _nothing, (), (), "stores the article without coding it"))
        return Pipeline(["store_only"], errors="record", registry=registry, nlp=blank())
    return Pipeline(names, errors="record")


class Progress:
    """A one-line live display on a terminal; a plain log line every few seconds otherwise."""

    def __init__(self, stream: object, every_s: float = 5.0, total: int | None = None) -> None:
        self.stream = stream
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        self.every_s = every_s if not self.tty else 0.2
        self.last = 0.0
        self.total = total  # records in the input where that is known cheaply

    def line(self, s: IngestStats, now: float | None = None) -> str:
        """The progress line: counts and rate, with the share done and the time left when the total is known."""
        line = (f"{s.stored} stored ({s.rate:.1f} articles/s), {s.skipped} skipped, "
                f"{s.events} events, {s.quotes} quotes, {s.problems} problems")
        if not self.total:
            return line
        done = min(self.total, s.stored + s.skipped + s.duplicates + s.unreadable)
        elapsed = (time.monotonic() if now is None else now) - s.started
        left = (self.total - done) * elapsed / done if done and elapsed > 0 else None
        eta = f", about {int(left // 60)}:{int(left % 60):02d} left" if left is not None else ""
        return f"{done} of {self.total} ({100 * done / self.total:.0f}%{eta}): {line}"

    def __call__(self, s: IngestStats, *, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - self.last < self.every_s:
            return
        self.last = now
        line = self.line(s, now)
        if self.tty:
            click.echo(f"\r\x1b[K{line}", file=self.stream, nl=final)  # type: ignore[arg-type]
        elif not final:
            click.echo(f"ingest: {line}", file=self.stream)  # type: ignore[arg-type]


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--date", "date_", help="Article date (YYYY-MM-DD) where the input has none.")
@click.option("--recode", is_flag=True, help="Code articles that are already stored again and replace their rows.")
@click.option("--components", envvar=ENV_COMPONENTS, show_envvar=True,
              help="Comma-separated components to run (default: all); 'none' stores articles uncoded.")
@click.option("--durable", is_flag=True, help="fsync every commit (synchronous=FULL): survives power loss, slower.")
@click.option("-q", "--quiet", is_flag=True, help="No progress display.")
@click.option("--workers", type=click.IntRange(0), default=1, show_default=True,
              help="Processes that code (0: every core); this one stores their results.")
@click.option("--column", "columns", multiple=True, metavar="FIELD=NAME",
              help="Read FIELD (id, date, title, text, url, source) from column NAME of JSONL/CSV input.")
@click.option("--input-format", type=click.Choice(sorted(FORMATS)), help="Input format (default: detected).")
@click.option("--code-copies", is_flag=True,
              help="Code syndicated copies too (default: an article repeating a coded one is stored uncoded).")
def command(paths: tuple[str, ...], db_path: Path, date_: str | None, recode: bool, components: str | None,
            durable: bool, quiet: bool, workers: int, columns: tuple[str, ...], input_format: str | None,
            code_copies: bool) -> None:
    """Code PATHS (files, folders, globs or - for stdin) and store them in the database.

    Articles already stored are skipped (use --recode to code them again), so an interrupted
    run picks up where it stopped when started again. An article whose text repeats one already
    coded (the same wire copy on another site) is stored with its source and URL but not coded:
    it counts as a mention of that article's events (--code-copies codes it anyway).
    """
    check_inputs(paths)
    date = parse_date(date_)
    opts = input_options(columns, input_format)
    try:
        pipe = build_pipeline(components) if workers == 1 else ParallelPipeline.from_spec(workers, components)
    except TidingsError as exc:
        raise click.ClickException(str(exc)) from exc
    conn = open_db(db_path, create=True)
    if durable:
        conn.execute("PRAGMA synchronous=FULL")
    progress = Progress(sys.stderr, total=None if quiet else count_records(paths))
    stats = IngestStats()
    try:
        ingest_items(conn, read_paths(paths, date=date, **opts), pipe,  # type: ignore[arg-type]
                     recode=recode, stats=stats, on_progress=None if quiet else progress,
                     copies=None if code_copies else CopyFinder(conn))
        if note := merge_after_ingest(conn):  # new articles join the stored stories and merged events
            click.echo(note, err=True)
    except sqlite3.Error as exc:  # e.g. another writer held the lock past the busy timeout; stored articles stay
        raise click.ClickException(f"{db_path}: database error after {stats.stored} articles: {exc}; "
                                   "run the same command again to continue") from exc
    except KeyboardInterrupt:
        if not quiet:
            progress(stats, final=True)
        click.echo(f"interrupted; stored so far - {stats.summary()}", err=True)
        click.echo("run the same command again to continue", err=True)
        sys.exit(130)
    finally:
        conn.close()
        if isinstance(pipe, ParallelPipeline):
            pipe.close()
    if not quiet:
        progress(stats, final=True)
    click.echo(f"{db_path}: {stats.summary()}")


__all__ = ["ENV_COMPONENTS", "NO_COMPONENTS", "build_pipeline", "command"]
