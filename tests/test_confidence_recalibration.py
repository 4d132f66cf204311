"""The recalibration of the confidence model to unseen text: hand-built probabilities, no model."""

from __future__ import annotations

import numpy as np
import pytest

from tidings.evaluate.train_confidence import calibration, calibration_error, recalibrated


def test_overconfident_probabilities_are_pulled_down() -> None:
    rng = np.random.default_rng(7)
    true = rng.uniform(0.05, 0.6, 4000)  # how often such events are right on unseen text
    y = (rng.uniform(size=true.size) < true).astype(float)
    said = 1 / (1 + np.exp(-(np.log(true / (1 - true)) + 1.0)))  # the model says e times the odds
    slope, shift = calibration(said, y)
    assert shift < -0.5 and 0.7 < slope < 1.3
    fixed = recalibrated(said, slope, shift)
    assert calibration_error(fixed, y) < calibration_error(said, y) / 2
    order = np.argsort(said)
    assert np.all(np.diff(fixed[order]) >= 0)  # monotone: the same events stay above a threshold


def test_calibrated_probabilities_stay() -> None:
    rng = np.random.default_rng(3)
    p = rng.uniform(0.01, 0.99, 5000)
    y = (rng.uniform(size=p.size) < p).astype(float)
    slope, shift = calibration(p, y)
    assert slope == pytest.approx(1.0, abs=0.15) and shift == pytest.approx(0.0, abs=0.15)


def test_without_both_labels_nothing_changes() -> None:
    p = np.array([0.2, 0.7])
    assert calibration(p, np.array([0.0, 0.0])) == (1.0, 0.0)
    assert calibration(np.array([]), np.array([])) == (1.0, 0.0)
    assert np.allclose(recalibrated(p, 1.0, 0.0), p)


def test_calibration_error_bins() -> None:
    assert calibration_error(np.array([0.55, 0.55]), np.array([1.0, 0.0])) == pytest.approx(0.05)
    assert calibration_error(np.array([0.95]), np.array([1.0])) == pytest.approx(0.05)
    assert calibration_error(np.array([]), np.array([])) == 0.0
