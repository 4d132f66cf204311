"""Properties: ingest never raises on any bytes, and clean text round-trips."""

from __future__ import annotations

import gzip
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tidings.ingest import read_paths
from tidings.schema import Article, Problem

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
NAMES = ["x.txt", "x.jsonl", "x.csv", "x.html", "x.xml", "x.json", "x.warc", "x", "x.txt.gz"]
# Text a writer could put in a file: no control characters, no lone surrogates, no invisible marks.
CLEAN = st.characters(blacklist_categories=("Cc", "Cs", "Cf", "Zl", "Zp", "Co", "Cn"))


def only_records(items: list[Article | Problem]) -> None:
    assert all(isinstance(i, (Article, Problem)) for i in items)
    for i in items:
        if isinstance(i, Article):
            assert i.text.strip() and i.id and i.origin
        else:
            assert i.code.startswith("input.") and i.origin


@FAST
@given(data=st.binary(max_size=2000), name=st.sampled_from(NAMES))
def test_ingest_properties_any_bytes_never_raise(tmp_path: Path, data: bytes, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    only_records(list(read_paths([str(path)])))


@FAST
@given(text=st.text(max_size=400), name=st.sampled_from(NAMES))
def test_ingest_properties_any_text_never_raises(tmp_path: Path, text: str, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8", errors="surrogatepass"))
    only_records(list(read_paths([str(path)])))


@FAST
@given(text=st.text(CLEAN | st.sampled_from("\n\t "), max_size=400))
def test_ingest_properties_plain_text_round_trips(tmp_path: Path, text: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8", newline="")
    items = list(read_paths([str(path)], format="text"))
    expected = "\n".join(line.rstrip(" \t") for line in unicodedata.normalize("NFC", text).split("\n")).strip()
    if not expected:
        assert [i.code for i in items if isinstance(i, Problem)] == ["input.empty"]
        return
    (art,) = items
    assert isinstance(art, Article) and art.text == expected


@FAST
@given(texts=st.lists(st.text(CLEAN | st.just("\n"), min_size=1, max_size=200), min_size=1, max_size=5))
def test_ingest_properties_jsonl_text_round_trips(tmp_path: Path, texts: list[str]) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    got = list(read_paths([str(path)]))
    assert len(got) == len(texts)
    for item, t in zip(got, texts):
        expected = unicodedata.normalize("NFC", t).strip()
        if expected:
            assert isinstance(item, Article) and item.text == expected
        else:
            assert isinstance(item, Problem) and item.code == "input.empty"


@pytest.mark.parametrize("name", NAMES)
def test_ingest_properties_path_is_a_folder_or_nothing(tmp_path: Path, name: str) -> None:
    (tmp_path / name).mkdir()
    assert list(read_paths([str(tmp_path / name)])) == []
