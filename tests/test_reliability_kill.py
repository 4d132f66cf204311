"""Random SIGKILLs during ingest, then a resumed run: every article once, records and events as an
uninterrupted run gives them. (The 50-kill, 2,000-article version is ``python -m benchmarks.kill``.)
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

BODIES = (
    "{a} police arrested {n} protesters in {p} on Monday, witnesses said.",
    "The government of {a} condemned the attack on {p} and demanded an inquiry.",
    "Troops from {a} shelled the border town of {p} on Friday, officials said.",
)
PLACES = ("Bree", "Dale", "Esgaroth", "Tharbad", "Pelargir")


def _articles(folder: Path, n: int, rng: random.Random) -> None:
    folder.mkdir()
    for i in range(n):
        a, p = rng.choice(PLACES), rng.choice(PLACES)
        body = " ".join(rng.choice(BODIES).format(a=a, p=p, n=rng.randint(2, 90)) for _ in range(3))
        (folder / f"{i:04d}.txt").write_text(f"date 2031-02-{i % 28 + 1:02d} News from {p} {i}\n{body}\n",
                                             encoding="utf-8")


def _ingest(folder: Path, db: Path, components: str | None) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env.pop("TIDINGS_DB", None)
    env.pop("TIDINGS_COMPONENTS", None)
    if components:
        env["TIDINGS_COMPONENTS"] = components
    return subprocess.Popen([sys.executable, "-m", "tidings", "ingest", str(folder), "--db", str(db), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _snapshot(db: Path) -> tuple[dict[str, str], list[tuple[object, ...]]]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        records = dict(conn.execute("SELECT id, result_json FROM articles"))
        events = sorted(conn.execute("SELECT article_id, seq, event, actor_ids, recipient_ids, date FROM events"),
                        key=repr)
    finally:
        conn.close()
    return records, events


def _run_to_end(folder: Path, db: Path, components: str | None) -> None:
    proc = _ingest(folder, db, components)
    _out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err[-2000:]


@pytest.mark.slow
@pytest.mark.parametrize(("components", "n", "kills"), [
    ("none", 150, 4),  # the store alone: more kills, fast
    pytest.param(None, 16, 2, marks=pytest.mark.model),  # the whole pipeline: events must match too
])
def test_reliability_random_kills_then_resume_store_each_article_once(tmp_path: Path, components: str | None,
                                                                      n: int, kills: int) -> None:
    rng = random.Random(15)
    folder, ref_db, db = tmp_path / "news", tmp_path / "ref.db", tmp_path / "killed.db"
    _articles(folder, n, rng)
    _run_to_end(folder, ref_db, components)
    landed = 0
    for k in range(kills):
        proc = _ingest(folder, db, components)
        if k == 0:
            time.sleep(rng.uniform(0.05, 0.5))  # while the database is being created, or the model loads
        else:
            step = max(1, n // (kills + 1))
            # kill well before the end: the ingest goes on after its last article (merging events), and a
            # kill that lands there tests nothing
            target = min(_count(db) + rng.randint(1, step), n - step)
            deadline = time.monotonic() + 120
            while proc.poll() is None and _count(db) < target and time.monotonic() < deadline:
                time.sleep(0.002)
            time.sleep(rng.uniform(0, 0.02))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            landed += 1
        proc.wait(30)
    assert landed >= kills - 1, "the ingest ended before it could be killed"
    assert _count(db) < n
    _run_to_end(folder, db, components)
    ref_records, ref_events = _snapshot(ref_db)
    records, events = _snapshot(db)
    assert len(records) == n
    assert records == ref_records  # byte-identical lossless records
    assert events == ref_events
