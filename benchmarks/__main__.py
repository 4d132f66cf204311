"""Run every benchmark module in turn."""

import importlib
import pkgutil
import sys
import time
from pathlib import Path

here = Path(__file__).resolve().parent
# smaller runs where the full one takes many minutes (run the module alone for its full size)
QUICK = {"serve": ["--events", "100000"], "scale": ["--limit", "60"]}
for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda i: i.name):
    if info.name.startswith("_"):
        continue
    print(f"\n=== benchmarks.{info.name}", flush=True)
    t0 = time.perf_counter()
    mod = importlib.import_module(f"benchmarks.{info.name}")
    main = getattr(mod, "main", None)
    if main is not None:
        main(QUICK.get(info.name, []))
    print(f"(benchmarks.{info.name}: {time.perf_counter() - t0:.1f}s)", flush=True)
sys.exit(0)
