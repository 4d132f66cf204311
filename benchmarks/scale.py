"""Throughput on one core, on every core, and on a Dask local cluster, over the same real articles.

    python -m benchmarks.scale [--limit 200] [--workers 2] [--partition-size 25] [--repeat 3]
                               [--skip ceiling serial dask]

Reads ``../shared/data/wikinews_en.jsonl`` (prints a message and exits where it is absent) and
prints, for the same articles in the same run: spaCy's own ``nlp.pipe`` in 1..N processes (the
parse-bound ceiling of any speed-up); tidings in one process; tidings in 1..N worker processes
(:mod:`tidings.parallel`), coding only and ``ingest`` into a store; ``tidings run --engine dask``
on a local cluster of 1..N workers (Parquet written); ``tidings load`` of that output.

Every figure is after the model is loaded (worker start-up is shown apart) and the best of
``--repeat`` passes. Each line gives articles/s, CPU milliseconds per article summed over the
processes that work (which other load hardly changes), peak memory (RSS high-water mark) per
worker process, and ``others``: the cores that processes outside the run kept busy while it ran
(from /proc/stat), so a wall-clock figure taken while other work shared the machine shows as such.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Callable

from benchmarks import wikinews_articles

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "wikinews_en.jsonl"
TICK = os.sysconf("SC_CLK_TCK")


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


def busy_seconds() -> float:
    """CPU seconds every process on the machine has used since boot (/proc/stat; 0 where absent)."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return 0.0
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(f) for f in fields[:8])
    return (user + nice + system + irq + softirq + steal) / TICK


def cpu_of(pids: list[int]) -> float:
    import psutil

    return sum(sum(psutil.Process(p).cpu_times()[:2]) for p in pids)


def threads(pid: int) -> dict[str, tuple[int, int]]:
    """Per thread of process ``pid``: nanoseconds on a core and nanoseconds ready to run but
    waiting for one (/proc/PID/task/TID/schedstat; empty where absent)."""
    out = {}
    for stat in Path(f"/proc/{pid}/task").glob("*/schedstat"):
        try:
            on_cpu, waiting = stat.read_text().split()[:2]
        except (OSError, ValueError):
            continue
        out[stat.parent.name] = (int(on_cpu), int(waiting))
    return out


def worker_delay(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> float:
    """Seconds the thread that worked most between two :func:`threads` readings waited for a core."""
    deltas = [(on - before.get(tid, (0, 0))[0], wait - before.get(tid, (0, 0))[1]) for tid, (on, wait) in after.items()]
    return max(deltas, default=(0, 0))[1] / 1e9


QUIET_WAIT = [0.0]  # the most seconds to wait, before each pass, for other work to leave the cores (--quiet)


def wait_quiet(busy_limit: float = 0.25, span: int = 3) -> None:
    """Wait (at most ``QUIET_WAIT`` seconds) until the machine has been idle but for ``busy_limit``
    cores during ``span`` seconds in a row, so a pass is timed while no other work runs."""
    deadline, calm = time.monotonic() + QUIET_WAIT[0], 0
    while time.monotonic() < deadline and calm < span:
        b0 = busy_seconds()
        time.sleep(1.0)
        calm = calm + 1 if busy_seconds() - b0 <= busy_limit else 0


class Timed:
    """Between ``start()`` and ``stop()``: wall seconds; the run's own CPU seconds (``own()``: this
    process and its workers); the cores other processes kept busy meanwhile; and the wall time
    with free cores, estimated as the wall time less the time the least delayed of the ``pids``
    that code waited for a core (in each, the thread that codes; it is busy or waiting for work
    the rest of the time, so on free cores the run ends when the last of them ends its work)."""

    def __init__(self, own: Callable[[], float], pids: list[int]) -> None:
        self.own, self.pids = own, pids

    def start(self) -> None:
        wait_quiet()
        self.w0 = [threads(p) for p in self.pids]
        self.t0, self.c0, self.b0, self.d0 = time.perf_counter(), self.own(), busy_seconds(), time.process_time()

    def stop(self) -> tuple[float, float, float, float, float]:
        wall, cpu, driver = time.perf_counter() - self.t0, self.own() - self.c0, time.process_time() - self.d0
        others = max(0.0, busy_seconds() - self.b0 - cpu) / wall
        delay = min(worker_delay(w, threads(p)) for p, w in zip(self.pids, self.w0))
        return wall, cpu, others, wall - delay, driver


def best(runs: list[tuple[float, ...]]) -> tuple[float, ...]:
    """The pass with the shortest wall time with free cores (the one least disturbed by other work)."""
    return min(runs, key=lambda r: r[3])


def line(name: str, n: int, fig: tuple[float, ...], memory: float | None = None, start: float | None = None) -> None:
    wall, cpu, others, free, driver = fig
    mem = f"  peak {memory:4.0f} MB/worker" if memory is not None else ""
    extra = f"  start-up {start:4.1f} s" if start is not None else ""
    print(f"{name:<34} {wall:5.1f} s {n / wall:5.1f} art/s  free cores {free:5.1f} s {n / free:5.1f} art/s  "
          f"CPU {1000 * cpu / n:3.0f} ms/art ({1000 * driver / n:2.0f} in the driver)  others {others:3.1f} cores{mem}{extra}",
          flush=True)


def _start_parser() -> None:
    from tidings import nlp

    nlp.load()


def _parse(texts: list[str]) -> None:
    from tidings import nlp

    for _ in nlp.load().pipe(texts, batch_size=8):
        pass


def parse_ceiling(articles: list, workers: int, repeat: int) -> tuple[float, ...]:
    """spaCy alone in ``workers`` processes, given the texts in the pieces tidings.parallel cuts."""
    import multiprocessing

    from tidings.parallel import pieces

    texts = [[a.text for a in piece] for piece in pieces(articles, workers)]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                             initializer=_start_parser) as pool:
        list(pool.map(_parse, texts[:workers]))
        pids = list(pool._processes)  # type: ignore[attr-defined]
        timed, runs = Timed(lambda: cpu_of(pids) + time.process_time(), pids), []
        for _ in range(repeat):
            timed.start()
            list(pool.map(_parse, texts))
            runs.append(timed.stop())
    return best(runs)


def serial(articles: list, repeat: int) -> tuple[tuple[float, ...], tuple[float, ...], float]:
    """spaCy's parse alone and tidings, in this process."""
    from tidings.pipeline import Pipeline

    pipe = Pipeline(errors="record")
    list(pipe.code_many(articles[:2]))  # model, knowledge base, gazetteer
    timed, parse, code = Timed(time.process_time, [os.getpid()]), [], []
    for _ in range(repeat):
        timed.start()
        for _ in pipe.nlp.pipe([a.text for a in articles], batch_size=16):  # the batches tidings parses
            pass
        parse.append(timed.stop())
        timed.start()
        for _ in pipe.code_many(articles, batch_size=16):
            pass
        code.append(timed.stop())
    return best(parse), best(code), peak_mb()


def processes(articles: list, workers: int, repeat: int, db_dir: Path) -> tuple[tuple, tuple, float, float]:
    """tidings.parallel with ``workers`` processes: coding alone, and ingest into a new store."""
    from tidings.parallel import ParallelPipeline
    from tidings.store import connect, ingest_items

    t0 = time.perf_counter()
    with ParallelPipeline(workers) as pp:
        list(pp.code_many(articles[: 2 * workers], batch_size=2 * workers))  # every worker loads its model
        start = time.perf_counter() - t0
        pool = pp._executor()
        pids = list(pool._processes)  # type: ignore[attr-defined]
        timed, code, ingest = Timed(lambda: cpu_of(pids) + time.process_time(), pids), [], []
        for k in range(repeat):
            timed.start()
            list(pp.code_many(articles))
            code.append(timed.stop())
            with connect(db_dir / f"w{workers}-{k}.db") as conn:
                timed.start()
                stats = ingest_items(conn, articles, pp)
                ingest.append(timed.stop())
            assert stats.new == len(articles), stats.summary()
        mem = max(pool.submit(peak_mb).result() for _ in range(workers * 4))
    return best(code), best(ingest), start, mem


def dask_run(articles: list, workers: int, partition_size: int, out: Path, repeat: int) -> tuple[tuple, float, float]:
    from tidings.scale import connect_cluster, pipeline_for, run

    t0 = time.perf_counter()
    with connect_cluster("local", workers) as client:
        client.run(pipeline_for, None)  # every worker loads its model
        start = time.perf_counter() - t0
        pids = list(client.run(os.getpid).values())
        timed, runs = Timed(lambda: sum(client.run(time.process_time).values()) + time.process_time(), pids), []
        for k in range(repeat):
            timed.start()
            stats = run(articles, out / str(k), client, partition_size=partition_size)
            runs.append(timed.stop())
            assert stats.articles == len(articles), stats.summary()
        mem = max(client.run(peak_mb).values())
    return best(runs), start, mem


def load(out: Path, db: Path) -> tuple[float, int]:
    from tidings.scale import load_output
    from tidings.store import connect

    with connect(db) as conn:
        t0 = time.perf_counter()
        stats = load_output(conn, out)
        return time.perf_counter() - t0, stats.stored


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--limit", type=int, default=200, help="articles (default 200)")
    ap.add_argument("--workers", type=int, default=2, help="the most workers to try (default 2)")
    ap.add_argument("--partition-size", type=int, default=25)
    ap.add_argument("--repeat", type=int, default=3, help="passes of each, the fastest kept (default 3)")
    ap.add_argument("--quiet", type=float, default=0.0, metavar="SECONDS",
                    help="before each pass wait up to SECONDS for the machine to be idle (default: do not wait)")
    ap.add_argument("--skip", nargs="*", default=[], choices=("ceiling", "serial", "dask"),
                    help="leave out spaCy in 1..N processes, the one-process figures, or the Dask runner")
    args = ap.parse_args(argv)
    QUIET_WAIT[0] = args.quiet
    if not DATA.is_file():
        print(f"skipped: needs {DATA}")
        return 0
    articles = wikinews_articles(args.limit) or []
    n, rep, top = len(articles), args.repeat, args.workers
    words = sum(len(a.text.split()) for a in articles) / n
    print(f"{n} Wikinews articles, {words:.0f} words on average; {os.cpu_count()} cores, shared with other work; "
          f"best of {rep}; load average before: {os.getloadavg()[0]:.1f}")
    wall: dict[str, tuple[float, ...]] = {}

    def over(a: str, b: str) -> str:  # a's time over b's: measured, and with free cores
        return f"{wall[a][0] / wall[b][0]:.2f}x (free cores {wall[a][3] / wall[b][3]:.2f}x)"

    for k in range(1, top + 1) if "ceiling" not in args.skip else ():
        fig = parse_ceiling(articles, k, rep)
        wall[f"parse{k}"] = fig
        line(f"spaCy nlp.pipe alone, {k} process(es)", n, fig)
        if k == top > 1:
            print(f"{'':34} parse-bound ceiling, {top} over 1: {over('parse1', f'parse{top}')}")
    if "serial" not in args.skip:
        parse, code, mem = serial(articles, rep)
        line("spaCy nlp.pipe, in this process", n, parse)
        line("tidings, one process", n, code, mem)
        print(f"{'':34} tidings beyond the parse: {100 * (code[1] - parse[1]) / code[1]:.0f}% of the CPU time")
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(1, top + 1):
            coded, stored, start, mem = processes(articles, k, rep, Path(tmp))
            wall[f"proc{k}"], wall[f"ingest{k}"] = coded, stored
            line(f"tidings.parallel, {k} worker(s)", n, coded, mem, start)
            line(f"ingest --workers {k} (store writes)", n, stored)
            if k == top > 1:
                print(f"{'':34} {top} workers over 1: coding {over('proc1', f'proc{top}')}, "
                      f"ingest {over('ingest1', f'ingest{top}')}")
        if "dask" in args.skip:
            return 0
        for k in range(1, top + 1):
            out = Path(tmp) / f"out{k}"
            fig, start, mem = dask_run(articles, k, args.partition_size, out, rep)
            wall[f"dask{k}"] = fig
            line(f"run --engine dask, {k} worker(s)", n, fig, mem, start)
            print(f"{'':34} time vs tidings.parallel with {k}: {100 * (fig[0] / wall[f'proc{k}'][0] - 1):+.0f}% "
                  f"(free cores {100 * (fig[3] / wall[f'proc{k}'][3] - 1):+.0f}%)"
                  + (f"; {k} workers over 1: {over('dask1', f'dask{k}')}" if k > 1 else ""))
        took, stored_n = load(Path(tmp) / f"out{top}" / "0", Path(tmp) / "load.db")
        print(f"{'tidings load (store write)':<34} {took:6.1f} s {stored_n / took:6.0f} art/s", flush=True)
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
