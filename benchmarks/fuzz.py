"""Fuzz every reader on a large budget: uncaught exceptions and inputs slower than 5 s.

    python -m benchmarks.fuzz [--inputs 10000] [--targets jsonl,csv,...] [--seed 1] [--save DIR]

Starts from the committed corpus of tricky inputs (``tests/fixtures/fuzz/``) and feeds each
target (see :mod:`tidings.ingest.fuzzing`) ``--inputs`` mutated variants of the seeds, half of
them from the seeds of its own format. Prints, per target, the inputs run, the exceptions, the
hangs (over ``--timeout`` seconds, stopped by an alarm) and the slowest input; ``--save`` writes
each failing input to a file for the corpus. Exits 1 when anything failed.
"""

from __future__ import annotations

import argparse
import random
import signal
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "fuzz"


class _Hang(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Hang()


def fuzz_target(target: str, seeds: dict[str, bytes], inputs: int, rng: random.Random, timeout: float,
                save: Path | None) -> dict[str, object]:
    from tidings.ingest.fuzzing import SUFFIXES, run, mutate

    own = [n for n in seeds if n.endswith(SUFFIXES[target])] or list(seeds)
    every = list(seeds)
    errors: dict[str, int] = {}
    hangs = 0
    slowest = (0.0, "")
    signal.signal(signal.SIGALRM, _alarm)
    for k in range(inputs):
        name = rng.choice(own if k % 2 == 0 else every)
        data = mutate(seeds[name], rng)
        t0 = time.perf_counter()
        failure = None
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            run(target, data)
        except _Hang:
            hangs += 1
            failure = "hang"
        except Exception as exc:  # noqa: BLE001 - an exception is exactly what the fuzzer looks for
            where = traceback.extract_tb(exc.__traceback__)[-1]
            failure = f"{type(exc).__name__} at {Path(where.filename).name}:{where.lineno}"
            errors[failure] = errors.get(failure, 0) + 1
            if errors[failure] == 1:  # each distinct failure once, with its stack
                print(f"  {target} on a variant of {name}: {failure}: {str(exc)[:100]}\n"
                      + "".join(traceback.format_exc(limit=-3)))
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        secs = time.perf_counter() - t0
        if secs > slowest[0]:
            slowest = (secs, name)
        if failure and save is not None:
            save.mkdir(parents=True, exist_ok=True)
            (save / f"{target}-{k}-{name}").write_bytes(data)
    return {"inputs": inputs, "errors": sum(errors.values()), "hangs": hangs, "slowest": slowest}


def main(argv: list[str] | None = None) -> int:
    from tidings.ingest.fuzzing import TARGETS, corpus

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--inputs", type=int, default=10_000, help="inputs per target")
    ap.add_argument("--targets", default=",".join(sorted(TARGETS)))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=5.0)
    ap.add_argument("--save", type=Path, default=None, help="folder for the inputs that failed")
    args = ap.parse_args(argv if argv is not None and argv else None if argv is None else [])
    if argv == []:  # run from `python -m benchmarks` with the others: a short budget
        args.inputs = 500
    seeds = corpus(CORPUS)
    failed = False
    print(f"{len(seeds)} seed inputs; {args.inputs:,} mutated inputs per target; hang = over {args.timeout:g} s")
    print(f"{'target':<8} {'inputs':>7} {'errors':>7} {'hangs':>6} {'s':>7}  slowest input")
    for target in args.targets.split(","):
        rng = random.Random(f"{args.seed}-{target}")
        t0 = time.perf_counter()
        r = fuzz_target(target, seeds, args.inputs, rng, args.timeout, args.save)
        secs, name = r["slowest"]  # type: ignore[misc]
        print(f"{target:<8} {r['inputs']:>7,} {r['errors']:>7} {r['hangs']:>6} {time.perf_counter() - t0:7.1f}  "
              f"{secs:.2f}s ({name})", flush=True)
        failed = failed or bool(r["errors"] or r["hangs"])
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
