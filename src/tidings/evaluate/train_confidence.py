"""Rebuild the event confidence model from the real-news benchmark's dev split.

    python -m tidings.evaluate.train_confidence [--corpus corpus/wikinews ...] [--articles PATH] [--out FILE]

Every live event tidings codes on a dev article is labelled right (it matches a reference event,
required or optional: type, actor, recipients) or wrong; a logistic model with an L2 penalty is
fitted to the features of :func:`tidings.extract.events.confidence.event_features`. The penalty
is chosen by five-fold cross-validation grouped by article (mean log loss over three draws of the
folds), and the output threshold is
the lowest from which on the cross-validated predictions keep the benchmark's event precision on
dev at 0.78 or more: the 0.75 the default output aims at plus a margin for rules written against
dev (else the best F0.5), and from which on the events kept have a mean recalibrated probability
of 0.75 or more (see below): whichever is higher. The test split is never read.

The rules are written against dev-work, so a model fitted on dev learns odds that hold there and
not on unseen text (cross-validated, its calibration error was 0.01 on dev-work and 0.09 on the
dev-check articles no rule was written against). The cross-validated predictions of the dev-check
articles therefore fix a logistic recalibration (slope and shift of the log odds), folded into the
weights: a confidence is the probability an event is right on text like dev-check, not on dev-work.
The recalibration is monotone, so the threshold rule keeps the same events; only the number
shown, and the threshold that stands for it, change.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..extract.events.confidence import MODEL_PATH, ConfidenceModel, article_gist, event_features
from ..extract.events.gist import GistModel
from ..extract.events.relevance import gated, is_live
from ..pipeline import DEFAULT_COMPONENTS, Pipeline
from .corpus import CORPUS_DIR, is_dev_only
from .news import aggregate, score_article
from .news_match import ActorIndex, coding_of_result, match_events
from .news_run import check_ids, load_corpus, to_article

# Both hand-coded corpora: Wikinews articles and machine-written wire stories. Trained on the
# Wikinews dev split alone the model ranked the stories' events less well than one trained on both
# (cross-validated by article, session 21: area under the ROC curve 0.82 -> 0.83 on Wikinews dev,
# 0.79 on the stories' dev whether trained on Wikinews alone or on both; log loss lower on each).
# corpus/stories-dev (session 35) adds stories coded for training and checking only (dev-only).
DEFAULT_CORPORA = [CORPUS_DIR, CORPUS_DIR.parent / "stories", CORPUS_DIR.parent / "stories-dev"]
PENALTIES = (0.3, 1.0, 3.0, 10.0, 30.0)
MIN_COUNT = 5  # a feature name seen on fewer training events is left out
# Which rule fired is left out: the rules are written against the dev split, so a rule's name
# predicts its dev events better than it predicts unseen text (the rule's family and type stay).
LEFT_OUT = ("rule=",)
FOLDS = 5
BETA = 0.5
TARGET_PRECISION = 0.75  # the precision the default output aims at (issue: event precision >= 0.75)
# Dev precision overstates unseen text: the rules are written against dev. On the dev articles
# coded after the rules (the corpus's second batch) cross-validated precision ran 0.05-0.09 below
# the whole split's at the same threshold, so the threshold keeps a margin above the target.
UNSEEN_MARGIN = 0.03
# A threshold keeping fewer dev events says too little about precision. 15 let the last few
# thresholds decide (session 35, with corpus/stories-dev: 16 events kept above 0.92 at a precision
# of 0.73 by chance put the threshold there, where from 0.63 to 0.89 precision held on 45 to 700
# events); with 30 one wrong event moves precision by 0.03.
MIN_CLAIMED = 30
# Thresholds are tried in steps of 0.01: on a grid of 0.05 two retrains on near-identical data
# (nine tenths of the dev articles drawn at random, twelve times) chose 0.60 or 0.65, a jump that
# moved the output's recall by a fifth; in steps of 0.01 the same draws chose 0.58-0.62.
GRID_STEP = 0.01
# Rows of the articles the rules were written against (a corpus's dev split less its dev-check) carry
# a covariate of their corpus, alone and with the rule's family, that the shipped model leaves out:
# it takes in training the lift of the rules' own text, so the odds shipped are those of text no
# rule was written for. Without it the model carried the Wikinews dev-work articles' odds (47% of
# their events right) to unseen Wikinews text (24%) through features the register shares (session
# 36, out of fold on dev-check: Wikinews mean probability 0.32 where 0.24 held, calibration error
# 0.088 -> 0.039 with it; log loss on dev-check 0.5261 -> 0.5220; precision at the threshold of the
# shipped retrain Wikinews 0.73 -> 0.83, stories 0.82 -> 0.82; test then 0.70 -> 0.77).
DEV_WORK = "dev_work:"


def fit_logistic(x: np.ndarray, y: np.ndarray, penalty: float, iterations: int = 50) -> np.ndarray:
    """L2-penalised logistic regression by Newton's method (column 0, the bias, is not penalised)."""
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], penalty)
    reg[0] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + reg * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-7:
            break
    return w


def _predict(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))


# The penalty is chosen on the mean cross-validated log loss over several draws of the folds: on one
# draw two penalties tied to four decimals and the choice between them moved the threshold and a
# tenth of the cross-validated recall (session 26: penalties 3 and 10 both 0.5191).
FOLD_DRAWS = ("", "draw-1:", "draw-2:")


def _fold(article_id: str, salt: str = "") -> int:
    return int(hashlib.sha256((salt + article_id).encode("utf-8")).hexdigest()[:6], 16) % FOLDS


def collect(corpus: Path, articles: str | Path | None = None) -> list[dict[str, Any]]:
    """Per dev article: the reference, tidings' coding before rescoring, features and labels of its events."""
    refs, _, texts = load_corpus(corpus, "dev", articles)
    unseen = check_ids(corpus)
    components = [c for c in DEFAULT_COMPONENTS if c != "event_confidence"]
    pipe = Pipeline(errors="record", components=components)
    gist = GistModel.load()
    rows = []
    for ref, result in zip(refs, pipe.code_many(to_article(texts[g.article]) for g in refs)):
        coding = coding_of_result(result, split=ref.split, political=ref.political).coding
        idx = ActorIndex({a.id: a for a in ref.actors}, {a.id: a for a in coding.actors})
        right = set(match_events(ref.events, coding.events, idx).values())
        # the gate's candidates are capped, not scored: the model learns from what the gate lets through
        live = [e for e in result.events if is_live(e) and not gated(e)]
        doc = pipe.parse(result.article.text)  # the parse the events were coded on (for the clause feature)
        odds = article_gist(result, gist)
        rows.append({"ref": ref, "coding": coding, "ids": [e.id for e in live], "check": ref.article in unseen,
                     "features": [event_features(e, result, doc, gist, odds) for e in live],
                     "labels": [e.id in right for e in live]})
    return rows


def dev_work_covariates(features: dict[str, float], corpus: str, check: bool, dev_only: bool) -> dict[str, float]:
    """``features`` of an event, with the covariates of the text the rules were written against
    when its article is one (a dev article of a corpus with a test split, not in dev-check)."""
    if check or dev_only:
        return features
    out = {**features, f"{DEV_WORK}{corpus}": 1.0}
    out.update({f"{DEV_WORK}{corpus}:{k}": 1.0 for k in features if k.startswith("family=")})
    return out


def shipped_weights(names: Sequence[str], w: np.ndarray) -> tuple[dict[str, float], dict[str, float]]:
    """(the weights shipped, the dev-work covariates' weights, left out of them)."""
    both = {n: float(v) for n, v in zip(names, w)}
    lift = {n: v for n, v in both.items() if n.startswith(DEV_WORK)}
    return {n: v for n, v in both.items() if n not in lift}, lift


def _matrix(rows: list[dict[str, Any]], names: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    col = {n: i for i, n in enumerate(names)}
    feats = [f for r in rows for f in r["features"]]
    x = np.zeros((len(feats), len(names)))
    for i, f in enumerate(feats):
        for k, v in f.items():
            if k in col:
                x[i, col[k]] = v
    y = np.array([lab for r in rows for lab in r["labels"]], dtype=float)
    folds = np.array([_fold(r["ref"].article) for r in rows for _ in r["features"]])
    return x, y, folds


def _cv_predictions(x: np.ndarray, y: np.ndarray, folds: np.ndarray, penalty: float) -> np.ndarray:
    out = np.zeros(len(y))
    for k in range(FOLDS):
        test = folds == k
        if test.any() and (~test).any():
            out[test] = _predict(x[test], fit_logistic(x[~test], y[~test], penalty))
    return out


def _log_loss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def score_at(rows: list[dict[str, Any]], probs: np.ndarray, threshold: float) -> dict[str, Any]:
    """The benchmark's event figures on dev when only events with probability >= threshold are output."""
    scores, i = [], 0
    for r in rows:
        n = len(r["ids"])
        keep = {eid for eid, p in zip(r["ids"], probs[i:i + n]) if p >= threshold}
        i += n
        coding = dataclasses.replace(r["coding"], events=tuple(e for e in r["coding"].events if e.id in keep))
        scores.append(score_article(r["ref"], coding))
    return aggregate(scores)["events"]


def choose_threshold(rows: list[dict[str, Any]], probs: np.ndarray) -> tuple[float, dict[str, Any]]:
    """The output threshold: the lowest on the grid from which on every threshold keeps the
    cross-validated precision at ``TARGET_PRECISION`` plus ``UNSEEN_MARGIN`` or more (the most recall that precision
    allows); without one, the threshold of the best F0.5."""
    grid = [round(float(t), 2) for t in np.arange(0.05, 0.955, GRID_STEP)]
    return pick_threshold({t: score_at(rows, probs, t) for t in grid})


def pick_threshold(figures: dict[float, dict[str, Any]]) -> tuple[float, dict[str, Any]]:
    """:func:`choose_threshold` over ``{threshold: event figures (precision, recall, claimed)}``."""
    grid = sorted(figures)
    for k, t in enumerate(grid):
        later = [figures[u] for u in grid[k:] if figures[u]["claimed"] >= MIN_CLAIMED]
        wanted = round(TARGET_PRECISION + UNSEEN_MARGIN, 4)
        if later and all(f["precision"] >= wanted for f in later):
            return t, {**figures[t], "rule": f"lowest threshold with CV precision >= {wanted} from there on"}
    best: tuple[float, float] = (-1.0, 0.0)
    for t, ev in figures.items():
        p, r = ev["precision"], ev["recall"]
        fb = (1 + BETA**2) * p * r / (BETA**2 * p + r) if p + r else 0.0
        if fb > best[0]:
            best = (fb, t)
    return best[1], {**figures[best[1]], "f0.5": round(best[0], 4), "rule": "best F0.5 (no threshold reaches the target)"}


def expected_precision_threshold(probs: np.ndarray) -> float | None:
    """The lowest threshold on the grid from which on the events kept have a mean probability of
    ``TARGET_PRECISION`` or more: the precision the calibrated model expects on unseen text (None
    when no threshold keeping ``MIN_CLAIMED`` events or more gets there)."""
    probs = np.asarray(probs, dtype=float)
    grid = [round(float(t), 2) for t in np.arange(0.05, 0.955, GRID_STEP)]
    expected = {t: (float(probs[probs >= t].mean()) if (probs >= t).sum() >= MIN_CLAIMED else None) for t in grid}
    for k, t in enumerate(grid):
        later = [expected[u] for u in grid[k:] if expected[u] is not None]
        if later and all(e >= TARGET_PRECISION for e in later):
            return t
    return None


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def calibration(probs: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """(slope, shift) of the logistic recalibration ``p' = 1 / (1 + exp(-(shift + slope * logit(p))))``
    fitted to ``probs`` and their labels ``y`` (1.0, 0.0 without a label of each kind)."""
    if len(y) == 0 or y.min() == y.max():
        return 1.0, 0.0
    shift, slope = fit_logistic(np.c_[np.ones(len(probs)), _logit(probs)], y, 1e-3)
    return float(slope), float(shift)


def recalibrated(probs: np.ndarray, slope: float, shift: float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(shift + slope * _logit(probs), -30, 30)))


def calibration_error(probs: np.ndarray, y: np.ndarray) -> float:
    """Expected calibration error over the bins ``tidings evaluate`` reports."""
    edges = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
    total = 0.0
    for lo, hi in zip(edges, edges[1:]):
        m = (probs >= lo) & (probs < hi)
        if m.any():
            total += abs(float(probs[m].mean()) - float(y[m].mean())) * int(m.sum())
    return round(total / len(probs), 4) if len(probs) else 0.0


def _by_corpus(rows: list[dict[str, Any]], probs: np.ndarray, check: np.ndarray, threshold: float) -> dict[str, Any]:
    """The dev-check figures at ``threshold`` of each corpus's rows (``probs`` and ``check`` run over
    the rows' events in order)."""
    corpus = np.array([r["corpus"] for r in rows for _ in r["features"]])
    return {name: score_at([r for r in rows if r["corpus"] == name and r["check"]], probs[check & (corpus == name)],
                           threshold) for name in dict.fromkeys(r["corpus"] for r in rows)}


def _corpora(corpus: Path | Sequence[Path]) -> list[Path]:
    return [Path(corpus)] if isinstance(corpus, (str, Path)) else [Path(c) for c in corpus]


def train(corpus: Path | Sequence[Path], articles: str | Path | None = None) -> ConfidenceModel:
    """The model fitted on the dev articles of one corpus or several (each with its own dev-check)."""
    corpora = _corpora(corpus)
    rows = [{**row, "corpus": c.name, "features": [dev_work_covariates(f, c.name, row["check"], is_dev_only(c))
                                                   for f in row["features"]]}
            for c in corpora for row in collect(c, articles)]
    counts = Counter(k for r in rows for f in r["features"] for k in f)
    names = ["bias"] + sorted(k for k, n in counts.items() if n >= MIN_COUNT and k != "bias"
                              and not k.startswith(LEFT_OUT))
    x, y, folds = _matrix(rows, names)
    draws = [folds] + [np.array([_fold(r["ref"].article, salt) for r in rows for _ in r["features"]])
                       for salt in FOLD_DRAWS[1:]]
    losses = {pen: float(np.mean([_log_loss(_cv_predictions(x, y, d, pen), y) for d in draws])) for pen in PENALTIES}
    penalty = min(losses, key=lambda pen: losses[pen])
    cv = _cv_predictions(x, y, folds, penalty)
    # The odds carried to unseen text: the cross-validated predictions of the dev-check articles
    # (no rule was written against them) fix a logistic recalibration, folded into the weights.
    unseen = np.array([r["check"] for r in rows for _ in r["features"]], dtype=bool)
    slope, shift = calibration(cv[unseen], y[unseen])
    cv_cal = recalibrated(cv, slope, shift)
    check_rows = [r for r in rows if r["check"]]
    threshold, at = choose_threshold(rows, cv_cal)
    # Dev's labels overstate unseen text even with the margin (held-out precision ran 0.15 below
    # dev-work's at the same threshold); the recalibrated odds do not: the threshold is also kept
    # where the events output are expected to be right at the target rate on text like dev-check.
    # (on each draw of the folds, with its own recalibration; the median: one draw moved it by 0.01,
    # a tenth of the events kept)
    per_draw = [expected_precision_threshold(recalibrated(p, *calibration(p[unseen], y[unseen])))
                for p in [cv] + [_cv_predictions(x, y, d, penalty) for d in draws[1:]]]
    found = sorted(t for t in per_draw if t is not None)
    expected_at = found[(len(found) - 1) // 2] if found else None
    rules = {"cv_precision": threshold, "expected_precision": expected_at, "expected_precision_per_draw": per_draw}
    if expected_at is not None and expected_at > threshold:
        threshold = expected_at
        at = {**score_at(rows, cv_cal, threshold), "rule": f"expected precision >= {TARGET_PRECISION} "
              "(mean recalibrated probability of the events kept) from there on"}
    w = fit_logistic(x, y, penalty) * slope
    w[0] += shift
    weights, lift = shipped_weights(names, w)
    about = {
        "what": "P(event right) on the real-news benchmark (type, actor and recipients match the reference)",
        "trained_on": f"dev split of {', '.join(c.name for c in corpora)} (corpus/); texts from ../shared/data "
                      "(wikinews_en.jsonl: Wikinews, CC BY 2.5; synthetic_stories.csv for story: ids); "
                      "rebuilt by python -m tidings.evaluate.train_confidence",
        "built": dt.date.today().isoformat(), "articles": len(rows), "events": int(len(y)),
        "right": int(y.sum()), "features": len(weights), "penalty": penalty,
        "dev_work_covariates": {"left out of the weights": "the lift of the text the rules were written against",
                                "weights": {k: round(v, 4) for k, v in sorted(lift.items())}},
        "cv_log_loss": {str(k): round(v, 4) for k, v in losses.items()},
        "threshold_rules": rules, "cv_events_at_threshold": at, "cv_events_all": score_at(rows, cv, 0.0),
        # the final model is fitted on every dev article, so dev-check's figures under it are
        # in-sample; these are its articles' cross-validated (out-of-fold) figures
        "cv_dev_check_at_threshold": score_at(check_rows, cv_cal[unseen], threshold),
        # ... and per corpus: one threshold for every register may keep one below the target
        # (session 35: Wikinews 0.73 where the pooled figure was 0.75; test then gave 0.70)
        "cv_dev_check_by_corpus": _by_corpus(rows, cv_cal, unseen, threshold),
        "recalibration": {"on": "cross-validated predictions of the dev-check articles", "slope": round(slope, 4),
                          "shift": round(shift, 4), "events": int(unseen.sum()),
                          "ece_dev_check_before": calibration_error(cv[unseen], y[unseen]),
                          "ece_dev_check_after": calibration_error(cv_cal[unseen], y[unseen]),
                          "ece_dev_work_before": calibration_error(cv[~unseen], y[~unseen]),
                          "ece_dev_work_after": calibration_error(cv_cal[~unseen], y[~unseen])},
    }
    return ConfidenceModel(weights, threshold, about)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", action="append", default=None,
                    help="a hand-coded corpus folder; repeat for several (default: the shipped corpora)")
    ap.add_argument("--articles", default=None, help="the Wikinews JSONL (default: ../shared/data)")
    ap.add_argument("--out", default=str(MODEL_PATH))
    args = ap.parse_args(argv)
    model = train([Path(c) for c in args.corpus] if args.corpus else DEFAULT_CORPORA, args.articles)
    model.dump(args.out)
    a = model.about
    print(f"{a['events']} events ({a['right']} right) on {a['articles']} dev articles, {a['features']} features, "
          f"penalty {a['penalty']}, threshold {model.threshold}")
    print(f"cross-validated on dev, all events: {a['cv_events_all']}")
    print(f"cross-validated on dev, at the threshold: {a['cv_events_at_threshold']}")
    print(f"thresholds of the two rules: {a['threshold_rules']}")
    print(f"cross-validated on dev-check, at the threshold: {a['cv_dev_check_at_threshold']}")
    for name, figures in a["cv_dev_check_by_corpus"].items():
        print(f"  {name}: {figures}")
    print(f"recalibration to unseen text: {a['recalibration']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["DEV_WORK", "choose_threshold", "collect", "dev_work_covariates", "expected_precision_threshold", "fit_logistic",
           "main", "score_at", "shipped_weights", "train"]
