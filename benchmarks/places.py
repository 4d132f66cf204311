"""Gazetteer load time (cold build and cached) and place/date extraction throughput.

Run from the repository root: ``python -m benchmarks.places``.
"""

from __future__ import annotations

import datetime as dt
import time

from tidings import nlp
from tidings.extract.dates import extract_times
from tidings.extract.places import extract_places
from tidings.gazetteer import build_gazetteer, load_gazetteer

TEXT = ("French President Emmanuel Macron hosted a summit in Paris on Wednesday. Talks resume in Geneva next week, "
        "two days after shells hit the north Lebanese port of Tripoli. The parade in the Chinese capital ended.")


def main() -> None:
    t = time.perf_counter()
    build_gazetteer()
    print(f"gazetteer cold build: {time.perf_counter() - t:.3f} s")
    gaz = load_gazetteer()
    print(f"gazetteer load (cache where present): {gaz.load_seconds:.3f} s, {len(gaz.places):,} places, "
          f"{len(gaz.by_name):,} names")
    pipe = nlp.load()
    docs = list(pipe.pipe([TEXT] * 50))
    t = time.perf_counter()
    n = sum(len(extract_places(d, gaz)) + len(list(extract_times(d, dt.date(2025, 9, 5)))) for d in docs)
    secs = time.perf_counter() - t
    print(f"places+times on parsed docs: {len(docs) / secs:.1f} docs/s ({n} records)")


if __name__ == "__main__":
    main()
