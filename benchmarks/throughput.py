"""End-to-end throughput next to spaCy's own parse, on the same texts in the same run.

    python -m benchmarks.throughput [--corpus synthetic|realnews|both] [-n 200] [--seed 13] [--repeat 3]
                                    [--profile 25]

``synthetic``: ``-n`` rows sampled (seeded) from ``../shared/data/synthetic_stories.csv``
(machine-written news-like stories); ``realnews``: ``-n`` articles sampled the same way from
``../shared/data/wikinews_en.jsonl``. Prints a message and exits where a file is absent.

For each corpus, one process, the model loaded by :func:`tidings.nlp.load` (the loader tidings
uses) before any clock starts: spaCy's ``nlp.pipe`` over the texts in the batches tidings
parses (16), then ``Pipeline.code_many`` over the same articles (parse + every component), both
``--repeat`` times, alternating, best of each kept. Both process CPU time (``time.process_time``,
which other load on the machine hardly changes) and wall time are printed; the share of the
total that is tidings' own work beyond the parse is ``(tidings - parse) / tidings``. The load
average before and after is printed: on a shared machine trust the CPU figures.
``--profile K`` prints the K costliest functions of one ``code_many`` pass outside spaCy
(cProfile, cumulative time), the places to cut when the share is too high.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import random
import time
from pathlib import Path
from typing import Callable

from benchmarks import wikinews_articles

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SOURCES = {"synthetic": DATA / "synthetic_stories.csv", "realnews": DATA / "wikinews_en.jsonl"}
SYNTHETIC_DATE = dt.date(2023, 10, 19)  # the stories carry no date; the day the set was made anchors them
BATCH = 16  # the batch Pipeline.code_many parses by default


def read_synthetic(path: Path) -> list:
    from tidings.schema import Article

    csv.field_size_limit(10_000_000)
    with open(path, encoding="utf-8", newline="") as fh:
        return [Article(id=f"synthetic:{k}", text=row["text"], date=SYNTHETIC_DATE, source=row.get("source") or None)
                for k, row in enumerate(csv.DictReader(fh)) if (row.get("text") or "").strip()]


# the Wikinews reader every benchmark shares (benchmarks.wikinews_articles) reads the same file
READERS: dict[str, Callable[[Path], list]] = {"synthetic": read_synthetic,
                                              "realnews": lambda _path: wikinews_articles() or []}


def sample(corpus: str, n: int, seed: int) -> list:
    rows = READERS[corpus](SOURCES[corpus])
    return random.Random(seed).sample(rows, min(n, len(rows)))


def clocked(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall and process CPU seconds of ``fn()``."""
    t0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - t0, time.process_time() - c0


def measure(articles: list, repeat: int) -> dict[str, float]:
    """Best-of-``repeat`` wall and CPU seconds of the parse alone and of tidings end to end."""
    from tidings.pipeline import Pipeline

    pipe = Pipeline(errors="record")
    list(pipe.code_many(articles[:2]))  # model (tidings.nlp.load), knowledge base, gazetteer
    texts = [a.text for a in articles]

    def parse() -> None:
        for _ in pipe.nlp.pipe(texts, batch_size=BATCH):
            pass

    def code() -> None:
        for _ in pipe.code_many(articles, batch_size=BATCH):
            pass

    best: dict[str, float] = {}
    for k in range(repeat):
        order = [("parse", parse), ("tidings", code)]
        for name, fn in order if k % 2 == 0 else order[::-1]:  # alternate, so warming favours neither
            wall, cpu = clocked(fn)
            best[f"{name}_wall"] = min(wall, best.get(f"{name}_wall", wall))
            best[f"{name}_cpu"] = min(cpu, best.get(f"{name}_cpu", cpu))
    return best


def profile(articles: list, top: int) -> None:
    """The ``top`` costliest functions of tidings' own code in one coding pass (cumulative CPU)."""
    import cProfile
    import io
    import pstats

    from tidings.pipeline import Pipeline

    pipe = Pipeline(errors="record")
    list(pipe.code_many(articles[:2]))
    prof = cProfile.Profile(time.process_time)
    prof.enable()
    for _ in pipe.code_many(articles, batch_size=BATCH):
        pass
    prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf).sort_stats("cumulative")
    stats.print_stats(r"tidings/(?!pipeline\.py)", top)
    print(buf.getvalue().split("\n", 6)[-1].rstrip())


def report(corpus: str, articles: list, best: dict[str, float]) -> float:
    n = len(articles)
    words = sum(len(a.text.split()) for a in articles) / n
    print(f"{corpus}: {n} articles, {words:.0f} words on average")
    for name, label in (("parse", "spaCy nlp.pipe (tidings.nlp)"), ("tidings", "tidings code_many")):
        wall, cpu = best[f"{name}_wall"], best[f"{name}_cpu"]
        print(f"  {label:<30} CPU {cpu:6.2f} s {1000 * cpu / n:5.0f} ms/art {n / cpu:6.2f} art/CPU-s   "
              f"wall {wall:6.2f} s {n / wall:6.2f} art/s")
    share_cpu = (best["tidings_cpu"] - best["parse_cpu"]) / best["tidings_cpu"]
    share_wall = (best["tidings_wall"] - best["parse_wall"]) / best["tidings_wall"]
    print(f"  tidings beyond the parse: {100 * share_cpu:.0f}% of the CPU time, {100 * share_wall:.0f}% of the wall "
          f"time (target <= 30%)")
    return share_cpu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--corpus", choices=("synthetic", "realnews", "both"), default="both")
    ap.add_argument("-n", type=int, default=200, help="articles sampled from each corpus (default 200)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--repeat", type=int, default=3, help="passes of each, best kept (default 3)")
    ap.add_argument("--profile", type=int, default=0, metavar="K", help="also print the K costliest tidings functions")
    args = ap.parse_args(argv)
    corpora = ("synthetic", "realnews") if args.corpus == "both" else (args.corpus,)
    missing = [str(SOURCES[c]) for c in corpora if not SOURCES[c].is_file()]
    if missing:
        print(f"skipped: needs {', '.join(missing)}")
        return 0
    print(f"{os.cpu_count()} cores, shared with other work; load average before: {os.getloadavg()[0]:.1f}; "
          f"best of {args.repeat}, seed {args.seed}")
    for corpus in corpora:
        articles = sample(corpus, args.n, args.seed)
        report(corpus, articles, measure(articles, args.repeat))
        if args.profile:
            profile(articles, args.profile)
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
