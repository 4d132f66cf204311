"""``tidings evaluate``: score tidings against a gold data set and print the report."""

from __future__ import annotations

import json

import click

from ..evaluate.news_run import SPLITS
from ..evaluate.report import FORMATS, run_evaluation


@click.command("evaluate")
@click.argument("dataset", type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="data set format (default: detected from the file name or content)")
@click.option("--json", "as_json", is_flag=True, help="print the machine-readable report")
@click.option("--limit", type=int, default=None, help="evaluate only the first N records")
@click.option("--misses", type=int, default=10, show_default=True, help="how many misses to show")
@click.option("--split", type=click.Choice(SPLITS), default="dev", show_default=True,
              help="real-news corpus: which split to score (report on test, never tune on it)")
@click.option("--articles", type=click.Path(exists=True, dir_okay=False), default=None,
              help="real-news corpus: the Wikinews JSONL (default: ../shared/data/wikinews_en.jsonl)")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="real-news corpus: score events at or above this confidence (default: the model's threshold; 0: all)")
def command(dataset: str, fmt: str | None, as_json: bool, limit: int | None, misses: int, split: str,
            articles: str | None, min_confidence: float | None) -> None:
    """Per-type precision/recall/F1, confusion, actor scores and worst misses on DATASET.

    DATASET is a gold file, or the real-news corpus folder (corpus/wikinews): per-layer scores of
    events, actors and quotes, dates, places, calibration, agreement and a per-article listing."""
    report, formatter = run_evaluation(dataset, fmt, limit=limit, split=split, articles=articles,
                                       min_confidence=min_confidence)
    if as_json:
        click.echo(json.dumps(report, indent=2, ensure_ascii=False, default=str))
        return
    try:
        click.echo(formatter(report, misses=misses))  # type: ignore[call-arg]
    except TypeError:
        click.echo(formatter(report))


__all__ = ["command"]
