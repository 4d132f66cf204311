"""Export time and peak memory per format on a large synthetic store.

``python -m benchmarks.export [--events N] [--keep FILE] [--formats a,b] [--merge]`` builds a store of
N synthetic events (fictional actors; 5 events, 4 actors and 2 quotes per article, written as
``tidings ingest`` writes them) unless ``--keep FILE`` already holds one, then exports every
event to each format in a fresh process and prints the time, the rate and the process's peak
resident memory, beside its memory once the modules are loaded. Flat memory means the peak
does not grow with N: compare ``--events 100000`` with ``--events 1000000``. ``--merge`` runs the
cross-article merge first (``tidings events merge``), so ``gdelt`` reads merged events and mentions.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.store import synthetic

DEFAULT_EVENTS = 100_000
FORMATS = ("plover", "gdelt", "icews", "dyads", "parquet", "csv", "jsonl")


def _rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def build(db: Path, events: int) -> None:
    from tidings.store import connect, write_result

    articles = max(1, events // 5)
    rng = random.Random(11)
    conn = connect(db)
    t0 = time.perf_counter()
    for i in range(articles):
        write_result(conn, synthetic(i, rng))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    elapsed = time.perf_counter() - t0
    print(f"store: {articles:,} articles, {articles * 5:,} events written in {elapsed:.0f}s; "
          f"file {db.stat().st_size / 1e6:,.0f} MB", flush=True)


def one(db: Path, fmt: str, out: Path) -> None:
    """Run in a fresh process: export everything in ``fmt`` and print one line of figures."""
    from tidings.export import export

    base = _rss_mb()
    t0 = time.perf_counter()
    written = export(db, fmt, out)
    elapsed = time.perf_counter() - t0
    rows = next((w.rows for w in written if Path(w.path).stem == "events"), written[0].rows)
    size = sum(p.stat().st_size for p in (out.rglob("*") if out.is_dir() else [out]) if p.is_file()) / 1e6
    print(f"  {fmt:8} {rows:>10,} rows {elapsed:7.1f}s {rows / elapsed:>10,.0f} rows/s  "
          f"peak RSS {_rss_mb():6.0f} MB (modules loaded: {base:4.0f} MB)  output {size:7,.0f} MB", flush=True)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.export", description=__doc__)
    ap.add_argument("--events", type=int, default=DEFAULT_EVENTS)
    ap.add_argument("--keep", type=Path, help="build the store here (or reuse it) and keep it")
    ap.add_argument("--formats", default=",".join(FORMATS))
    ap.add_argument("--merge", action="store_true", help="merge events across articles before exporting")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        one(args.db, args.one, args.out)
        return
    with tempfile.TemporaryDirectory(prefix="tidings-export-bench-") as tmp:
        db = args.keep or Path(tmp) / "bench.db"
        if not db.exists():
            build(db, args.events)
        else:
            print(f"store: reusing {db}", flush=True)
        if args.merge:  # in its own process: a child inherits its parent's peak memory figure
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "tidings", "events", "merge", "--db", str(db)], check=True)
            print(f"merge: {time.perf_counter() - t0:.0f}s", flush=True)
        print("export of every event, one fresh process per format:", flush=True)
        for fmt in args.formats.split(","):
            out = Path(tmp) / f"out-{fmt}"
            subprocess.run([sys.executable, "-m", "benchmarks.export", "--one", fmt, "--db", str(db),
                            "--out", str(out)], check=True)
            shutil.rmtree(out) if out.is_dir() else out.unlink()


if __name__ == "__main__":
    main()
