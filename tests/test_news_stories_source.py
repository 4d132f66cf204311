"""Hand-coded corpora over the machine-written stories: records name a story by ``story:`` and 12
hex digits of its text's SHA-256 (as ``tidings evaluate`` names stories), and the corpus loader
reads those texts from the stories file beside the Wikinews file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tidings.errors import ConfigError
from tidings.evaluate.corpus import anchor_draft, split_of, write_record
from tidings.evaluate.news_run import load_corpus, load_texts, to_article
from tidings.evaluate.stories import read_stories, story_id, story_records


def test_story_id_is_a_prefix_of_the_text_hash() -> None:
    a, b = story_id("Troops entered Rask."), story_id("Troops entered Rask!")
    assert a.startswith("story:") and len(a) == len("story:") + 12
    assert a != b and a == story_id("Troops entered Rask.")


def _first_story(shared_data: Path) -> dict:  # type: ignore[type-arg]
    return read_stories(shared_data / "synthetic_stories.csv", 1)[0]


def test_story_records_have_no_date_and_keep_the_text(shared_data: Path) -> None:
    row = _first_story(shared_data)
    sid = story_id(row["text"])
    recs = story_records(shared_data / "synthetic_stories.csv", {sid, "story:000000000000"})
    assert set(recs) == {sid}
    assert recs[sid]["text"] == row["text"] and recs[sid]["date"] is None
    assert to_article(recs[sid]).date is None


def test_load_texts_reads_both_sources(shared_data: Path) -> None:
    row = _first_story(shared_data)
    sid = story_id(row["text"])
    with open(shared_data / "wikinews_en.jsonl", encoding="utf-8") as fh:
        wid = json.loads(fh.readline())["id"]
    texts = load_texts(shared_data / "wikinews_en.jsonl", {sid, wid})
    assert set(texts) == {sid, wid}
    assert texts[sid]["text"] == row["text"]


def test_a_story_record_loads_as_a_corpus(shared_data: Path, tmp_path: Path) -> None:
    row = _first_story(shared_data)
    sid = story_id(row["text"])
    word = row["text"].split()[0]
    draft = {"article": sid, "coder": "coder-test", "coded": "2026-12-03", "political": True,
             "actors": [{"id": "A1", "name": word, "kind": "group", "country": None, "sector": None,
                         "mentions": [{"text": word, "in": row["text"][:40]}]}],
             "quotes": [], "events": [], "not_events": []}
    write_record(anchor_draft(draft, row["text"]), tmp_path / "primary")
    split = split_of(sid)
    refs, _, texts = load_corpus(tmp_path, split, shared_data / "wikinews_en.jsonl")
    assert [g.article for g in refs] == [sid]
    assert texts[sid]["date"] is None
    with pytest.raises(ConfigError):
        load_corpus(tmp_path, "nonsense", shared_data / "wikinews_en.jsonl")


STORIES_CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "stories"


def test_stories_corpus_records_parse_without_the_texts() -> None:
    from tidings.evaluate.corpus import iter_records, parse_record

    recs = list(iter_records(STORIES_CORPUS / "primary")) + list(iter_records(STORIES_CORPUS / "second"))
    assert len(recs) >= 200
    for rec in recs:
        assert rec["article"].startswith("story:")
        parse_record(rec)


def test_stories_corpus_matches_its_texts_and_split(shared_data: Path) -> None:
    from tidings.evaluate.news_run import check_ids

    refs, seconds, _ = load_corpus(STORIES_CORPUS, "all", shared_data / "wikinews_en.jsonl")
    assert len({g.article for g in refs}) == len(refs) >= 200
    assert {g.split for g in refs} == {"dev", "test"}
    check = check_ids(STORIES_CORPUS)
    by_id = {g.article: g for g in refs}
    assert check and all(by_id[a].split == "dev" for a in check if a in by_id)
    assert seconds and all(s.article in by_id and s.coder != by_id[s.article].coder for s in seconds.values())
    # none of the stories the stories report samples (the first 600 by text hash) is in the corpus
    sample = {story_id(r["text"]) for r in read_stories(shared_data / "synthetic_stories.csv", 600)}
    assert not sample & set(by_id)
