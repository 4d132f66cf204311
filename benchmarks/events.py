"""End-to-end throughput of the default pipeline on the PLOVER GSR sentences (sentences/s).

Prints the end-to-end rate (the issue's figure, to compare with UniversalPetrarch's 110-140
sentences/s), then where the time goes: parsing and each component, in ms per sentence, and the
end-to-end rate at other parse batch sizes (``Pipeline.code_many(batch_size=...)``).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "plover_gsr_dev.jsonl"


def _articles(records: list[dict[str, Any]]) -> list[Any]:
    from tidings.schema import Article

    return [Article(id=str(i), text=r["text"]) for i, r in enumerate(records)]


def stage_times(pipe: Any, articles: list[Any]) -> dict[str, float]:
    """Seconds spent parsing and in each component over ``articles``."""
    from tidings.schema import ArticleResult

    t0 = time.perf_counter()
    docs = list(pipe.nlp.pipe([a.text for a in articles]))
    times = {"parse": time.perf_counter() - t0}
    for art, doc in zip(articles, docs):
        draft = ArticleResult(article=art, components=pipe.component_names)
        for comp in pipe.components:
            t = time.perf_counter()
            draft = comp.func(doc, draft, pipe.resources)
            times[comp.name] = times.get(comp.name, 0.0) + time.perf_counter() - t
    return times


def main(argv: list[str] | None = None) -> None:
    if not DATA.is_file():
        print(f"skipped: {DATA} not found (shared data is not part of the repository)")
        return
    from tidings.evaluate.events import code_records, read_jsonl
    from tidings.pipeline import Pipeline

    records = read_jsonl(DATA)
    pipe = Pipeline(errors="record")
    pipe.nlp  # load the model outside the timing
    code_records(pipe, records[:16])  # warm up
    rounds = 3
    t0 = time.perf_counter()
    for _ in range(rounds):
        results = code_records(pipe, records)
    dt = time.perf_counter() - t0
    n = len(records) * rounds
    events = sum(len(r.events) for r in results)
    print(f"plover_gsr_dev: {n} sentences in {dt:.2f}s = {n / dt:.1f} sentences/s end to end "
          f"({events} events per pass, components {', '.join(pipe.component_names)})")
    arts = _articles(records)
    times = stage_times(pipe, arts)
    print("ms per sentence: " + ", ".join(f"{k} {1000 * v / len(arts):.2f}" for k, v in times.items()))
    for size in (16, 64, 256):
        t0 = time.perf_counter()
        for _ in range(rounds):
            list(pipe.code_many(arts, batch_size=size))
        print(f"code_many(batch_size={size}): {n / (time.perf_counter() - t0):.1f} sentences/s")


if __name__ == "__main__":
    main(sys.argv[1:])
