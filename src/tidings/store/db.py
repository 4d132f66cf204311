"""Opening the embedded database: one place that decides the connection settings.

The store is a plain SQLite file, the system of record. Every connection gets:

* ``journal_mode=WAL`` - readers (the query CLI, the API, another SQLite tool) never block
  the one writer that is ingesting, and the writer never blocks them;
* ``synchronous=NORMAL`` - with WAL this is crash-safe: a killed process (even SIGKILL) or
  an OS crash never corrupts the file, and a transaction the process saw committed survives
  a process crash. Only a power cut may forget the last few commits; an ingest that is run
  again simply codes those articles again. ``durable=True`` switches to ``FULL`` (an fsync
  per commit) for users who need committed-means-on-disk across power loss;
* ``busy_timeout`` - a second writer waits for the lock instead of failing at once;
* ``foreign_keys=ON`` - deleting an article removes its rows (cascade) and nothing dangles.

Connections run in autocommit mode; :func:`transaction` opens explicit ``BEGIN IMMEDIATE``
transactions so that a write takes the lock before it reads, and all of it commits or none.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import StoreError

DEFAULT_DB = "tidings.db"
ENV_DB = "TIDINGS_DB"
BUSY_TIMEOUT_S = 30.0

Database = sqlite3.Connection | str | os.PathLike[str]


def default_db_path() -> Path:
    """``$TIDINGS_DB`` where set, else ``tidings.db`` in the working directory."""
    return Path(os.environ.get(ENV_DB) or DEFAULT_DB)


def _fold(value: object) -> str | None:
    """Unicode case folding for case-insensitive matching (SQLite's own only folds ASCII)."""
    return value.casefold() if isinstance(value, str) else None


def connect(
    path: str | os.PathLike[str] | None = None,
    *,
    create: bool = True,
    migrate: bool = True,
    durable: bool = False,
) -> sqlite3.Connection:
    """Open (and, where needed, create and migrate) the database at ``path``.

    ``create=False`` refuses to make a new file: a reader pointed at the wrong path gets a
    clear :class:`StoreError` instead of an empty database.
    """
    p = Path(path) if path is not None else default_db_path()
    if str(p) != ":memory:" and not p.exists():
        if not create:
            raise StoreError(f"no database at {p} (run `tidings ingest` first, or pass --db / set {ENV_DB})")
        if p.parent and not p.parent.exists():
            raise StoreError(f"cannot create {p}: folder {p.parent} does not exist")
    try:
        conn = sqlite3.connect(str(p), timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {p}: {exc}") from exc
    try:
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if mode.lower() != "wal" and str(p) != ":memory:":
            raise StoreError(f"{p}: cannot switch to WAL mode (journal_mode is {mode})")
        conn.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
        conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.create_function("tidings_fold", 1, _fold, deterministic=True)
        if migrate:
            from .migrations import migrate as run_migrations

            run_migrations(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{p} is not a usable tidings database: {exc}") from exc
    except BaseException:
        conn.close()
        raise
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All statements inside commit together, or (on any exception, even KeyboardInterrupt) none."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:  # some errors (disk full, I/O) have already rolled it back
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextmanager
def opened(db: Database, *, create: bool = False) -> Iterator[sqlite3.Connection]:
    """Use ``db`` as it is when it is a connection; open (and afterwards close) it when it is a path."""
    if isinstance(db, sqlite3.Connection):
        yield db
        return
    conn = connect(db, create=create)
    try:
        yield conn
    finally:
        conn.close()


__all__ = ["BUSY_TIMEOUT_S", "DEFAULT_DB", "Database", "ENV_DB", "connect", "default_db_path", "opened", "transaction"]
