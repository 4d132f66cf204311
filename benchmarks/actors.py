"""Actor resolution accuracy on ../shared/data/actor_resolution_dev.jsonl, KB load time, and the
time the actors component adds per article over parsed Wikinews articles (parse first, then time)."""

from __future__ import annotations

import argparse
import time

from benchmarks import shared_file, wikinews_articles


def kb_load_seconds() -> float:
    from tidings.kb import load as kb_load

    kb_load._cached.cache_clear()
    t0 = time.perf_counter()
    kb_load.load_kb()
    return time.perf_counter() - t0


def accuracy(verbose: bool) -> None:
    from tidings.evaluate.actors import evaluate_actors, format_report

    path = shared_file("actor_resolution_dev.jsonl")
    if path is None:
        return
    report = evaluate_actors(path)
    text = format_report(report, max_misses=200 if verbose else 0)
    print(text)


def timing(limit: int) -> None:
    from tidings import nlp
    from tidings.extract import actors
    from tidings.registry import Resources
    from tidings.schema import ArticleResult

    arts = wikinews_articles(limit)
    if arts is None:
        return
    t0 = time.perf_counter()
    docs = list(nlp.load().pipe([a.text for a in arts]))
    parse = time.perf_counter() - t0
    resources = Resources()
    actors.run(docs[0], ArticleResult(article=arts[0]), resources)  # load the KB outside the timing
    n_actors = 0
    t0 = time.perf_counter()
    for doc, art in zip(docs, arts):
        n_actors += len(actors.run(doc, ArticleResult(article=art), resources).actors)
    spent = time.perf_counter() - t0
    print(f"actors component: {1000 * spent / len(arts):.2f} ms/article over {len(arts)} parsed articles "
          f"({n_actors / len(arts):.1f} actors/article; parsing took {1000 * parse / len(arts):.0f} ms/article)")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.actors", description=__doc__)
    ap.add_argument("--limit", type=int, default=505, help="Wikinews articles to time")
    ap.add_argument("--misses", action="store_true", help="list every miss")
    ap.add_argument("--no-timing", action="store_true")
    args = ap.parse_args(argv)
    print(f"KB load: {kb_load_seconds() * 1000:.0f} ms")
    accuracy(args.misses)
    if not args.no_timing:
        timing(args.limit)


if __name__ == "__main__":
    main()
