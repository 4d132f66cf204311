"""The Dask runner and the loader: Parquet written on a LocalCluster, loaded into the store.

The cluster is one in-process worker (``processes=False``), so the tests stay fast; the
partition code, the task submission and the file layout are the same as on a real cluster.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tidings.cli.ingest import build_pipeline
from tidings.ingest import read_paths
from tidings.scale import TABLES, LoadError, RunStats, is_done, load_output, partitions, result_files, run
from tidings.schema import Article, Problem
from tidings.store import connect, ingest_items

distributed = pytest.importorskip("distributed")

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
NONE = ["none"]  # a tokenizer-only pipeline: stores articles uncoded, no model needed


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0",
                                  silence_logs=40) as cluster, distributed.Client(cluster) as c:
        yield c


def _input(tmp_path: Path) -> Path:
    """The three wire articles as JSONL, with a repeated article, an unreadable line and a date the reader warns about."""
    rows = [json.loads(line) for line in (EXAMPLES / "wire.jsonl").read_text(encoding="utf-8").splitlines()]
    rows[1]["date"] = "the day after tomorrow"
    lines = [json.dumps(r) for r in rows] + ["{not json", json.dumps(rows[0])]
    p = tmp_path / "in.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def _dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every stored row that does not depend on when it was written."""
    conn = sqlite3.connect(db)
    out = {"articles": conn.execute("SELECT id, result_json FROM articles ORDER BY id").fetchall(),
           "problems": sorted(conn.execute("SELECT article_id, origin, code, message, component FROM problems"),
                              key=repr)}
    for table in ("actors", "quotes", "events", "participants"):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in ("id", "event_row")]
        out[table] = sorted(conn.execute(f"SELECT {','.join(cols)} FROM {table}"), key=repr)
    conn.close()
    return out


def _art(i: int) -> Article:
    return Article(id=f"a{i}", text=f"text {i}")


@pytest.mark.parametrize(("items", "size", "expected"), [
    ([], 2, []),
    ([_art(1), _art(2), _art(3)], 2, [["a1", "a2"], ["a3"]]),
    ([_art(1), _art(1), _art(2)], 2, [["a1", "a2"]]),  # a repeat is dropped
    ([_art(1), _art(2)], 5, [["a1", "a2"]]),
    ([Problem("input.bad", "x", origin="f:1")], 2, [[]]),  # unreadable only: still a partition, to store it
])
def test_scale_partitions_cut_the_input(items: list[Article | Problem], size: int, expected: list[list[str]]) -> None:
    got = [[a.id for a, _ in p.articles] for p in partitions(items, size)]
    assert got == expected
    assert [p.index for p in partitions(items, size)] == list(range(len(expected)))


def test_scale_partitions_keep_warnings_with_their_article() -> None:
    warn = Problem("input.bad_date", "no date", origin="f:1")
    (part,) = partitions([warn, Article(id="a", text="t", origin="f:1")], 4)
    assert part.articles[0][1] == (warn,) and part.unreadable == ()


def test_scale_partitions_refuse_size_zero() -> None:
    with pytest.raises(ValueError):
        list(partitions([_art(1)], 0))


def test_scale_run_writes_every_table_and_resumes(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    stats = run(read_paths([str(_input(tmp_path))]), out, client, components=NONE, partition_size=2)
    assert (stats.partitions, stats.articles, stats.duplicates, stats.unreadable) == (2, 3, 1, 1)
    for table in TABLES:
        assert sorted(p.name for p in (out / table).iterdir()) == ["part-00000.parquet", "part-00001.parquet"]
    assert is_done(out, 1) and not is_done(out, 2)
    again = run(read_paths([str(_input(tmp_path))]), out, client, components=NONE, partition_size=2)
    assert (again.partitions, again.skipped_partitions) == (0, 2)


def test_scale_output_uses_the_export_schema(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pyarrow.parquet as pq

    from tidings.export.parquet import schema

    out = tmp_path / "out"
    run(read_paths([str(EXAMPLES)]), out, client, components=NONE, partition_size=4)
    for table in ("articles", "actors", "mentions", "quotes", "events", "participants"):
        assert pq.read_schema(out / table / "part-00000.parquet").remove_metadata() == schema(table)
    assert pq.read_table(out / "articles").num_rows == 10


def test_scale_load_equals_serial_ingest_without_model(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src, out = _input(tmp_path), tmp_path / "out"
    run(read_paths([str(src)]), out, client, components=NONE, partition_size=2)
    loaded, serial = tmp_path / "loaded.db", tmp_path / "serial.db"
    with connect(loaded) as conn:
        stats = load_output(conn, out)
        assert (stats.new, stats.unreadable, stats.partitions) == (3, 1, 2)
        assert load_output(conn, out).skipped == 3  # loading twice stores nothing twice
    with connect(serial) as conn:
        ingest_items(conn, read_paths([str(src)]), build_pipeline("none"))
    assert _dump(loaded) == _dump(serial)


@pytest.mark.model
def test_scale_load_gives_the_events_of_ingest(client, nlp, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                               tmp_path: Path) -> None:
    from tidings.pipeline import Pipeline
    from tidings.scale import partition

    monkeypatch.setitem(partition._PIPELINES, None, Pipeline(errors="record", nlp=nlp))
    src, out = _input(tmp_path), tmp_path / "out"
    run(read_paths([str(src)]), out, client, partition_size=3)
    loaded, serial = tmp_path / "loaded.db", tmp_path / "serial.db"
    with connect(loaded) as conn:
        load_output(conn, out)
    with connect(serial) as conn:
        stats = ingest_items(conn, read_paths([str(src)]), Pipeline(errors="record", nlp=nlp))
    assert stats.events > 0
    assert _dump(loaded) == _dump(serial)


def test_scale_load_ignores_a_partition_cut_short(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    run(read_paths([str(EXAMPLES)]), out, client, components=NONE, partition_size=4)
    (out / "results" / "part-00002.parquet").unlink()  # as if the worker died before its last file
    assert [p.name for p in result_files(out)] == ["part-00000.parquet", "part-00001.parquet"]
    with connect(tmp_path / "db.db") as conn:
        assert load_output(conn, out).new == 8


@pytest.mark.parametrize("damage", ["no_results_folder", "corrupt_file", "bad_record"])
def test_scale_load_refuses_what_is_not_run_output(damage: str, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = tmp_path / "out"
    out.mkdir()
    if damage != "no_results_folder":
        (out / "results").mkdir()
        f = out / "results" / "part-00000.parquet"
        if damage == "corrupt_file":
            f.write_bytes(b"PAR1 not really")
        else:
            pq.write_table(pa.table({"article_id": ["x"], "result_json": ['{"article": 3}']}), f)
    with connect(tmp_path / "db.db") as conn, pytest.raises(LoadError):
        load_output(conn, out)


def test_scale_cli_run_then_load(client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from tidings.cli import group
    from tidings.scale import runner

    monkeypatch.setattr(runner, "connect_cluster", lambda scheduler, workers: _given(client))
    monkeypatch.setattr("tidings.cli.run.connect_cluster", lambda scheduler, workers: _given(client))
    cli = CliRunner()
    out, db = tmp_path / "out", tmp_path / "t.db"
    res = cli.invoke(group, ["run", str(EXAMPLES), "--out", str(out), "--components", "none", "-q"])
    assert res.exit_code == 0, res.output
    assert "10 articles" in res.output
    res = cli.invoke(group, ["load", str(out), "--db", str(db)])
    assert res.exit_code == 0 and "10 new" in res.output, res.output
    serial = tmp_path / "serial.db"
    assert cli.invoke(group, ["ingest", str(EXAMPLES), "--db", str(serial), "--components", "none", "-q"]).exit_code == 0
    for table in ("stories", "story_articles"):  # the cross-article merge ran after the load as after an ingest
        counts = []
        for path in (db, serial):
            conn = sqlite3.connect(path)
            counts.append(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            conn.close()
        assert counts[0] == counts[1] > 0, table
    res = cli.invoke(group, ["load", str(tmp_path), "--db", str(db)])
    assert res.exit_code != 0


def test_scale_cli_run_refuses_unknown_components(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from tidings.cli import group

    res = CliRunner().invoke(group, ["run", str(EXAMPLES), "--out", str(tmp_path / "o"), "--components", "nope"])
    assert res.exit_code == 1 and "nope" in res.output


def _given(client):  # type: ignore[no-untyped-def]
    import contextlib

    return contextlib.nullcontext(client)


def test_scale_run_stats_summary() -> None:
    s = RunStats(partitions=2, articles=4)
    assert "2 partitions" in s.summary() and "4 articles" in s.summary()


def test_scale_unreachable_scheduler_is_a_clear_error() -> None:
    import socket

    from tidings.scale import RunError, connect_cluster

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{s.getsockname()[1]}"
    with pytest.raises(RunError, match="cannot reach the Dask scheduler"):
        with connect_cluster(address, timeout=1):
            pass


def test_scale_rerun_with_another_partition_size_is_refused(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tidings.scale import RunError

    out = tmp_path / "out"
    run(read_paths([str(EXAMPLES)]), out, client, components=NONE, partition_size=4)
    with pytest.raises(RunError, match="partition-size 4"):
        run(read_paths([str(EXAMPLES)]), out, client, components=NONE, partition_size=5)
    assert run(read_paths([str(EXAMPLES)]), out, client, components=NONE, partition_size=4).skipped_partitions == 3


def _worker_settings() -> tuple[str | None, bool]:
    import os

    import dask

    return os.environ.get("MALLOC_TRIM_THRESHOLD_"), bool(dask.config.get("distributed.worker.profile.enabled"))


def test_scale_local_cluster_workers_keep_glibc_malloc_and_no_profiler(monkeypatch: pytest.MonkeyPatch) -> None:
    from tidings.scale import connect_cluster

    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)  # a nanny of an earlier cluster may have set it here
    with connect_cluster("local", 1) as c:
        assert list(c.run(_worker_settings).values()) == [(None, False)]
