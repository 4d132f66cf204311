"""Score the actor resolver on a JSONL of actor strings with expected country and sector.

Each record has ``text``, optional ``query_date`` and ``expected`` with ``country`` and
``code_1`` (the sector). An expected value is a string (``""`` means "no value"), or an
operator object ``{"op": "In" | "NotEq" | "Eq", "value": ...}``; an ``In`` with a null value,
a ``"????"`` or a missing key is not scored. ``JNK`` means "not an actor": right when the
resolver gives no country and no sector. ``HLH`` is the older name of PLOVER's MED.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from ..resolve import Resolver

LEGACY_SECTORS = {"HLH": "MED"}


def _check(expected: Any, got: str | None) -> bool | None:
    """True/False for a scored field, None where the record does not constrain it."""
    if isinstance(expected, dict):
        op, value = expected.get("op"), expected.get("value")
        if op == "In":
            if value is None:
                return None
            values = value if isinstance(value, list) else [value]
            return (got or "") in [v or "" for v in values]
        if op == "NotEq":
            return (got or "") != (value or "")
        if op == "Eq":
            return (got or "") == (value or "")
        return None
    if expected is None or expected == "????":
        return None
    return (got or "") == expected


def evaluate_actors(path: str | Path, resolver: Resolver | None = None) -> dict[str, Any]:
    """Resolve every record of ``path``; return per-record results, accuracies and the misses."""
    resolver = resolver or Resolver()
    records: list[dict[str, Any]] = []
    tallies = {"country": [0, 0], "sector": [0, 0]}
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        rec = json.loads(line)
        date = dt.date.fromisoformat(rec["query_date"]) if rec.get("query_date") else None
        res = resolver.resolve(rec["text"], date, rec.get("context"))
        exp = rec.get("expected", {})
        row: dict[str, Any] = {"line": lineno, "test": rec.get("test"), "text": rec["text"],
                               "query_date": rec.get("query_date"), "got": res.to_json(), "expected": exp}
        ok_c = _check(exp["country"], res.country) if "country" in exp else None
        sector_exp = exp.get("code_1")
        if sector_exp == "JNK":
            ok_s: bool | None = res.sector is None and res.country is None
        else:
            if isinstance(sector_exp, str):
                sector_exp = LEGACY_SECTORS.get(sector_exp, sector_exp)
            ok_s = _check(sector_exp, res.sector) if "code_1" in exp else None
        for field, ok in (("country", ok_c), ("sector", ok_s)):
            row[f"{field}_ok"] = ok
            if ok is not None:
                tallies[field][0] += ok
                tallies[field][1] += 1
        records.append(row)
    acc = {f: (c / n if n else None) for f, (c, n) in tallies.items()}
    misses = [r for r in records if r["country_ok"] is False or r["sector_ok"] is False]
    return {"path": str(path), "records": records, "n": len(records),
            "country_accuracy": acc["country"], "country_scored": tallies["country"][1],
            "sector_accuracy": acc["sector"], "sector_scored": tallies["sector"][1], "misses": misses}


def format_report(report: dict[str, Any], max_misses: int = 60) -> str:
    """A plain-text summary: accuracies, then one line per miss."""
    def pct(x: float | None) -> str:
        return "n/a" if x is None else f"{x:.3f}"

    lines = [f"actor resolution: {report['path']} ({report['n']} records)",
             f"  country accuracy {pct(report['country_accuracy'])} over {report['country_scored']}",
             f"  sector accuracy  {pct(report['sector_accuracy'])} over {report['sector_scored']}",
             f"  misses: {len(report['misses'])}"]
    for r in report["misses"][:max_misses]:
        g = r["got"]
        exp = r["expected"]
        lines.append(f"  - {r['text']!r}{' @' + r['query_date'] if r['query_date'] else ''}: got "
                     f"{g['country']}/{g['sector']} want {exp.get('country')!r}/{exp.get('code_1')!r} ({g['reason']})")
    return "\n".join(lines)


__all__ = ["evaluate_actors", "format_report"]
