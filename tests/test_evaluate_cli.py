"""`tidings evaluate` on fact checklists: detection by content, text and JSON reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tidings.cli import group
from tidings.evaluate.report import detect_format

CASE = {"id": "k1", "date": "2024-05-02",
        "text": "Kestria protests\nThousands of protesters marched in Kestria on Monday.",
        "facts": [{"kind": "event", "event": "PROTEST", "actor": "protesters"},
                  {"kind": "no_event", "event": "ASSAULT", "evidence": "marched"},
                  {"kind": "event", "event": "ASSAULT", "note": "nothing was attacked: must fail"}]}


def _write(path: Path, *records: dict) -> Path:  # type: ignore[type-arg]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.parametrize("name, record, fmt", [
    ("cases.jsonl", CASE, "facts"),
    ("actors_cases.jsonl", CASE, "facts"),  # the content wins over a misleading name
    ("my_gsr.jsonl", {"text": "x", "event": "PROTEST"}, "plover-gsr"),
    ("data.jsonl", {"text": "x", "event": "PROTEST"}, "plover-gsr"),
    ("data.jsonl", {"text": "x", "facts": "not a list", "event": "AGREE"}, "plover-gsr"),
    ("data.jsonl", {"text": "x", "quad_label": 1}, "conflibert"),
])
def test_detect_format_finds_checklists_by_content(tmp_path, name, record, fmt) -> None:  # type: ignore[no-untyped-def]
    assert detect_format(_write(tmp_path / name, record)) == fmt


@pytest.mark.model
def test_cli_evaluate_facts_text_and_json(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _write(tmp_path / "mine.jsonl", CASE)
    res = CliRunner().invoke(group, ["evaluate", str(path)])
    assert res.exit_code == 0, res.output
    assert res.output.startswith("facts: 2/3 hold")
    assert '"event": "ASSAULT"' in res.output.split("failing:")[1]
    res = CliRunner().invoke(group, ["evaluate", str(path), "--format", "facts", "--json"])
    assert res.exit_code == 0, res.output
    report = json.loads(res.output)
    assert (report["passed"], report["facts"]) == (2, 3)
    assert [r["ok"] for r in report["rows"]] == [True, True, False]
