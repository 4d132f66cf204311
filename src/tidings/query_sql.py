"""The building blocks of the read path's SQL: bound values, text tests, date bounds, flags.

Shared by :mod:`tidings.query` and its sibling modules; nothing here reads a table.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from .errors import StoreError


class NotFound(StoreError, LookupError):
    """The requested article is not in the store."""

    code = "store.not_found"



DateLike = dt.date | str | None


def _date(value: DateLike) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _bindable(args: list[Any]) -> list[Any]:
    """User text as SQLite can bind it: lone surrogates (from undecodable argv bytes) become U+FFFD."""
    return [a.encode("utf-16", "surrogatepass").decode("utf-16", "replace") if isinstance(a, str) else a
            for a in args]


def match_expression(words: str) -> str | None:
    """FTS5 syntax that matches every word of ``words`` (in any order), whatever characters they hold.

    Each whitespace-separated word becomes a quoted phrase, so quotes, ``AND``/``OR``/``NOT``,
    ``NEAR``, parentheses, colons and hyphens are searched for as text, never obeyed. A trailing
    ``*`` keeps its meaning of "words starting with". ``None`` when there is no word at all.
    """
    terms = []
    for word in words.replace("\x00", " ").split():
        prefix = len(word) > 1 and word.endswith("*")
        core = word.rstrip("*") if prefix else word
        terms.append('"' + core.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(terms) or None


def _contains(column: str, needle: str) -> tuple[str, list[Any]]:
    """Case-insensitive substring test; LIKE (fast) for ASCII needles, Unicode case folding otherwise."""
    if needle.isascii():
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return f"{column} LIKE ? ESCAPE '\\'", [f"%{escaped}%"]
    return f"instr(tidings_fold({column}), ?) > 0", [needle.casefold()]


def _on_or_after(expr: str, bound: str) -> str:
    return f"substr({expr}, 1, min(length({expr}), length({bound}))) >= substr({bound}, 1, min(length({expr}), length({bound})))"


def _on_or_before(expr: str, bound: str) -> str:
    return f"substr({expr}, 1, min(length({expr}), length({bound}))) <= substr({bound}, 1, min(length({expr}), length({bound})))"


def _fold_fn(conn: sqlite3.Connection) -> None:
    # connections made elsewhere (tests, notebooks) lack the folding function the filters use
    conn.create_function("tidings_fold", 1, lambda v: v.casefold() if isinstance(v, str) else None,
                         deterministic=True)


def _in(expr: str, values: list[Any]) -> str:
    return f"{expr} IN ({','.join('?' * len(values))})"


def _flag(column: str, values: list[str]) -> tuple[str, list[Any]]:
    """Any of ``values`` among the comma-joined flags of ``column``; the value ``none`` means no flag at all."""
    conds, args = [], []
    for v in values:
        if v == "none":
            conds.append(f"COALESCE({column}, '') = ''")
        else:
            conds.append(f"instr(',' || COALESCE({column}, '') || ',', ?) > 0")
            args.append(f",{v},")
    return "(" + " OR ".join(conds) + ")", args


def _split(value: str | None, sep: str) -> tuple[str, ...]:
    return tuple(x for x in (value or "").split(sep) if x)


def _named(cursor: sqlite3.Cursor, rows: list[Any]) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description or ()]
    return [dict(zip(names, r)) for r in rows]
