"""Golden-file tests: whole fictional articles coded and compared with reviewed expected JSON.

Run ``pytest tests/test_golden_articles.py --update-golden`` to rewrite the expected files,
then review the diff before committing it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tidings.extract.events.relevance import gated

from tidings.ingest import read_paths
from tidings.schema import ArticleResult

GOLDEN = Path(__file__).resolve().parent / "fixtures" / "golden"
ARTICLES = sorted(GOLDEN.glob("*.txt"))


def summary(result: ArticleResult) -> dict[str, Any]:
    """What a reviewer checks: who, said what, did what to whom, when and where (no ids or scores)."""
    names = {a.id: a.name for a in result.actors}
    return {
        "actors": [
            {"name": a.name, "kind": a.kind, "country": a.country, "sector": a.sector, "role": a.role,
             "mentions": [m.span.text for m in a.mentions]}
            for a in result.actors
        ],
        "quotes": [
            {"speaker": names.get(q.speaker or "", None), "kind": q.kind, "cue": q.cue, "text": q.text}
            for q in result.quotes
        ],
        "events": [
            {"event": e.event, "mode": e.mode, "actor": [names.get(i, i) for i in e.actor],
             "recipient": [names.get(i, i) for i in e.recipient],
             "date": e.date.value if e.date else None, "location": e.location.name if e.location else None,
             "aux": list(e.aux), "evidence": e.evidence.text,
             # a candidate the gate marked as no interaction says why (absent on the others)
             **({"candidate": e.provenance.reason} if gated(e) and e.provenance else {})}
            for e in result.events
        ],
        "problems": [p.code for p in result.problems],
    }


@pytest.mark.model
@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_golden_article_matches_reviewed_output(path: Path, pipeline, update_golden: bool) -> None:  # type: ignore[no-untyped-def]
    (article,) = list(read_paths([str(path)]))
    got = summary(pipeline.code(article))
    expected_path = path.with_suffix(".expected.json")
    if update_golden:
        expected_path.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert expected_path.is_file(), f"no golden file {expected_path.name}: run pytest --update-golden and review it"
    assert got == json.loads(expected_path.read_text(encoding="utf-8"))
