"""``tidings code``: code files, folders or stdin without storing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import OrderedDict
from typing import Iterable

import click

from ..contract import to_contract
from ..extract.events.confidence import confident
from ..ingest import FORMATS, parse_column_map, read_paths, with_warnings
from ..parallel import ParallelPipeline
from ..pipeline import Pipeline
from ..schema import Article, ArticleResult, Problem
from ._store import check_inputs, threshold_option


def parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def problem_result(p: Problem) -> ArticleResult:
    """A record that could not be read still yields one output line, carrying its problem."""
    origin = p.origin or "unknown"
    return ArticleResult(article=Article(id=f"unreadable:{origin}", text="", origin=origin), problems=(p,))


def coded(pipe: Pipeline, items: Iterable[Article | Problem], duplicates: list[int] | None = None,
          window: int = 100_000) -> Iterable[ArticleResult]:
    """Code the articles in order; reader warnings join their article's problems, and an
    unreadable record still yields one result carrying its problem.

    An article whose id came up among the last ``window`` articles is a repeat and is coded once
    (``duplicates[0]`` counts the repeats left out). Results come out every 64 articles, or
    every 256 input items, so a huge input of repeats still prints its first result at once.
    """
    pending: list[tuple[Article, tuple[Problem, ...]]] = []
    seen: OrderedDict[str, None] = OrderedDict()
    waited = 0

    def flush() -> Iterable[ArticleResult]:
        results = pipe.code_many([a for a, _ in pending])
        for (_, warnings), result in zip(pending, results):
            yield dataclasses.replace(result, problems=warnings + result.problems) if warnings else result
        pending.clear()

    for article, problems in with_warnings(items):
        waited += 1
        if article is None:
            yield from flush()
            yield from (problem_result(p) for p in problems)
            continue
        if article.id in seen:
            if duplicates is not None:
                duplicates[0] += 1
        else:
            seen[article.id] = None
            if len(seen) > window:
                seen.popitem(last=False)
            pending.append((article, problems))
        if len(pending) >= 64 or (pending and waited >= 256):
            yield from flush()
            waited = 0
    yield from flush()


def input_options(columns: tuple[str, ...], input_format: str | None) -> dict[str, object]:
    """Reader options from the CLI's --column and --input-format flags."""
    opts: dict[str, object] = {}
    if columns:
        try:
            opts["columns"] = parse_column_map(list(columns))
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--column") from None
    if input_format:
        opts["format"] = input_format
    return opts


def table(result: ArticleResult) -> str:
    art = result.article
    names = {a.id: a.name for a in result.actors}
    out = [f"== {art.title or art.id}  ({art.date or 'no date'})"]
    out.append(f"actors ({len(result.actors)}):")
    for a in result.actors:
        out.append(f"  {a.id:4} {a.name:32.32} {a.kind:12} {a.country or '-':4} {a.sector or '-':4} {a.role or ''}")
    out.append(f"quotes ({len(result.quotes)}):")
    for q in result.quotes:
        who = names.get(q.speaker or "", q.speaker_text or "?")
        out.append(f"  {q.id:4} {q.kind:8} {who:24.24} {q.cue or '':10} \u201c{q.text[:70]}\u201d")
    out.append(f"events ({len(result.events)}):")
    for e in result.events:
        act = ", ".join(names.get(i, i) for i in e.actor) or "-"
        rec = ", ".join(names.get(i, i) for i in e.recipient) or "-"
        when = (e.date.value if e.date else None) or "-"  # an article without a date leaves the value None
        where = e.location.name if e.location else "-"
        flags = ",".join(e.aux)
        out.append(f"  {e.id:4} {e.confidence:4.2f} {e.event:9} {e.mode or '':12.12} {act[:28]:28} -> {rec[:24]:24} "
                   f"{when:10} {where[:14]:14} {flags}")
        out.append(f"        \u00ab{e.evidence.text[:100]}\u00bb")
    for p in result.problems:
        out.append(f"problem {p.code}: {p.message}")
    return "\n".join(out)


@click.command("code")
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "date_", help="Article date (YYYY-MM-DD) where the input has none.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="table", show_default=True)
@click.option("--with-text", is_flag=True, help="Add the article text as article.text (jsonl).")
@click.option("--column", "columns", multiple=True, metavar="FIELD=NAME",
              help="Read FIELD (id, date, title, text, url, source) from column NAME of JSONL/CSV input.")
@click.option("--input-format", type=click.Choice(sorted(FORMATS)), help="Input format (default: detected).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Leave out events less likely than this to be right (default: the model's threshold).")
@click.option("--all", "show_all", is_flag=True, help="Show candidate events below the threshold too.")
@click.option("--workers", type=click.IntRange(0), default=1, show_default=True,
              help="Processes that code (0: every core); output stays in input order.")
def command(paths: tuple[str, ...], date_: str | None, fmt: str, with_text: bool, columns: tuple[str, ...],
            input_format: str | None, min_confidence: float | None, show_all: bool, workers: int) -> None:
    """Code PATHS (files, folders, globs or - for stdin) and print the result; nothing is stored.

    Events less likely to be right than the threshold chosen on the real-news benchmark are
    candidates, printed only with --all (or a lower --min-confidence)."""
    check_inputs(paths)
    opts = input_options(columns, input_format)
    pipe = Pipeline() if workers == 1 else ParallelPipeline(workers or None)
    floor = threshold_option(min_confidence, show_all)
    repeats = [0]
    for result in coded(pipe, read_paths(paths, date=parse_date(date_), **opts), repeats):  # type: ignore[arg-type]
        result = confident(result, floor)
        if fmt == "jsonl":
            click.echo(json.dumps(to_contract(result, with_text=with_text), ensure_ascii=False))
        else:
            click.echo(table(result) + "\n")
    if isinstance(pipe, ParallelPipeline):
        pipe.close()
    if repeats[0]:
        click.echo(f"{repeats[0]} repeated article(s) in the input were coded once", err=True)
