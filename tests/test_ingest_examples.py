"""The shipped example corpus and the shared real-world corpus read cleanly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tidings.ingest import read_paths
from tidings.schema import Article, Problem

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
MINE = ["crackdown-2025-09-08.txt", "feed.xml", "rejection-2025-09-05.txt", "summit-2025-09-03.txt",
        "threat-2025-09-06.txt", "wire.jsonl"]


def test_ingest_examples_read_cleanly() -> None:
    items = list(read_paths([str(EXAMPLES / name) for name in MINE]))
    assert not [i for i in items if isinstance(i, Problem)]
    assert len(items) == 10
    for art in items:
        assert isinstance(art, Article)
        assert art.title and art.text.startswith(art.title + "\n")
        assert art.date is not None and dt.date(2025, 9, 1) <= art.date <= dt.date(2025, 9, 12)
    assert len({a.id for a in items if isinstance(a, Article)}) == 10


@pytest.mark.parametrize("name", [n for n in MINE if n.endswith(".txt")])
def test_ingest_examples_seed_date_matches_file_name(name: str) -> None:
    (art,) = list(read_paths([str(EXAMPLES / name)]))
    assert isinstance(art, Article) and art.date == dt.date.fromisoformat(name[-14:-4])


@pytest.mark.shared
def test_ingest_examples_shared_seed(seed_path: Path) -> None:
    (art,) = list(read_paths([str(seed_path)]))
    assert isinstance(art, Article) and art.date == dt.date(2025, 9, 5)
    assert art.title and art.text.startswith(art.title + "\n")


@pytest.mark.shared
@pytest.mark.parametrize(("name", "count"), [("wikinews_en.jsonl", 505), ("synthetic_stories.csv", 4500)])
def test_ingest_examples_shared_corpora(shared_data: Path, name: str, count: int) -> None:
    path = shared_data / name
    if not path.is_file():
        pytest.skip(f"{path} not found")
    items = list(read_paths([str(path)]))
    assert not [i for i in items if isinstance(i, Problem)][:3]
    assert len(items) == count
    if name.startswith("wikinews"):
        assert all(isinstance(a, Article) and a.date is not None for a in items)
        assert len({a.id for a in items}) == count
