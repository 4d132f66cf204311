"""Two real-news reports side by side (tidings.evaluate.compare): figures, and the events a change
found, lost, added or took away, read off the error listings. Hand-built reports, no model."""

from __future__ import annotations

import json

from tidings.evaluate.compare import changes, figure, main


def _report(found: int, missed: list[dict], false: list[dict]) -> dict:  # type: ignore[type-arg]
    return {"events": {"found": found, "claimed": 10, "precision": 0.5}, "missed": {"actor": 1},
            "articles_detail": [{"article": "wn:A", "errors": [{"kind": "event-missed", **m} for m in missed]
                                 + [{"kind": "event-false", **f} for f in false]}]}


_MISS = {"event": "ACCUSE", "actor": ["X"], "recipient": ["Y"], "text": "X accused Y."}
_WRONG = {"event": "AID", "actor": ["X"], "recipient": [], "text": "X gave a speech.", "confidence": 0.3, "rule": "verb:give"}
_OTHER = {"event": "ASSAULT", "actor": [], "recipient": ["Z"], "text": "Z was shot.", "confidence": 0.2, "rule": "verb:shoot"}


def test_a_miss_gone_is_found_and_a_wrong_event_gone_is_taken_away() -> None:
    out = changes(_report(1, [_MISS], [_WRONG]), _report(2, [], [_OTHER]))
    assert [k[1] for k, _ in out["found"]] == ["ACCUSE"] and not out["lost"]
    assert [k[1] for k, _ in out["wrong taken away"]] == ["AID"]
    assert [k[1] for k, _ in out["wrong added"]] == ["ASSAULT"]


def test_nothing_changed_is_no_change_and_a_missing_figure_is_none() -> None:
    report = _report(1, [_MISS], [_WRONG])
    assert not any(changes(report, report).values())
    assert figure(report, ("events", "found")) == 1 and figure(report, ("pronouns", "right")) is None


def test_the_command_prints_both_figures_and_the_changes(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(json.dumps(_report(1, [_MISS], [])), encoding="utf-8")
    b.write_text(json.dumps(_report(2, [], [])), encoding="utf-8")
    assert main([str(a), str(b)]) == 0
    out = capsys.readouterr().out
    assert "required events found" in out and "found: 1" in out and "X accused Y." in out
