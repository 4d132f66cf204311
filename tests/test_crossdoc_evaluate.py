"""Cluster metrics (MUC, B³, CEAF-e, CoNLL), the timelines evaluator, and the `tidings events` commands."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tidings.cli import group
from tidings.evaluate.crossdoc import evaluate_timelines, score, sentence_date, stem
from tidings.evaluate.report import detect_format
from tidings.store import connect, write_result

TIMELINES = Path(__file__).resolve().parents[2] / "shared" / "data" / "timelines"

KEY = [{"a", "b", "c"}, {"d"}]


@pytest.mark.parametrize("response, muc, b3, ceafe", [
    (KEY, 1.0, 1.0, 1.0),
    # MUC R 1/2 P 1; B3 R (2/3+2/3+1/3+1)/4 P 1; CEAF-e 0.8+1 over 2 key and 3 response clusters
    ([{"a", "b"}, {"c"}, {"d"}], 0.6667, 0.8, 0.72),
    ([{"a"}, {"b"}, {"c"}, {"d"}], 0.0, 0.6667, 0.5),
    ([{"a", "b", "c", "d"}], 0.8, 0.7692, 0.5714),  # B3 P (3*3/4+1/4)/4; CEAF-e 6/7 over 2 and 1
])
def test_crossdoc_metrics_table(response: list[set[str]], muc: float, b3: float, ceafe: float) -> None:
    s = score([(KEY, response)])
    assert s["muc"]["f1"] == pytest.approx(muc, abs=1e-4)
    assert s["b3"]["f1"] == pytest.approx(b3, abs=1e-4)
    assert s["ceafe"]["f1"] == pytest.approx(ceafe, abs=1e-4)
    assert s["conll"]["f1"] == pytest.approx((muc + b3 + ceafe) / 3, abs=1e-3)


@pytest.mark.parametrize("a, b, same", [
    ("delivered", "deliveries", True), ("announced", "announcement", True), ("job_cuts", "job_cut", True),
    ("sold", "sales", False), ("announced", "delivered", False),
])
def test_crossdoc_stem(a: str, b: str, same: bool) -> None:
    assert (stem(a) == stem(b)) is same


@pytest.mark.parametrize("text, expected", [
    ("Airbus delivered 12 planes on March 3, 2007 .", (dt.date(2007, 3, 3), "day")),
    ("The plant closed in October .", (dt.date(2005, 10, 1), "month")),
    ("Sales have fallen since 2003 .", (dt.date(2003, 1, 1), "year")),
    ("The company said it would cut jobs .", None),
    ("May I ask , said the chief .", (dt.date(2005, 5, 1), "month")),  # a known limit: 'May' read as the month
])
def test_crossdoc_sentence_date(text: str, expected: tuple | None) -> None:
    assert sentence_date(text, dt.date(2005, 6, 1)) == expected


@pytest.mark.skipif(not TIMELINES.is_dir(), reason="SemEval-2015 timelines not at ../shared/data/timelines")
def test_crossdoc_timelines_report() -> None:
    assert detect_format(TIMELINES) == "timelines"
    report = evaluate_timelines(TIMELINES)
    assert report["mentions"] > 1000 and report["gold_events"] > 800
    for name in ("tidings", "lemma+time"):
        s = report["systems"][name]
        assert 0.8 < s["b3"]["f1"] < 1.0 and 0.6 < s["conll"]["f1"] < 1.0


def test_crossdoc_events_commands(tmp_path: Path) -> None:
    from tests.test_crossdoc_store import syndication

    db = tmp_path / "t.db"
    conn = connect(db)
    for result, _ in syndication()[0]:
        write_result(conn, result)
    conn.close()
    run = CliRunner()
    out = run.invoke(group, ["events", "list", "--db", str(db)])
    assert out.exit_code == 0 and "tidings events merge" in out.output
    out = run.invoke(group, ["events", "merge", "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert "are 5 events" in out.output and "are 4 stories" in out.output
    out = run.invoke(group, ["events", "list", "--db", str(db), "--event", "ASSAULT", "--jsonl"])
    (row,) = [json.loads(line) for line in out.output.splitlines()]
    assert row["n_articles"] == 5
    out = run.invoke(group, ["events", "show", str(row["id"]), "--db", str(db)])
    assert out.exit_code == 0 and "5 mentions in 5 articles" in out.output and "merged because" in out.output
    out = run.invoke(group, ["events", "split", str(row["id"]), "--db", str(db)])
    assert out.exit_code == 0 and "split into 5 events" in out.output
    out = run.invoke(group, ["events", "show", "999999", "--db", str(db)])
    assert out.exit_code == 1 and "no merged event 999999" in out.output
    out = run.invoke(group, ["events", "merge", "--db", str(tmp_path / "missing.db")])
    assert out.exit_code == 1 and "no database" in out.output
