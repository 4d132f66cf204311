"""The resolver's accuracy on the shared actor-resolution set meets the project's thresholds."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.evaluate.actors import _check, evaluate_actors, format_report


@pytest.mark.shared
def test_accuracy_thresholds(shared_data: Path) -> None:
    report = evaluate_actors(shared_data / "actor_resolution_dev.jsonl")
    assert report["country_accuracy"] >= 0.90, format_report(report)
    assert report["sector_accuracy"] >= 0.80, format_report(report)


@pytest.mark.parametrize(("expected", "got", "ok"), [
    ("RUS", "RUS", True), ("RUS", None, False), ("", None, True), ("", "USA", False),
    ({"op": "NotEq", "value": "GBR"}, None, True), ({"op": "NotEq", "value": "GBR"}, "GBR", False),
    ({"op": "In", "value": ["GOV", "MIL"]}, "MIL", True), ({"op": "In", "value": None}, "GOV", None),
    ("????", "GOV", None),
])
def test_expected_value_forms(expected: object, got: str | None, ok: bool | None) -> None:
    assert _check(expected, got) is ok


def test_report_on_a_tiny_file(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_text('{"text": "the Kremlin", "expected": {"country": "RUS", "code_1": "GOV"}}\n'
                 '{"text": "Bilbo", "expected": {"country": "SHR", "code_1": "AGR"}}\n', encoding="utf-8")
    report = evaluate_actors(p)
    assert report["country_accuracy"] == 0.5 and len(report["misses"]) == 1
    assert "Bilbo" in format_report(report)
