"""Evaluation metrics on tiny hand-made gold and predictions."""

from __future__ import annotations

import pytest

from tidings.evaluate.metrics import (PRF, MultiLabel, confusion, locate, normalise_code, overlap_f1,
                                      span_overlap_counts)
from tidings.evaluate.report import detect_format


def test_prf_sets() -> None:
    prf = PRF()
    prf.add_sets({"ARN", "GON"}, {"ARN", "ROH"})
    prf.add_sets({"MOR"}, set())
    assert (prf.tp, prf.fp, prf.fn) == (1, 1, 2)
    assert prf.precision == pytest.approx(0.5) and prf.recall == pytest.approx(1 / 3)
    assert prf.f1 == pytest.approx(0.4)


def test_prf_empty_is_zero() -> None:
    assert PRF().f1 == 0.0


def test_multilabel_macro_f1() -> None:
    ml = MultiLabel(("AGREE", "REJECT", "ASSAULT"))
    ml.add("AGREE", {"AGREE"})
    ml.add("REJECT", {"AGREE"})
    ml.add("REJECT", {"REJECT", "ASSAULT"})
    assert ml.per["AGREE"].as_dict()["f1"] == pytest.approx(2 / 3, abs=1e-3)
    assert ml.per["REJECT"].f1 == pytest.approx(2 / 3)
    assert ml.per["ASSAULT"].f1 == 0.0
    assert ml.macro_f1() == pytest.approx((2 / 3 + 2 / 3 + 0) / 3)


def test_confusion() -> None:
    assert confusion([("A", "A"), ("A", "B"), ("A", "B")]) == {"A": {"A": 1, "B": 2}}


@pytest.mark.parametrize("code,expected", [("JAP", "JPN"), ("UNO", "IGO"), ("usa", "USA"), ("", None), (None, None)])
def test_normalise_code(code, expected) -> None:  # type: ignore[no-untyped-def]
    assert normalise_code(code) == expected


def test_span_overlap() -> None:
    gold = [("source", (0, 5)), ("target", (10, 20)), ("reciprocal", (30, 35))]
    pred = [("source", (2, 4)), ("source", (12, 14)), ("target", (31, 33))]
    assert span_overlap_counts(gold, pred) == (2, 3, 2, 3)
    p, r, f = overlap_f1(2, 3, 2, 3)
    assert p == r == f == pytest.approx(2 / 3)
    assert overlap_f1(0, 0, 0, 4) == (0.0, 0.0, 0.0)


@pytest.mark.parametrize("hay,needle,expected", [
    ("Arnor’s army attacked.", "Arnor 's army", (0, 12)),
    ("The king of Gondor", "king of  Gondor", (4, 18)),
    ("nothing here", "Rohan", None),
])
def test_locate(hay: str, needle: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert locate(hay, needle) == expected


@pytest.mark.parametrize("name,fmt", [
    ("plover_gsr_dev.jsonl", "plover-gsr"), ("conflibert_cameo_train.jsonl", "conflibert"),
    ("x.gold.json", "tidings-gold"), ("actor_resolution_dev.jsonl", "actors"),
])
def test_detect_format_by_name(tmp_path, name: str, fmt: str) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / name
    p.write_text("{}\n")
    assert detect_format(p) == fmt


def test_detect_format_by_content(tmp_path) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "data.jsonl"
    p.write_text('{"text": "x", "quad_label": 1, "spans": []}\n')
    assert detect_format(p) == "conflibert"


@pytest.mark.parametrize("label,families", [
    ("military", {"military"}),
    ("diplomatic, resource", {"diplomatic", "resource"}),
    ("refugees", {"refugee"}),
    ("unknown", set()),
    (None, set()),
    ("", set()),
])
def test_gold_context_families(label, families) -> None:  # type: ignore[no-untyped-def]
    from tidings.evaluate.events import gold_context_families

    assert gold_context_families(label) == families


def test_context_families_fold_plover_contexts() -> None:
    from tidings.evaluate.events import CONTEXT_FAMILY, context_families
    from tidings.ontology import CONTEXTS

    assert set(CONTEXT_FAMILY) <= set(CONTEXTS)
    assert context_families(["asylum", "migration", "legal", "health"]) == {"refugee", "legal"}
