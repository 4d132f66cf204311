"""End-to-end throughput of the default pipeline on the PLOVER GSR sentences (sentences/s)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "plover_gsr_dev.jsonl"


def main(argv: list[str] | None = None) -> None:
    if not DATA.is_file():
        print(f"skipped: {DATA} not found (shared data is not part of the repository)")
        return
    from tidings.evaluate.events import code_records, read_jsonl
    from tidings.pipeline import Pipeline

    records = read_jsonl(DATA)
    pipe = Pipeline(errors="record")
    pipe.nlp  # load the model outside the timing
    code_records(pipe, records[:16])  # warm up
    rounds = 3
    t0 = time.perf_counter()
    for _ in range(rounds):
        results = code_records(pipe, records)
    dt = time.perf_counter() - t0
    n = len(records) * rounds
    events = sum(len(r.events) for r in results)
    print(f"plover_gsr_dev: {n} sentences in {dt:.2f}s = {n / dt:.1f} sentences/s end to end "
          f"({events} events per pass, components {', '.join(pipe.component_names)})")


if __name__ == "__main__":
    main(sys.argv[1:])
