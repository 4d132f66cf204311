"""The real-news corpus: drafts anchored to offsets, records validated, the split fixed, the corpus
large enough, and the scorer run on a few articles."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tidings.evaluate.corpus import CorpusError, anchor_draft, iter_records, parse_record, split_of

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "wikinews"
TEXT = ("Veland accused Ostria of massing troops. Ostria's defence minister, Lea Brandt, rejected the claim. "
        "\u201cThis is a provocation,\u201d she told reporters. Brandt said the units were on exercise.")


def _draft(**over):  # type: ignore[no-untyped-def]
    d = {"article": "wn:Test", "coder": "coder-t", "coded": "2026-12-02", "political": True,
         "actors": [{"id": "A1", "name": "Veland", "kind": "country", "country": "FRA", "sector": "GOV",
                     "mentions": ["Veland"]},
                    {"id": "A2", "name": "Ostria", "kind": "country", "country": "DEU", "sector": "GOV",
                     "mentions": ["Ostria"]},
                    {"id": "A3", "name": "Lea Brandt", "kind": "person", "country": "DEU", "sector": "GOV",
                     "mentions": ["Lea Brandt", "Brandt", "Ostria's defence minister",
                                  {"text": "she", "in": "she told reporters"}]}],
         "quotes": [{"id": "Q1", "text": "This is a provocation,", "speaker": "A3", "kind": "direct", "cue": "told"}],
         "events": [{"id": "E1", "event": "ACCUSE", "actor": ["A1"], "recipient": ["A2"], "required": True,
                     "evidence": "Veland accused Ostria of massing troops"},
                    {"id": "E2", "event": "MOBILIZE", "mode": "troops", "actor": ["A2"], "aux": ["hypothetical"],
                     "evidence": "massing troops"}],
         "not_events": [{"event": "MOBILIZE", "evidence": "the units were on exercise", "why": "inside-quote"}]}
    d.update(over)
    return d


def test_news_corpus_anchor_finds_every_occurrence_and_drops_nested() -> None:
    rec = anchor_draft(_draft(), TEXT)
    brandt = rec["actors"][2]["mentions"]
    texts = [TEXT[s:e] for s, e in brandt]
    assert texts == ["Ostria's defence minister", "Lea Brandt", "she", "Brandt"]  # "Brandt" inside "Lea Brandt" dropped
    assert [TEXT[s:e] for s, e in rec["actors"][1]["mentions"]] == ["Ostria", "Ostria"]
    q = rec["quotes"][0]
    assert TEXT[q["cue"][0]:q["cue"][1]] == "told"
    assert rec["split"] == split_of("wn:Test") and "text" not in json.dumps(rec["actors"])


@pytest.mark.parametrize("over, message", [
    ({"events": [{"id": "E1", "event": "ACCUSE", "actor": ["A9"], "evidence": "Veland"}]}, "undefined"),
    ({"events": [{"id": "E1", "event": "ACCUSE", "mode": "troops", "evidence": "Veland"}]}, "not a mode"),
    ({"events": [{"id": "E1", "event": "BLAME", "evidence": "Veland"}]}, "not a PLOVER type"),
    ({"events": [{"id": "E1", "event": "ACCUSE", "evidence": "Veland blamed"}]}, "not in the article"),
    ({"events": [{"id": "E1", "event": "ACCUSE", "aux": ["future"], "required": True, "evidence": "Veland"}]},
     "never required"),
    ({"quotes": [{"id": "Q1", "text": "provocation", "speaker": "A1", "kind": "shouted"}]}, "kind"),
    ({"actors": [{"id": "A1", "name": "X", "kind": "person", "country": "usa", "mentions": ["Veland"]}]}, "country"),
    ({"actors": [{"id": "A1", "name": "X", "kind": "person", "sector": "ARMY", "mentions": ["Veland"]}]}, "sector"),
    ({"actors": [{"id": "A1", "name": "X", "kind": "person", "mentions": ["Velan"]}]}, "whole word"),
    ({"political": "yes"}, "political"),
])
def test_news_corpus_refuses_bad_drafts(over: dict, message: str) -> None:
    with pytest.raises(CorpusError, match=message):
        anchor_draft(_draft(**over), TEXT)


def test_news_corpus_refuses_spans_outside_and_changed_text() -> None:
    rec = anchor_draft(_draft(), TEXT)
    with pytest.raises(CorpusError, match="outside"):
        parse_record({**rec, "text_sha1": None}, TEXT[:20])
    with pytest.raises(CorpusError, match="changed"):
        parse_record(rec, TEXT.replace("Veland", "Velund"))
    rec["split"] = "test" if rec["split"] == "dev" else "dev"
    with pytest.raises(CorpusError, match="split"):
        parse_record(rec)


def test_news_corpus_split_is_a_fixed_hash_of_the_id() -> None:
    ids = [f"wn:article_{i}" for i in range(300)]
    splits = Counter(split_of(i) for i in ids)
    assert set(splits) == {"dev", "test"} and 0.25 < splits["test"] / 300 < 0.45
    assert [split_of(i) for i in ids] == [split_of(i) for i in ids]


def _records(sub: str) -> list[dict]:
    return list(iter_records(CORPUS / sub))


def test_news_corpus_records_parse_without_the_texts() -> None:
    """Labels, references and splits hold even where ../shared is absent."""
    for rec in _records("primary") + _records("second"):
        parse_record(rec)


def test_news_corpus_size_and_split(shared_data: Path) -> None:
    primary, second = _records("primary"), _records("second")
    texts = {}
    with open(shared_data / "wikinews_en.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            texts[r["id"]] = r["text"]
    golds = [parse_record(r, texts[r["article"]]) for r in primary]
    seconds = [parse_record(r, texts[r["article"]]) for r in second]
    assert len({g.article for g in golds}) == len(golds) >= 150
    assert sum(g.political for g in golds) >= 110
    assert sum(not g.political for g in golds) >= 25
    splits = Counter(g.split for g in golds)
    assert splits["dev"] >= 100 and splits["test"] >= 50
    by_article = {g.article: g for g in golds}
    assert len(seconds) >= 30
    for s in seconds:
        assert s.article in by_article and s.coder != by_article[s.article].coder


@pytest.mark.model
@pytest.mark.slow
def test_news_corpus_scorer_runs_on_a_few_articles(shared_data: Path, pipeline) -> None:  # type: ignore[no-untyped-def]
    from tidings.evaluate.news_format import format_news_report
    from tidings.evaluate.report import run_evaluation

    report, fmt = run_evaluation(CORPUS, pipeline=pipeline, split="all", limit=4,
                                 articles=shared_data / "wikinews_en.jsonl")
    assert report["articles"] == 4
    for layer in ("events", "events_entity", "actors", "quotes_span", "quotes_speaker"):
        assert 0.0 <= report[layer]["precision"] <= 1.0 and 0.0 <= report[layer]["recall"] <= 1.0
    assert sum(r["events"] for r in report["calibration"]) == report["events_all"]["claimed"]
    assert report["events"]["claimed"] <= report["events_all"]["claimed"]
    text = fmt(report)
    assert "per article" in text and report["articles_detail"][0]["article"] in text
    assert fmt is format_news_report
