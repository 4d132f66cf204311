"""Throughput on one core, on every core, and on a Dask local cluster, over the same real articles.

    python -m benchmarks.scale [--limit 200] [--workers 2] [--partition-size 25]

Reads ``../shared/data/wikinews_en.jsonl`` (prints a message and exits where it is absent) and
prints, for the same articles in the same run: spaCy's own ``nlp.pipe``; tidings in one
process; tidings in 1..N worker processes (:mod:`tidings.parallel`); ``tidings run --engine
dask`` on a local cluster of 1..N workers (Parquet written); ``tidings load`` of that output.
Every figure is after the model is loaded (worker start-up is shown apart), with articles/s,
articles/s per core, CPU seconds per article summed over the processes that code (which other
load on the machine does not skew; the wall-clock figures it does, so the load average before
and after is printed) and peak memory (RSS high-water mark) per worker process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "wikinews_en.jsonl"


def load_articles(limit: int) -> list:
    from tidings.schema import Article

    out = []
    with open(DATA, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r.get("text", "").strip():
                out.append(Article(id=r["id"], text=r["text"], date=dt.date.fromisoformat(r["date"][:10])))
            if len(out) >= limit:
                break
    return out


def peak_mb() -> float:
    """Peak resident memory of the calling process, in MB: VmHWM, which (unlike ru_maxrss, kept across
    fork and exec) is this process's own high-water mark."""
    try:
        for line_ in Path("/proc/self/status").read_text().splitlines():
            if line_.startswith("VmHWM:"):
                return int(line_.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def line(name: str, n: int, seconds: float, cores: int, cpu: float, memory: str = "",
         start: float | None = None) -> None:
    rate = n / seconds
    extra = f"  start-up {start:4.1f} s" if start is not None else ""
    print(f"{name:<32} {seconds:6.1f} s {rate:6.2f} art/s {rate / cores:6.2f}/s/core  CPU {1000 * cpu / n:5.0f} ms/art"
          f"  {memory}{extra}", flush=True)


def cpu_of(pids: list[int]) -> float:
    import psutil

    return sum(sum(psutil.Process(p).cpu_times()[:2]) for p in pids)


def serial(articles: list) -> tuple[float, float, float, float]:
    """Wall and CPU seconds of spaCy's parse alone and of tidings, in this process."""
    from tidings.pipeline import Pipeline

    pipe = Pipeline(errors="record")
    list(pipe.code_many(articles[:2]))  # model, knowledge base, gazetteer
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in pipe.nlp.pipe([a.text for a in articles], batch_size=16):  # the batches tidings parses
        pass
    parse, parse_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in pipe.code_many(articles, batch_size=16):
        pass
    return parse, parse_cpu, time.perf_counter() - t0, time.process_time() - c0


def processes(articles: list, workers: int) -> tuple[float, float, float, float]:
    from tidings.parallel import ParallelPipeline

    t0 = time.perf_counter()
    with ParallelPipeline(workers) as pp:
        list(pp.code_many(articles[: 2 * workers], batch_size=2 * workers))  # every worker loads its model
        start = time.perf_counter() - t0
        pool = pp._executor()
        pids = list(pool._processes)  # type: ignore[attr-defined]
        c0, t0 = cpu_of(pids) + time.process_time(), time.perf_counter()
        list(pp.code_many(articles, batch_size=16 * workers))
        took, cpu = time.perf_counter() - t0, cpu_of(pids) + time.process_time() - c0
        mem = max(pool.submit(peak_mb).result() for _ in range(workers * 4))
    return took, cpu, start, mem


def dask_run(articles: list, workers: int, partition_size: int, out: Path) -> tuple[float, float, float, float]:
    from tidings.scale import connect_cluster, pipeline_for, run

    t0 = time.perf_counter()
    with connect_cluster("local", workers) as client:
        client.run(pipeline_for, None)  # every worker loads its model
        start = time.perf_counter() - t0
        c0, t0 = sum(client.run(time.process_time).values()) + time.process_time(), time.perf_counter()
        stats = run(articles, out, client, partition_size=partition_size)
        took = time.perf_counter() - t0
        cpu = sum(client.run(time.process_time).values()) + time.process_time() - c0
        mem = max(client.run(peak_mb).values())
    assert stats.articles == len(articles), stats.summary()
    return took, cpu, start, mem


def load(out: Path, db: Path) -> tuple[float, int]:
    from tidings.scale import load_output
    from tidings.store import connect

    with connect(db) as conn:
        t0 = time.perf_counter()
        stats = load_output(conn, out)
        return time.perf_counter() - t0, stats.stored


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=200, help="articles (default 200)")
    ap.add_argument("--workers", type=int, default=2, help="the most workers to try (default 2)")
    ap.add_argument("--partition-size", type=int, default=25)
    args = ap.parse_args(argv)
    if not DATA.is_file():
        print(f"skipped: needs {DATA}")
        return 0
    articles = load_articles(args.limit)
    words = sum(len(a.text.split()) for a in articles) / len(articles)
    print(f"{len(articles)} Wikinews articles, {words:.0f} words on average; {os.cpu_count()} cores; "
          f"load average before: {os.getloadavg()[0]:.1f}")
    parse, parse_cpu, alone, alone_cpu = serial(articles)
    n = len(articles)
    line("spaCy nlp.pipe alone", n, parse, 1, parse_cpu)
    line("tidings, one process", n, alone, 1, alone_cpu, f"peak {peak_mb():5.0f} MB")
    print(f"{'':32} tidings beyond the parse: {100 * (alone_cpu - parse_cpu) / alone_cpu:.0f}% of the CPU time")
    wall: dict[str, float] = {}
    for k in range(1, args.workers + 1):
        took, cpu, start, mem = processes(articles, k)
        wall[f"proc{k}"] = took
        line(f"tidings.parallel, {k} worker(s)", n, took, k, cpu, f"peak {mem:5.0f} MB/worker", start)
        if k > 1:
            print(f"{'':32} speed-up over 1 worker: {wall['proc1'] / took:.2f}x")
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(1, args.workers + 1):
            out = Path(tmp) / f"out{k}"
            took, cpu, start, mem = dask_run(articles, k, args.partition_size, out)
            wall[f"dask{k}"] = took
            line(f"run --engine dask, {k} worker(s)", n, took, k, cpu, f"peak {mem:5.0f} MB/worker", start)
            print(f"{'':32} time vs tidings.parallel with {k}: {100 * (took / wall[f'proc{k}'] - 1):+.0f}%"
                  + (f"; speed-up over 1 worker: {wall['dask1'] / took:.2f}x" if k > 1 else ""))
        took, stored = load(Path(tmp) / f"out{args.workers}", Path(tmp) / "load.db")
        print(f"{'tidings load (store write)':<32} {took:6.1f} s {stored / took:6.0f} art/s", flush=True)
    after = os.getloadavg()[0]
    print(f"load average after: {after:.1f}" + (f" (above {os.cpu_count()}: other work shared the cores, trust the "
                                                "CPU figures over the wall-clock ones)" if after > (os.cpu_count() or 1)
                                                else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
