"""Named migrations: applied once each, in one transaction, recorded; newer databases refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tidings.errors import StoreError
from tidings.store import MIGRATIONS, Migration, applied, connect, migrate

EXPECTED_TABLES = {"articles", "actors", "quotes", "events", "participants", "problems", "migrations",
                   "quotes_fts", "events_fts"}


def test_store_fresh_database_has_every_table_and_migration(tmp_path: Path) -> None:
    conn = connect(tmp_path / "t.db")
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert EXPECTED_TABLES <= names
    assert applied(conn) == [m.name for m in MIGRATIONS]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


@pytest.mark.parametrize(("pragma", "expected"), [
    ("journal_mode", "wal"), ("synchronous", 1), ("foreign_keys", 1), ("busy_timeout", 30000),
])
def test_store_connection_pragmas(tmp_path: Path, pragma: str, expected: object) -> None:
    conn = connect(tmp_path / "t.db")
    assert conn.execute(f"PRAGMA {pragma}").fetchone()[0] == expected


def test_store_durable_connection_syncs_every_commit(tmp_path: Path) -> None:
    conn = connect(tmp_path / "t.db", durable=True)
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_store_reopen_applies_nothing_and_keeps_rows(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    conn = connect(db)
    conn.execute("INSERT INTO problems(origin, code, message, recorded_at) VALUES ('f', 'input.empty', 'm', 'now')")
    conn.close()
    conn = connect(db)
    assert migrate(conn) == []
    assert conn.execute("SELECT count(*) FROM migrations").fetchone()[0] == len(MIGRATIONS)
    assert conn.execute("SELECT count(*) FROM problems").fetchone()[0] == 1


def test_store_older_database_is_migrated_forward(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    conn = connect(db, migrate=False)
    assert migrate(conn, MIGRATIONS[:1]) == ["0001_initial"]
    conn.close()
    later = MIGRATIONS + (Migration("0099_extra", ("ALTER TABLE articles ADD COLUMN note TEXT",)),)
    conn = connect(db, migrate=False)
    assert migrate(conn, later) == [m.name for m in later[1:]]
    assert "note" in {r[1] for r in conn.execute("PRAGMA table_info(articles)")}
    assert migrate(conn, later) == []


def test_store_failed_migration_leaves_no_trace(tmp_path: Path) -> None:
    conn = connect(tmp_path / "t.db")
    broken = MIGRATIONS + (Migration("0099_broken", ("CREATE TABLE half_done (x)", "THIS IS NOT SQL")),)
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, broken)
    assert "0099_broken" not in applied(conn)
    assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'half_done'").fetchone() is None


def test_store_database_from_newer_version_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    conn = connect(db)
    conn.execute("INSERT INTO migrations(name, applied_at) VALUES ('0100_from_the_future', 'now')")
    conn.close()
    with pytest.raises(StoreError, match="newer version of tidings.*0100_from_the_future"):
        connect(db)


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100, b"\x00" * 4096])
def test_store_non_database_file_is_a_store_error(tmp_path: Path, content: bytes) -> None:
    db = tmp_path / "t.db"
    db.write_bytes(content)
    with pytest.raises(StoreError):
        connect(db)


def test_store_foreign_sqlite_file_is_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    other = sqlite3.connect(db)
    other.execute("CREATE TABLE articles (x)")
    other.commit()
    other.close()
    with pytest.raises(StoreError, match="not a tidings one"):
        connect(db)
    other = sqlite3.connect(db)
    assert [r[0] for r in other.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["articles"]


@pytest.mark.parametrize("create", [False])
def test_store_missing_file_is_not_created_for_readers(tmp_path: Path, create: bool) -> None:
    with pytest.raises(StoreError, match="no database at"):
        connect(tmp_path / "absent.db", create=create)
    assert not (tmp_path / "absent.db").exists()


def test_store_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        connect(tmp_path / "no" / "such" / "t.db")


def test_store_event_day_migration_fills_existing_rows(tmp_path: Path) -> None:
    """0003 adds events.day to a database that already holds events: own date, else the article's."""
    conn = connect(tmp_path / "t.db", migrate=False)
    migrate(conn, MIGRATIONS[:2])
    conn.execute("INSERT INTO articles(id, date, text, coded_at, components, schema, result_json) "
                 "VALUES ('a', '2031-05-06', 't', 'now', '', 'tidings/1', '{}')")
    for seq, date in enumerate(["2031-04", None]):
        conn.execute("INSERT INTO events(article_id, seq, event_id, event, date, actor_ids, recipient_ids, evidence) "
                     "VALUES ('a', ?, ?, 'AGREE', ?, '[]', '[]', 'x')", (seq, f"e{seq}", date))
    assert migrate(conn, MIGRATIONS[:3]) == ["0003_event_day"]
    assert [r[0] for r in conn.execute("SELECT day FROM events ORDER BY seq")] == ["2031-04", "2031-05-06"]
