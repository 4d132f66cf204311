"""The load benchmark: a fixed-rate mix against a real `tidings serve` process, reported honestly.

The full run (200 requests/s for 60 s) is ``python -m benchmarks.load``; here a small generated
store is served and driven at a low rate for two seconds.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from benchmarks import load


@pytest.mark.parametrize(("values", "p", "expected"), [
    ([], 50, None), ([5.0], 99, 5.0), ([float(k) for k in range(1, 101)], 50, 51.0),
    ([float(k) for k in range(1, 101)], 99, 100.0), ([3.0, 1.0, 2.0], 0, 1.0),
])
def test_reliability_load_percentile(values: list[float], p: float, expected: float | None) -> None:
    got = load.pct(values, p)
    assert (got != got) if expected is None else got == expected  # NaN where there is nothing to rank


def test_reliability_load_schedule_follows_the_mix() -> None:
    mix = {"list": ["/a"], "search": ["/s1", "/s2"], "unknown": ["/x"]}
    plan = load.schedule(mix, 2000, random.Random(1))
    kinds = {k for k, _ in plan}
    assert kinds == {"list", "search"}  # a kind outside MIX is never sent
    share = sum(k == "list" for k, _ in plan) / len(plan)
    expected = load.MIX["list"] / (load.MIX["list"] + load.MIX["search"])
    assert abs(share - expected) < 0.05
    assert {u for k, u in plan if k == "search"} == {"/s1", "/s2"}


@pytest.mark.slow
def test_reliability_load_drives_a_served_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = load.main(["--db", str(tmp_path / "s.db"), "--events", "500", "--rate", "20", "--seconds", "2",
                        "--timeout", "30"])
    out = capsys.readouterr().out
    assert "sent 40 requests" in out
    assert "errors: 0" in out  # every kind of request the mix makes answers 200 on a generated store
    for kind in ("list", "filter", "stats", "search", "detail", "page"):
        assert f"  {kind} " in out
    assert status in (0, 1) and ("target held" in out) == (status == 0)
