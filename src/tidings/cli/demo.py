"""``tidings demo``: code the example articles into the database and show what came out.

``make demo`` runs this. It reads ``examples/`` (fictional articles written for the
project) and, where it exists, ``../shared/examples/``; stores them (a second run skips what
is stored); prints each coded article as a table, the store's summary and a sample query.
"""

from __future__ import annotations

from pathlib import Path

import click

from .. import query
from ..extract.events.confidence import confident, default_threshold
from ..ingest import read_paths
from ..schema import Article
from ..store import IngestStats, ingest_items
from ._store import db_option, open_db
from .code import table
from .ingest import build_pipeline

DEFAULT_SOURCES = ("../shared/examples", "examples")


def _inputs(sources: tuple[str, ...]) -> list[str]:
    """Article files of the existing source folders (reference files such as *.gold.json are not articles)."""
    out: list[str] = []
    for src in sources:
        folder = Path(src)
        if not folder.is_dir():
            continue
        out += [str(p) for p in sorted(folder.iterdir())
                if p.is_file() and not p.name.startswith(".") and not p.name.endswith(".gold.json")]
    return out


@click.command("demo")
@db_option
@click.option("--source", "sources", multiple=True, default=DEFAULT_SOURCES, show_default=True,
              help="Folders of articles to code (missing ones are skipped).")
@click.option("--show", default=3, show_default=True, help="How many coded articles to print in full.")
def command(db_path: Path, sources: tuple[str, ...], show: int) -> None:
    """Code the example articles into the database and show the result."""
    paths = _inputs(sources)
    if not paths:
        raise click.ClickException(f"no example articles found in {', '.join(sources)}")
    conn = open_db(db_path, create=True)
    try:
        stats = ingest_items(conn, read_paths(paths), build_pipeline(None), stats=IngestStats())
    finally:
        conn.close()
    click.echo(f"{db_path}: {stats.summary()}\n")
    # in input order, so the seed article (where present) leads; read back from the store
    ids = [a.id for a in read_paths(paths) if isinstance(a, Article)]
    floor = default_threshold()  # the default output; candidates below it stay in the store
    for article_id in list(dict.fromkeys(ids))[:show]:
        result = query.load_result(db_path, article_id)
        shown = confident(result, floor)
        hidden = len(result.events) - len(shown.events)
        note = f"\n({hidden} candidate events below confidence {floor:.2f}: tidings query --all)" if hidden else ""
        click.echo(table(shown) + note + "\n")
    s = query.summary(db_path)
    click.echo(f"stored: {s.articles} articles, {s.actors} actors, {s.quotes} quotes, {s.events} events, "
               f"{s.problems} problems ({s.first_date} .. {s.last_date})")
    click.echo("\nTry next:\n"
               f"  .venv/bin/tidings query --db {db_path} --event REJECT --all\n"
               f"  .venv/bin/tidings quotes --db {db_path} --text sailors\n"
               f"  .venv/bin/tidings export --db {db_path} --format plover --out events.plover.jsonl --all\n"
               f"  .venv/bin/tidings code ../shared/examples/seed-2025-09-05.txt --format jsonl")
