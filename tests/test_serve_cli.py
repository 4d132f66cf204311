"""`tidings serve`: its options reach uvicorn, an older store is upgraded first, a missing one is a clean error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from test_serve_stats import build_store

from tidings.cli import group


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    import uvicorn

    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    return seen


@pytest.mark.parametrize("args, host, port", [
    ([], "127.0.0.1", 8000),
    (["--host", "0.0.0.0", "--port", "8123"], "0.0.0.0", 8123),
])
def test_serve_cli_passes_host_and_port(tmp_path: Path, served: dict[str, Any], args: list[str], host: str,
                                        port: int) -> None:
    db = build_store(tmp_path / "t.db")
    res = CliRunner().invoke(group, ["serve", "--db", str(db), *args])
    assert res.exit_code == 0, res.output
    assert (served["host"], served["port"]) == (host, port)
    assert served["app"].state.store.path == db
    assert f"http://{host}:{port}/" in res.output


@pytest.mark.parametrize("args, message", [
    (["--db", "{tmp}/missing.db"], "no database at"),
    (["--db", "{tmp}/t.db", "--port", "70000"], "Invalid value for '--port'"),
])
def test_serve_cli_refuses_cleanly(tmp_path: Path, served: dict[str, Any], args: list[str], message: str) -> None:
    build_store(tmp_path / "t.db")
    res = CliRunner().invoke(group, ["serve", *[a.format(tmp=tmp_path) for a in args]])
    assert res.exit_code != 0 and message in res.output and "Traceback" not in res.output
    assert not served


def test_serve_cli_upgrades_an_older_store_before_serving(tmp_path: Path, served: dict[str, Any]) -> None:
    import sqlite3

    from tidings.errors import StoreError
    from tidings.serve import create_app
    from tidings.store import MIGRATIONS, applied, migrate

    db = tmp_path / "old.db"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    migrate(conn, MIGRATIONS[:-1])  # a store written by the previous version
    conn.close()
    with pytest.raises(StoreError, match="older store"):
        create_app(db)  # the app alone never writes
    res = CliRunner().invoke(group, ["serve", "--db", str(db)])
    assert res.exit_code == 0, res.output
    conn = sqlite3.connect(db)
    assert applied(conn)[-1] == MIGRATIONS[-1].name
    conn.close()


def test_serve_cli_workers_start_processes_from_the_factory(tmp_path: Path, served: dict[str, Any],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from tidings.serve.app import DB_ENV, app_from_env

    db = build_store(tmp_path / "t.db")
    monkeypatch.delenv(DB_ENV, raising=False)
    res = CliRunner().invoke(group, ["serve", "--db", str(db), "--workers", "2"])
    assert res.exit_code == 0, res.output
    assert served["app"] == "tidings.serve.app:app_from_env" and served["factory"] and served["workers"] == 2
    import os

    assert os.environ[DB_ENV] == str(db) and app_from_env().state.store.path == db
    monkeypatch.delenv(DB_ENV)
    with pytest.raises(RuntimeError):
        app_from_env()
