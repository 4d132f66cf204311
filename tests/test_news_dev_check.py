"""The dev-check part of the real-news corpus: dev articles held out from rule writing, so that
figures on them say whether rules written on the rest of dev (dev-work) carry to unseen text
(session 20 read their cases: see corpus/README.md)."""

from __future__ import annotations

from pathlib import Path

from tidings.evaluate.corpus import iter_records, split_of
from tidings.evaluate.news_format import format_news_report
from tidings.evaluate.news_run import CHECK_FILE, SPLITS, check_ids, load_corpus

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "wikinews"


def test_dev_check_ids_are_dev_articles_of_the_corpus() -> None:
    check = check_ids(CORPUS)
    records = {r["article"]: r for r in iter_records(CORPUS / "primary")}
    assert len(check) >= 100
    assert check <= set(records)
    assert all(records[a]["split"] == "dev" == split_of(a) for a in check)
    dev = [a for a, r in records.items() if r["split"] == "dev"]
    assert len(check) < len(dev)  # dev-work keeps the rest


def test_dev_check_list_reads_comments_and_blank_lines(tmp_path: Path) -> None:
    (tmp_path / CHECK_FILE).write_text("# why\n\nwn:A\n  wn:B  \n# wn:C\n", encoding="utf-8")
    assert check_ids(tmp_path) == {"wn:A", "wn:B"}
    assert check_ids(tmp_path / "nowhere") == set()
    assert {"dev-work", "dev-check"} <= set(SPLITS)


def test_dev_work_and_dev_check_partition_dev(shared_data: Path) -> None:
    articles = shared_data / "wikinews_en.jsonl"
    dev = {g.article for g in load_corpus(CORPUS, "dev", articles)[0]}
    work = {g.article for g in load_corpus(CORPUS, "dev-work", articles)[0]}
    check = {g.article for g in load_corpus(CORPUS, "dev-check", articles)[0]}
    assert work | check == dev and not work & check
    assert check == check_ids(CORPUS)


def _report(split: str, details: list) -> dict:  # type: ignore[type-arg]
    from tidings.evaluate.news import aggregate
    from tidings.evaluate.news_run import agreement

    figures = aggregate([])
    return {**figures, "path": "corpus/wikinews", "split": split, "min_confidence": 0.6,
            "events_all": figures["events"], "by_split": {}, "agreement": agreement([], {}),
            "articles_detail": details}


def test_dev_check_report_lists_no_cases() -> None:
    secret = [{"article": "wn:Secret_article", "errors": [{"kind": "missed", "text": "a sentence of it"}]}]
    text = format_news_report(_report("dev-check", secret))
    assert "wn:Secret_article" not in text and "a sentence of it" not in text
    assert "not shown for dev-check" in text
    assert "per article (first errors of each)" in format_news_report(_report("dev", []))
