"""The kill test: SIGKILL an ingest half-way, run it again, and every article is stored exactly once.

The subprocess runs ``--components none`` (set through ``TIDINGS_COMPONENTS``): a tokenizer-only
pipeline, so the test exercises the store's crash safety and resume, not the model's speed.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

N_ARTICLES = 1000


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(db, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:  # not created or not migrated yet
        return 0


def _ingest(folder: Path, db: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, TIDINGS_COMPONENTS="none")
    env.pop("TIDINGS_DB", None)
    return subprocess.Popen([sys.executable, "-m", "tidings", "ingest", str(folder), "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


@pytest.mark.slow
def test_cli_ingest_killed_half_way_resumes_and_stores_each_article_once(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(N_ARTICLES):
        body = f"The council of the town of Bree number {i} met on day {i % 28 + 1}. " * 40
        (folder / f"{i:04d}.txt").write_text(f"date 2031-02-{i % 28 + 1:02d} Bree council {i}\n{body}\n",
                                             encoding="utf-8")
    db = tmp_path / "t.db"

    proc = _ingest(folder, db)
    deadline = time.monotonic() + 120
    seen = 0
    while proc.poll() is None and time.monotonic() < deadline:
        seen = _stored(db)
        if seen >= N_ARTICLES // 2:
            break
        time.sleep(0.002)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    assert proc.returncode == -signal.SIGKILL, f"the ingest ended before it could be killed: {proc.stderr.read()}"
    at_kill = _stored(db)
    assert N_ARTICLES // 2 <= at_kill < N_ARTICLES, at_kill

    resumed = _ingest(folder, db)
    out, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, err
    assert f"articles: {N_ARTICLES - at_kill} new, {at_kill} already stored" in out

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
    origins = [r[0] for r in conn.execute("SELECT origin FROM articles")]
    assert len(origins) == N_ARTICLES
    assert sorted(Path(o).name for o in origins) == sorted(f"{i:04d}.txt" for i in range(N_ARTICLES))
    assert conn.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0] == N_ARTICLES
