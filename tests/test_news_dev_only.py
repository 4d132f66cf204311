"""A dev-only corpus: hand-coded texts that were read while rules were written (their output, not
their codings) can train and check, never test. Its folder says so in ``dev_only.txt``; every record
is ``dev`` whatever the id's hash, a ``test`` record is refused, and asking it for test is an error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tidings.errors import ConfigError
from tidings.evaluate.corpus import (DEV_ONLY_FILE, CorpusError, anchor_draft, is_dev_only, iter_records,
                                     parse_record, split_of, write_record)
from tidings.evaluate.news_run import check_ids, load_corpus

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "stories-dev"
TEXT = "Veland accused Ostria of massing troops."


def _test_id() -> str:
    """An id the hash puts in test (so that dev-only visibly overrides it)."""
    return next(f"wn:T{i}" for i in range(100) if split_of(f"wn:T{i}") == "test")


def _draft(aid: str) -> dict:  # type: ignore[type-arg]
    return {"article": aid, "coder": "coder-t", "coded": "2026-12-05", "political": True,
            "actors": [{"id": "A1", "name": "Veland", "kind": "country", "country": "FRA", "sector": "GOV",
                        "mentions": ["Veland"]},
                       {"id": "A2", "name": "Ostria", "kind": "country", "country": "DEU", "sector": "GOV",
                        "mentions": ["Ostria"]}],
            "events": [{"id": "E1", "event": "ACCUSE", "actor": ["A1"], "recipient": ["A2"], "required": True,
                        "evidence": "Veland accused Ostria"}]}


@pytest.mark.parametrize("dev_only, split, ok", [
    (True, "dev", True),     # a dev-only corpus: dev whatever the hash says
    (True, "test", False),   # ... and never test
    (False, "test", True),   # a hashed corpus: the hash's split
    (False, "dev", False),   # ... and no other
])
def test_dev_only_record_split(dev_only: bool, split: str, ok: bool) -> None:
    rec = {**anchor_draft(_draft(_test_id()), TEXT), "split": split}
    if ok:
        assert parse_record(rec, TEXT, dev_only=dev_only).split == split
    else:
        with pytest.raises(CorpusError, match="split is not"):
            parse_record(rec, TEXT, dev_only=dev_only)


def test_anchor_gives_dev_in_a_dev_only_corpus() -> None:
    aid = _test_id()
    assert anchor_draft(_draft(aid), TEXT)["split"] == "test"
    assert anchor_draft(_draft(aid), TEXT, dev_only=True)["split"] == "dev"


def test_dev_only_marker_is_read_from_the_folder_or_its_parent(tmp_path: Path) -> None:
    (tmp_path / "primary").mkdir()
    assert not is_dev_only(tmp_path) and not is_dev_only(tmp_path / "primary")
    (tmp_path / DEV_ONLY_FILE).write_text("read in development\n", encoding="utf-8")
    assert is_dev_only(tmp_path) and is_dev_only(tmp_path / "primary")


def test_a_dev_only_corpus_has_no_test_split(tmp_path: Path) -> None:
    aid = _test_id()
    (tmp_path / DEV_ONLY_FILE).write_text("read in development\n", encoding="utf-8")
    write_record(anchor_draft(_draft(aid), TEXT, dev_only=True), tmp_path / "primary")
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"id": aid, "text": TEXT, "date": "2026-01-02"}) + "\n", encoding="utf-8")
    refs, _, _ = load_corpus(tmp_path, "dev", articles)
    assert [g.split for g in refs] == ["dev"]
    with pytest.raises(ConfigError, match="no test split"):
        load_corpus(tmp_path, "test", articles)
    (tmp_path / DEV_ONLY_FILE).unlink()  # the same record in a hashed corpus is refused
    with pytest.raises(CorpusError, match="split is not"):
        load_corpus(tmp_path, "dev", articles)


def test_shipped_dev_only_corpus_records_are_dev() -> None:
    if not (CORPUS / "primary").is_dir():
        pytest.skip("no records in corpus/stories-dev yet")
    records = list(iter_records(CORPUS / "primary"))
    assert is_dev_only(CORPUS) and len(records) >= 100
    for rec in records:
        assert parse_record(rec, dev_only=True).split == "dev"
    check = check_ids(CORPUS)
    assert check <= {r["article"] for r in records} and 0 < len(check) < len(records)
