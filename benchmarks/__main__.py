"""Run every benchmark module in turn."""

import importlib
import pkgutil
import sys
import time
from pathlib import Path

here = Path(__file__).resolve().parent
for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda i: i.name):
    if info.name.startswith("_"):
        continue
    print(f"\n=== benchmarks.{info.name}", flush=True)
    t0 = time.perf_counter()
    mod = importlib.import_module(f"benchmarks.{info.name}")
    main = getattr(mod, "main", None)
    if main is not None:
        main([])
    print(f"(benchmarks.{info.name}: {time.perf_counter() - t0:.1f}s)", flush=True)
sys.exit(0)
