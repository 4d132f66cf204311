"""Crash safety under repetition: SIGKILL ``tidings ingest`` many times, resume, compare.

    python -m benchmarks.kill [--articles 2000] [--kills 50] [--seed 1] [--components all|none]

Writes ``--articles`` short news articles to a folder, ingests them once without interruption
(the reference), then ingests them into a second database while killing the process
``--kills`` times at random points (some before the database exists or while it is being
created, most after a random number of stored articles plus a random delay, so that kills land
inside transactions), resuming each time, and finally lets one run finish. Prints the number of
kills that landed, the articles stored, and whether every article is stored once with
byte-identical records (``result_json``) and the same events as the reference. Exits 1 if not.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLACES = ("Bree", "Dale", "Esgaroth", "Tharbad", "Lossarnach", "Pelargir", "Edoras", "Dol Amroth")
ACTS = (
    "{a} police arrested {n} protesters in {p} on Monday, witnesses said.",
    "The government of {a} condemned the attack on {p} and demanded an inquiry.",
    "Troops from {a} shelled the border town of {p} on Friday, officials said.",
    "The mayor of {p} met envoys from {a} on Tuesday to discuss a ceasefire.",
    "\u201cWe will not accept these terms,\u201d the {a} foreign minister said in {p}.",
)


def write_articles(folder: Path, n: int, rng: random.Random) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        a, p = rng.choice(PLACES), rng.choice(PLACES)
        body = " ".join(rng.choice(ACTS).format(a=a, p=p, n=rng.randint(2, 90)) for _ in range(rng.randint(2, 5)))
        day = i % 28 + 1
        (folder / f"{i:05d}.txt").write_text(f"date 2031-02-{day:02d} News from {p} number {i}\n{body}\n",
                                             encoding="utf-8")


def _env(components: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("TIDINGS_DB", None)
    if components != "all":
        env["TIDINGS_COMPONENTS"] = components
    else:
        env.pop("TIDINGS_COMPONENTS", None)
    return env


def start(folder: Path, db: Path, components: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "tidings", "ingest", str(folder), "--db", str(db), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=_env(components))


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # not created or not migrated yet
        return 0


def killed_ingest(folder: Path, db: Path, n: int, kills: int, rng: random.Random, components: str) -> int:
    """Ingest with ``kills`` SIGKILLs at random points, then one run to the end; the kills that landed."""
    landed = 0
    for k in range(kills):
        proc = start(folder, db, components)
        if k < max(1, kills // 10):  # early: while the database is created and migrated, or the model loads
            time.sleep(rng.uniform(0.05, 1.5))
        else:
            target = stored(db) + rng.randint(1, max(1, 2 * n // kills))
            deadline = time.monotonic() + 300
            while proc.poll() is None and stored(db) < target and time.monotonic() < deadline:
                time.sleep(0.005)
            time.sleep(rng.uniform(0, 0.05))  # inside whichever transaction is running now
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            landed += 1
        proc.wait(60)
        if stored(db) >= n:
            break
    final = start(folder, db, components)
    _out, err = final.communicate(timeout=3600)
    if final.returncode != 0:
        raise SystemExit(f"the resumed ingest failed: {err[-2000:]}")
    return landed


def snapshot(db: Path) -> tuple[dict[str, str], list[tuple[object, ...]], list[tuple[object, ...]]]:
    """Each article's lossless record, every event row, and the integrity checks of the store."""
    conn = sqlite3.connect(db)
    try:
        records = dict(conn.execute("SELECT id, result_json FROM articles"))
        events = sorted(conn.execute("SELECT article_id, seq, event_id, event, mode, actor_ids, recipient_ids, date, "
                                     "location, confidence FROM events"), key=repr)
        checks = [conn.execute("PRAGMA integrity_check").fetchall(), conn.execute("PRAGMA foreign_key_check").fetchall()]
    finally:
        conn.close()
    return records, events, checks  # type: ignore[return-value]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--kills", type=int, default=50)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--components", default="all", help="'all' (the default pipeline) or 'none' (store only)")
    args = ap.parse_args(argv if argv else None if argv is None else [])
    if argv == []:  # with the other benchmarks: a short run
        args.articles, args.kills = 200, 10
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="tidings-kill-") as tmp:
        folder, ref_db, db = Path(tmp) / "news", Path(tmp) / "ref.db", Path(tmp) / "killed.db"
        write_articles(folder, args.articles, rng)
        t0 = time.perf_counter()
        ref = start(folder, ref_db, args.components)
        _out, err = ref.communicate(timeout=3600)
        if ref.returncode != 0:
            raise SystemExit(f"the reference ingest failed: {err[-2000:]}")
        ref_secs = time.perf_counter() - t0
        t0 = time.perf_counter()
        landed = killed_ingest(folder, db, args.articles, args.kills, rng, args.components)
        secs = time.perf_counter() - t0
        ref_records, ref_events, _ = snapshot(ref_db)
        records, events, checks = snapshot(db)
    same_records = records == ref_records
    ok = (len(records) == args.articles and same_records and events == ref_events
          and checks == [[("ok",)], []])
    print(f"{args.articles} articles, components {args.components}: reference ingest {ref_secs:.1f}s; "
          f"{landed} SIGKILLs landed, then resumed ({secs:.1f}s in all)")
    print(f"stored {len(records)} articles ({len(set(records))} distinct), {len(events)} events "
          f"(reference {len(ref_events)}); records byte-identical: {same_records}; same events: "
          f"{events == ref_events}; integrity: {checks == [[('ok',)], []]}")
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
