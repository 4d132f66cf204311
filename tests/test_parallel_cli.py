"""``--workers`` of ``tidings ingest`` and ``tidings code``: the same output as one process."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from tidings.cli import group

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _rows(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT id, components, result_json FROM articles ORDER BY id").fetchall()
    finally:
        conn.close()


def test_parallel_cli_ingest_workers_store_what_one_process_stores(tmp_path: Path) -> None:
    cli = CliRunner()
    for name, extra in (("one.db", []), ("two.db", ["--workers", "2"])):
        res = cli.invoke(group, ["ingest", str(EXAMPLES), "--db", str(tmp_path / name), "--components", "none", "-q",
                                 *extra])
        assert res.exit_code == 0, res.output
        assert "10 new" in res.output
    assert _rows(tmp_path / "one.db") == _rows(tmp_path / "two.db")


def test_parallel_cli_workers_refuse_negative(tmp_path: Path) -> None:
    res = CliRunner().invoke(group, ["ingest", str(EXAMPLES), "--db", str(tmp_path / "x.db"), "--workers", "-1"])
    assert res.exit_code == 2


@pytest.mark.model
@pytest.mark.slow
def test_parallel_cli_code_workers_print_in_input_order() -> None:
    cli = CliRunner()
    args = ["code", str(EXAMPLES), "--format", "jsonl", "--all"]
    one = cli.invoke(group, args)
    two = cli.invoke(group, [*args, "--workers", "2"])
    assert one.exit_code == two.exit_code == 0, two.output
    lines = [json.loads(x) for x in two.stdout.splitlines()]
    assert len(lines) == 10 and two.stdout == one.stdout
