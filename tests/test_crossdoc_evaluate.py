"""Cluster metrics (MUC, B³, CEAF-e, CoNLL) and the SemEval-2015 timelines evaluator."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tidings.evaluate.crossdoc import GoldMention, evaluate_timelines, score, sentence_date, stated_time, stem, to_mention
from tidings.evaluate.report import detect_format

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


@pytest.mark.parametrize("text, expected", [
    ("Boeing delivered the final 717 on Tuesday .", (dt.date(2005, 5, 31), "day")),  # the Tuesday before
    ("GM announced today that it will offer buyouts .", (dt.date(2005, 6, 1), "day")),
    ("Last month , EADS defeated Boeing .", (dt.date(2005, 5, 1), "month")),
    ("He fought cancer in 2004 .", (dt.date(2004, 1, 1), "year")),
    ("The company said it would cut jobs .", None),
])
def test_crossdoc_stated_time(text: str, expected: tuple | None) -> None:
    assert stated_time(text, dt.date(2005, 6, 1)) == expected


@pytest.mark.parametrize("text, precision", [
    ("Sales fell in the first quarter of 2005 .", "article"),  # a period around the article's own date
    ("Sales fell in June .", "article"),
    ("Sales fell in 2004 .", "year"),  # a period before it: the stated one
])
def test_crossdoc_gold_mention_takes_the_sharper_date(text: str, precision: str) -> None:
    g = GoldMention(("d", 1, "fell"), "t", "d", "fell", text, dt.date(2005, 6, 1))
    assert to_mention(g, 0).precision == precision


@pytest.mark.skipif(not TIMELINES.is_dir(), reason="SemEval-2015 timelines not at ../shared/data/timelines")
def test_crossdoc_timelines_report() -> None:
    assert detect_format(TIMELINES) == "timelines"
    report = evaluate_timelines(TIMELINES)
    assert report["mentions"] > 1000 and report["gold_events"] > 800
    for name in ("tidings", "lemma+time"):
        s = report["systems"][name]
        assert 0.8 < s["b3"]["f1"] < 1.0 and 0.6 < s["conll"]["f1"] < 1.0
    ours, base = report["systems"]["tidings"], report["systems"]["lemma+time"]
    assert ours["b3"]["f1"] > base["b3"]["f1"] and ours["conll"]["f1"] > base["conll"]["f1"]
