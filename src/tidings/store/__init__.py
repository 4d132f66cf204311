"""The embedded database: SQLite in WAL mode, the system of record of coded articles.

::

    db.py          connect(): pragmas (WAL, synchronous, busy timeout, foreign keys), transactions
    migrations.py  named migrations, each applied in one transaction and recorded
    write.py       write_result(): one article and all its rows in one transaction
    load.py        ingest_items(): code a stream of articles into the store, resumably

Reading goes through :mod:`tidings.query`, the one read path.
"""

from __future__ import annotations

from .db import DEFAULT_DB, ENV_DB, Database, connect, default_db_path, opened, transaction
from .load import IngestStats, ingest_items
from .migrations import MIGRATIONS, Migration, applied, migrate
from .write import delete_article, result_json, stored_ids, write_copy, write_problem, write_result

__all__ = sorted([
    "DEFAULT_DB", "ENV_DB", "Database", "IngestStats", "MIGRATIONS", "Migration", "applied", "connect",
    "default_db_path", "delete_article", "ingest_items", "migrate", "opened", "result_json", "stored_ids",
    "transaction", "write_copy", "write_problem", "write_result",
])
