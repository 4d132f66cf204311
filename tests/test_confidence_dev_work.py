"""The lift of the articles rules were written against, absorbed in training and left out at run time.

Class (session 36): the confidence model learned, through features a register shares, that events of
the Wikinews dev-work articles (the rules' own text, right 47% of the time) are right, and carried those
odds to unseen Wikinews text (right 24% of the time): out of fold on dev-check it said 0.32 where 0.24
held, and test precision fell below the target. A covariate that marks a row of the text the rules
were written against takes that lift in training and is absent at run time. Hand-built rows, no model.
"""

from __future__ import annotations

import numpy as np

from tidings.evaluate.train_confidence import DEV_WORK, dev_work_covariates, fit_logistic, shipped_weights


def test_dev_work_rows_of_a_corpus_with_rules_carry_the_covariate() -> None:
    f = {"bias": 1.0, "family=verb": 1.0, "type=ASSAULT": 1.0}
    got = dev_work_covariates(f, "wikinews", check=False, dev_only=False)
    assert got[f"{DEV_WORK}wikinews"] == 1.0 and got[f"{DEV_WORK}wikinews:family=verb"] == 1.0
    assert {k: v for k, v in got.items() if not k.startswith(DEV_WORK)} == f  # the event's own features stay


def test_dev_check_and_dev_only_rows_carry_none() -> None:
    f = {"bias": 1.0, "family=speech": 1.0}
    assert dev_work_covariates(f, "wikinews", check=True, dev_only=False) == f
    # a dev-only corpus was coded for training and checking: no rule was written against any of it
    assert dev_work_covariates(f, "stories-dev", check=False, dev_only=True) == f


def test_the_shipped_model_has_no_covariate() -> None:
    names = ["bias", "type=AID", f"{DEV_WORK}stories", f"{DEV_WORK}stories:family=verb"]
    weights, lift = shipped_weights(names, np.array([-1.0, 0.5, 0.9, 0.2]))
    assert weights == {"bias": -1.0, "type=AID": 0.5}
    assert lift == {f"{DEV_WORK}stories": 0.9, f"{DEV_WORK}stories:family=verb": 0.2}


def test_the_covariate_keeps_the_lift_out_of_unseen_odds() -> None:
    rng = np.random.default_rng(11)
    n = 6000
    feature = rng.integers(0, 2, n).astype(float)  # something the register's events share
    work = rng.uniform(size=n) < 0.6  # the rules' own articles
    logit = -1.2 + 0.8 * feature + 1.5 * work  # the rules fit their own text: right far more often there
    y = (rng.uniform(size=n) < 1 / (1 + np.exp(-logit))).astype(float)
    unseen_rate = y[~work].mean()
    plain = fit_logistic(np.c_[np.ones(n), feature], y, 1.0)
    with_cov = fit_logistic(np.c_[np.ones(n), feature, work.astype(float)], y, 1.0)
    x_unseen = np.c_[np.ones((~work).sum()), feature[~work]]
    said_plain = (1 / (1 + np.exp(-(x_unseen @ plain)))).mean()
    said_cov = (1 / (1 + np.exp(-(x_unseen @ with_cov[:2])))).mean()
    assert said_plain > unseen_rate + 0.1  # without it the lift is carried to unseen text
    assert abs(said_cov - unseen_rate) < 0.03  # with it, dropped at run time, the odds hold there
