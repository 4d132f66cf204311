"""``tidings run --engine dask``: code a corpus on a Dask cluster into Parquet tables.

The output folder holds one sub-folder per table (``articles``, ``actors``, ``mentions``,
``quotes``, ``events``, ``participants`` as ``tidings export --format parquet`` writes them, plus
``results`` and ``unreadable``), one file per partition; ``tidings load`` stores it. Running the
same command again skips the partitions already written.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import TidingsError
from ..ingest import FORMATS, read_paths
from ..scale import PARTITION_SIZE, RunStats, connect_cluster, run
from ..scale.partition import NO_COMPONENTS
from ._store import check_inputs
from .code import input_options, parse_date


@click.command("run")
@click.argument("paths", nargs=-1, required=True)
@click.option("--engine", type=click.Choice(["dask"]), default="dask", show_default=True,
              help="Where to run: dask (a local or remote Dask cluster).")
@click.option("--scheduler", default="local", show_default=True, metavar="ADDRESS|local",
              help="A Dask scheduler address (tcp://host:8786), or 'local' for a cluster on this machine.")
@click.option("--workers", type=click.IntRange(1), default=None,
              help="Worker processes of a local cluster (default: all cores).")
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Output folder (shared storage every worker can write to).")
@click.option("--partition-size", type=click.IntRange(1), default=PARTITION_SIZE, show_default=True,
              help="Articles per task.")
@click.option("--components", help="Comma-separated components to run (default: all); 'none' stores articles uncoded.")
@click.option("--date", "date_", help="Article date (YYYY-MM-DD) where the input has none.")
@click.option("--column", "columns", multiple=True, metavar="FIELD=NAME",
              help="Read FIELD (id, date, title, text, url, source) from column NAME of JSONL/CSV input.")
@click.option("--input-format", type=click.Choice(sorted(FORMATS)), help="Input format (default: detected).")
@click.option("-q", "--quiet", is_flag=True, help="No progress lines.")
def command(paths: tuple[str, ...], engine: str, scheduler: str, workers: int | None, out: Path,
            partition_size: int, components: str | None, date_: str | None, columns: tuple[str, ...],
            input_format: str | None, quiet: bool) -> None:
    """Code PATHS on a Dask cluster and write Parquet tables to --out (then: tidings load OUT)."""
    check_inputs(paths)
    date = parse_date(date_)
    opts = input_options(columns, input_format)
    names = [c.strip() for c in components.split(",") if c.strip()] if components else None
    if names is not None and names != [NO_COMPONENTS]:
        from ..pipeline import Pipeline

        try:
            Pipeline(names, nlp=object())  # checks the names and their order here, not on every worker
        except TidingsError as exc:
            raise click.ClickException(str(exc)) from exc
    if out.exists() and not out.is_dir():
        raise click.ClickException(f"{out} is a file; --out takes a folder")

    def progress(s: RunStats) -> None:
        click.echo(f"run: {s.partitions} partitions, {s.articles} articles ({s.rate:.1f}/s)", err=True)

    stats = RunStats()
    try:
        with connect_cluster(scheduler, workers) as client:
            run(read_paths(paths, date=date, **opts), out, client, components=names,  # type: ignore[arg-type]
                partition_size=partition_size, stats=stats, on_progress=None if quiet else progress)
    except KeyboardInterrupt:
        click.echo(f"interrupted; written so far - {stats.summary()}", err=True)
        click.echo("run the same command again to continue", err=True)
        sys.exit(130)
    click.echo(f"{out}: {stats.summary()} (engine {engine})")
    click.echo(f"store it with: tidings load {out}", err=True)


__all__ = ["command"]
