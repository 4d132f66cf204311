"""Gazetteer load time, and what the times, places and when_where components cost per article.

Wikinews articles (../shared/data/wikinews_en.jsonl) are parsed once and run through the stages
before them (actors, quotes, events need a draft to attach to); then each of the three
components is timed alone over the same parsed documents, so the figures exclude parsing and
the other stages. Run from the repository root: ``python -m benchmarks.places [--limit N]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from typing import Any, Callable

from benchmarks import wikinews_articles


def gazetteer_figures() -> None:
    from tidings.gazetteer import build_gazetteer, load_gazetteer

    t = time.perf_counter()
    build_gazetteer()
    print(f"gazetteer cold build: {time.perf_counter() - t:.3f} s")
    gaz = load_gazetteer()
    print(f"gazetteer load (cache where present): {gaz.load_seconds:.3f} s, {len(gaz.places):,} places, "
          f"{len(gaz.by_name):,} names")


def _time(label: str, func: Callable[[Any, Any], Any], pairs: list[tuple[Any, Any]], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for doc, draft in pairs:
            func(doc, draft)
        best = min(best, time.perf_counter() - t0)
    n = len(pairs)
    print(f"  {label:11} {n / best:8.1f} docs/s  {1000 * best / n:6.2f} ms/article")
    return best


def timing(limit: int, repeat: int) -> None:
    from tidings.extract import attach, times as dates, places
    from tidings.pipeline import Pipeline
    from tidings.schema import ArticleResult

    arts = wikinews_articles(limit)
    if arts is None:
        return
    pipe = Pipeline(("actors", "quotes", "times", "places", "events"))
    docs = list(pipe.nlp.pipe([a.text for a in arts]))
    drafts = [pipe.run_components(doc, ArticleResult(article=art)) for doc, art in zip(docs, arts)]
    res = pipe.resources
    pairs = list(zip(docs, drafts))
    bare = [(doc, dataclasses.replace(d, times=(), places=(), events=())) for doc, d in pairs]
    n_words = sum(len(d) for d in docs)
    print(f"{len(pairs)} parsed Wikinews articles, {n_words / len(pairs):.0f} tokens/article on average; "
          f"best of {repeat} runs:")
    total = _time("times", lambda doc, d: dates.run(doc, d, res), bare, repeat)
    total += _time("places", lambda doc, d: places.run(doc, d, res), bare, repeat)
    total += _time("when_where", lambda doc, d: attach.run(doc, d, res), pairs, repeat)
    print(f"  {'all three':11} {len(pairs) / total:8.1f} docs/s  {1000 * total / len(pairs):6.2f} ms/article")
    events = sum(len(d.events) for d in drafts)
    print(f"  ({sum(len(d.times) for d in drafts)} times, {sum(len(d.places) for d in drafts)} places, "
          f"{events} events)")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.places", description=__doc__)
    ap.add_argument("--limit", type=int, default=200, help="Wikinews articles to time")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs; the best is reported")
    ap.add_argument("--no-gazetteer", action="store_true", help="skip the gazetteer build and load figures")
    args = ap.parse_args(argv)
    if not args.no_gazetteer:
        gazetteer_figures()
    timing(args.limit, args.repeat)


if __name__ == "__main__":
    main()
