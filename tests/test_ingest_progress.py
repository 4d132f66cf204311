"""Ingest progress knows its total where the input says it cheaply, and shows the share done and
the time left; where it cannot know (stdin, feeds, compressed files) it shows counts only."""

from __future__ import annotations

import gzip
import io

import pytest

from tidings.cli.ingest import Progress
from tidings.ingest import count_records
from tidings.store import IngestStats


def test_count_records_of_files_and_lines(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("one article", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<p>another</p>", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n{"text": "z"}\n', encoding="utf-8")
    (tmp_path / "d.csv").write_text("id,text\n1,x\n2,y\n", encoding="utf-8")
    assert count_records([str(tmp_path)]) == 1 + 1 + 3 + 2


@pytest.mark.parametrize("name, body", [("feed.xml", b"<rss/>"), ("news.jsonl.gz", gzip.compress(b'{"text": "x"}\n'))])
def test_count_records_unknown(tmp_path, name: str, body: bytes) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / name).write_bytes(body)
    assert count_records([str(tmp_path / name)]) is None
    assert count_records(["-"]) is None


def test_progress_line_with_and_without_total() -> None:
    stats = IngestStats(new=30, skipped=10)
    stats.started = 100.0
    with_total = Progress(io.StringIO(), total=80).line(stats, now=140.0)
    assert with_total.startswith("40 of 80 (50%, about 0:40 left)")
    assert Progress(io.StringIO()).line(stats, now=140.0).startswith("30 stored")
