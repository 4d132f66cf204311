"""Benchmarks: each module prints figures; run one with ``python -m benchmarks.<name>``,
all with ``python -m benchmarks`` (``make bench``). They read ../shared/data where needed and
say so and skip where it is absent."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"


def shared_file(name: str) -> Path | None:
    """The path of a shared data file, or None (with a message) where it is absent."""
    p = SHARED_DATA / name
    if not p.is_file():
        print(f"skipped: {p} not found (shared evaluation data is not part of the repository)")
        return None
    return p


def wikinews_articles(limit: int | None = None) -> list | None:  # type: ignore[type-arg]
    """The first ``limit`` Wikinews articles of the shared data as Articles, or None where absent."""
    import datetime as dt
    import json

    from tidings.schema import Article

    path = shared_file("wikinews_en.jsonl")
    if path is None:
        return None
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()][:limit]
    return [Article(id=r["id"], text=r["text"], date=dt.date.fromisoformat(r["date"]) if r.get("date") else None)
            for r in rows]
