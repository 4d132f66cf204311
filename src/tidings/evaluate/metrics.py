"""Metric functions of the evaluation: precision/recall/F1, macro-F1, confusion, span overlap.

All of them take plain Python values (labels, code sets, character spans) so that they are
tested on tiny hand-made data and shared by every data set's evaluator.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

# Codes of old data sets that differ from ISO 3166 alpha-3, and the non-state codes that the
# gold data folds together (the PLOVER GSR codes the UN, the EU and NATO all as IGO).
CODE_ALIASES = {"JAP": "JPN", "ITL": "ITA", "UNO": "IGO", "EUR": "IGO", "ROM": "ROU", "GER": "DEU", "BOS": "BIH",
                "SER": "SRB", "YUG": "SRB", "PAL": "PSE", "UK": "GBR"}


def normalise_code(code: str | None) -> str | None:
    if not code:
        return None
    up = code.strip().upper()
    return CODE_ALIASES.get(up, up)


@dataclass
class PRF:
    """Counts of one label (or one micro-averaged task) and the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add_sets(self, gold: Iterable[str], pred: Iterable[str]) -> None:
        g, p = set(gold), set(pred)
        self.tp += len(g & p)
        self.fp += len(p - g)
        self.fn += len(g - p)

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class MultiLabel:
    """Per-label counts where each item has one gold label and a set of predicted labels."""

    labels: Sequence[str]
    per: dict[str, PRF] = field(default_factory=dict)

    def add(self, gold: str, pred: Iterable[str]) -> None:
        pred = set(pred)
        for lab in self.labels:
            prf = self.per.setdefault(lab, PRF())
            if lab == gold and lab in pred:
                prf.tp += 1
            elif lab == gold:
                prf.fn += 1
            elif lab in pred:
                prf.fp += 1

    def macro_f1(self) -> float:
        """Mean F1 over labels that occur in the gold data or the predictions."""
        used = [p for p in self.per.values() if p.tp + p.fp + p.fn]
        return sum(p.f1 for p in used) / len(used) if used else 0.0


def confusion(pairs: Iterable[tuple[str, str]]) -> dict[str, dict[str, int]]:
    """gold label -> predicted label -> count."""
    table: dict[str, Counter[str]] = {}
    for gold, pred in pairs:
        table.setdefault(gold, Counter())[pred] += 1
    return {g: dict(c) for g, c in sorted(table.items())}


def spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def span_overlap_counts(gold: Sequence[tuple[str, tuple[int, int]]], pred: Sequence[tuple[str, tuple[int, int]]],
                        ) -> tuple[int, int, int, int]:
    """(predicted spans that overlap a gold span of their role, predicted, gold spans overlapped, gold).

    Roles are "source" and "target"; a gold "reciprocal" span counts for either role.
    """
    def fits(g_role: str, p_role: str) -> bool:
        return g_role == p_role or g_role == "reciprocal"

    pred_hit = sum(1 for pr, ps in pred if any(fits(gr, pr) and spans_overlap(gs, ps) for gr, gs in gold))
    gold_hit = sum(1 for gr, gs in gold if any(fits(gr, pr) and spans_overlap(gs, ps) for pr, ps in pred))
    return pred_hit, len(pred), gold_hit, len(gold)


def overlap_f1(pred_hit: int, n_pred: int, gold_hit: int, n_gold: int) -> tuple[float, float, float]:
    p = pred_hit / n_pred if n_pred else 0.0
    r = gold_hit / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def locate(haystack: str, needle: str) -> tuple[int, int] | None:
    """Character span of ``needle`` in ``haystack`` ignoring whitespace and apostrophe variants."""
    def norm(ch: str) -> str:
        return "'" if ch in "’ʼ‘`" else ch

    keep = [(i, norm(ch)) for i, ch in enumerate(haystack) if not ch.isspace()]
    flat = "".join(ch for _, ch in keep)
    target = "".join(norm(ch) for ch in needle if not ch.isspace())
    if not target:
        return None
    pos = flat.find(target)
    if pos < 0:
        pos = flat.lower().find(target.lower())
    if pos < 0:
        return None
    return keep[pos][0], keep[pos + len(target) - 1][0] + 1


__all__ = ["CODE_ALIASES", "MultiLabel", "PRF", "confusion", "locate", "normalise_code", "overlap_f1",
           "span_overlap_counts", "spans_overlap"]
