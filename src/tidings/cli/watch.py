"""``tidings watch``: poll RSS/Atom feeds and code and store each new article as it appears.

The watcher's memory (each feed's ETag / Last-Modified, every entry already stored) is a JSON
file beside the database (``--state``, default ``DB.watch.json``); a watcher started again
fetches nothing it had already stored. After Ctrl-C at any moment every stored article is
whole (one being written is rolled back), and so is the state file.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..crossdoc import merge_after_ingest
from ..errors import TidingsError
from ..scale.partition import build_pipeline, warm_up
from ..watch import HOST_DELAY_S, TIMEOUT_S, Fetcher, PollStats, WatchState, Watcher, parse_every, state_path
from ._store import db_option, open_db


def _every(ctx: click.Context, param: click.Parameter, value: str) -> float:
    try:
        return parse_every(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@click.command("watch")
@click.argument("feeds", nargs=-1, required=True, metavar="FEED_URL...")
@db_option
@click.option("--every", default="15m", show_default=True, callback=_every, help="Time between polls: 30s, 15m, 1h.")
@click.option("--once", is_flag=True, help="Poll each feed once and stop.")
@click.option("--state", "state_file", type=click.Path(dir_okay=False, path_type=Path),
              help="The watcher's state file (default: DB.watch.json).")
@click.option("--delay", type=click.FloatRange(0), default=HOST_DELAY_S, show_default=True,
              help="Seconds between two requests to the same host.")
@click.option("--timeout", type=click.FloatRange(1), default=TIMEOUT_S, show_default=True,
              help="Seconds to wait for a server.")
@click.option("--feed-text-only", is_flag=True, help="Code the text the feed gives; fetch no article pages.")
@click.option("--components", help="Comma-separated components to run (default: all); 'none' stores uncoded.")
def command(feeds: tuple[str, ...], db_path: Path, every: float, once: bool, state_file: Path | None, delay: float,
            timeout: float, feed_text_only: bool, components: str | None) -> None:
    """Poll FEED_URLs (RSS or Atom), fetch new articles politely, and code and store them."""
    names = [c.strip() for c in components.split(",") if c.strip()] if components else None
    try:
        pipe = build_pipeline(names)
        warm_up(pipe)  # load the model and resources before the first request, not in the middle of a poll
    except TidingsError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        state = WatchState.open(state_file or state_path(db_path))
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    conn = open_db(db_path, create=True)
    watcher = Watcher(conn, pipe, feeds, state, Fetcher(delay=delay, timeout=timeout), fetch_pages=not feed_text_only)

    def report(stats: PollStats) -> None:
        if stats.ingest.stored and (note := merge_after_ingest(conn)):  # new articles join stories, as after ingest
            click.echo(note, err=True)
        click.echo(f"watch: {stats.summary()}", err=True)

    try:
        if once:
            report(watcher.poll())
        else:
            click.echo(f"watching {len(feeds)} feed(s) every {every:g} s; Ctrl-C to stop", err=True)
            watcher.run(every, on_poll=report)
    except KeyboardInterrupt:
        click.echo("stopped; every stored article is complete - run the same command to carry on", err=True)
        sys.exit(130)
    finally:
        conn.close()


__all__ = ["command"]
