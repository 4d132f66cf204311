"""``tidings evaluate corpus/wikinews``: code the corpus's articles and score them layer by layer.

The corpus folder holds ``primary/`` (one reference record per article) and ``second/`` (the
independent second codings of the agreement sample). Article texts are read from ``../shared/data``
(never stored in the repository): the Wikinews file for ``wn:`` ids, the machine-written stories
for ``story:`` ids (``corpus/stories``). A record whose article text changed since coding is refused.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any, Iterable

from ..errors import ConfigError
from ..extract.events.confidence import default_threshold
from ..schema import Article
from .corpus import GoldArticle, is_dev_only, iter_records, parse_record
from .news import aggregate, score_article, symmetric
from .news_match import coding_of_result
from .stories import STORY_PREFIX, story_records

SPLITS = ("dev", "dev-work", "dev-check", "test", "all")
# Dev articles held out from rule writing (one id a line, "#" comments): a held-out part of dev that
# tells, while rules are written on the rest ("dev-work"), whether they carry to unseen text.
CHECK_FILE = "dev_check.txt"
ARTICLES_FILE = "wikinews_en.jsonl"
STORIES_FILE = "synthetic_stories.csv"  # beside the Wikinews file


def find_articles_file(corpus: Path, explicit: str | Path | None = None) -> Path:
    """The Wikinews file: ``explicit``, else ``shared/data`` beside the checkout or the working folder."""
    if explicit:
        return Path(explicit)
    candidates = [p / "shared" / "data" / ARTICLES_FILE for p in (*corpus.resolve().parents, Path.cwd().parent)]
    found = next((c for c in candidates if c.is_file()), None)
    if found is None:
        raise ConfigError(f"the real-news corpus needs the article texts ({ARTICLES_FILE} of ../shared/data), "
                          "which are not part of the repository; pass --articles PATH")
    return found


def load_texts(path: Path, ids: set[str]) -> dict[str, dict[str, Any]]:
    """Article records of ``ids``: Wikinews articles from ``path``, stories from the stories file
    beside it."""
    stories = {i for i in ids if i.startswith(STORY_PREFIX)}
    texts: dict[str, dict[str, Any]] = {}
    if ids - stories:
        with open(path, encoding="utf-8") as fh:
            texts.update({r["id"]: r for r in map(json.loads, fh) if r.get("id") in ids})
    if stories:
        texts.update(story_records(path.with_name(STORIES_FILE), stories))
    return texts


def load_corpus(folder: str | Path, split: str = "dev", articles: str | Path | None = None,
                ) -> tuple[list[GoldArticle], dict[str, GoldArticle], dict[str, dict[str, Any]]]:
    """(reference records of the split, second codings by article id, article records by id), validated."""
    if split not in SPLITS:
        raise ConfigError(f"unknown split {split!r}; one of {', '.join(SPLITS)}")
    root = Path(folder)
    primary_dir = root / "primary" if (root / "primary").is_dir() else root
    raw = list(iter_records(primary_dir))
    second_raw = list(iter_records(root / "second")) if (root / "second").is_dir() else []
    if not raw:
        raise ConfigError(f"no corpus records in {primary_dir}")
    ids = {r["article"] for r in raw + second_raw}
    texts = load_texts(find_articles_file(root, articles), ids)
    missing = sorted(ids - set(texts))
    if missing:
        raise ConfigError(f"{len(missing)} corpus articles are not in the article file (first: {missing[0]})")
    dev_only = is_dev_only(root)
    if dev_only and split == "test":
        raise ConfigError(f"{root} is a dev-only corpus (its texts were read while rules were written): "
                          "it has no test split")
    refs = [parse_record(r, texts[r["article"]]["text"], dev_only=dev_only) for r in raw]
    seconds = {r["article"]: parse_record(r, texts[r["article"]]["text"], dev_only=dev_only) for r in second_raw}
    if split in ("dev-work", "dev-check"):
        check = check_ids(root)
        refs = [g for g in refs if g.split == "dev" and (g.article in check) == (split == "dev-check")]
    else:
        refs = [g for g in refs if split == "all" or g.split == split]
    return refs, seconds, texts


def check_ids(folder: str | Path) -> set[str]:
    """The ids of the corpus' dev-check articles (empty without the list)."""
    path = Path(folder) / CHECK_FILE
    if not path.is_file():
        return set()
    lines = (ln.strip() for ln in path.read_text(encoding="utf-8").splitlines())
    return {ln for ln in lines if ln and not ln.startswith("#")}


def to_article(rec: dict[str, Any]) -> Article:
    date = dt.date.fromisoformat(rec["date"]) if rec.get("date") else None
    return Article(id=rec["id"], text=rec["text"], date=date, title=rec.get("title"), url=rec.get("url"))


def _with_text(errors: Iterable[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    out = []
    for e in errors:
        e = dict(e)
        if "span" in e:
            s, t = e["span"]
            e["text"] = " ".join(text[s:t].split())
        out.append(e)
    return out


def _shown(coding: GoldArticle, confidence: dict[str, float], floor: float | None) -> GoldArticle:
    if not floor:
        return coding
    return dataclasses.replace(coding, events=tuple(e for e in coding.events if confidence.get(e.id, 0.0) >= floor))


def evaluate_news(folder: str | Path, pipeline: Any, split: str = "dev", *, articles: str | Path | None = None,
                  limit: int | None = None, min_confidence: float | None = None) -> dict[str, Any]:
    """Code the split's articles and score them: the report of ``tidings evaluate`` on the corpus.

    The layer figures are those of the default output (events at or above ``min_confidence``,
    by default the confidence model's threshold); ``events_all`` scores every live event, and
    the calibration table is over every live event too."""
    refs, seconds, texts = load_corpus(folder, split, articles)
    refs = refs[:limit] if limit else refs
    floor = default_threshold(getattr(pipeline, "resources", None)) if min_confidence is None else min_confidence
    results = pipeline.code_many(to_article(texts[g.article]) for g in refs)
    shown_scores, all_scores = [], []
    for ref, result in zip(refs, results):
        sysc = coding_of_result(result, split=ref.split, political=ref.political)
        s = score_article(ref, _shown(sysc.coding, sysc.confidence, floor), confidence=sysc.confidence,
                          rules=sysc.rule, text=texts[ref.article]["text"])
        # dev-check's cases are not read: its report keeps the figures, not the errors
        s["errors"] = [] if split == "dev-check" else _with_text(s["errors"], texts[ref.article]["text"])
        s["problems"] = [p.code for p in result.problems]
        shown_scores.append(s)
        all_scores.append(score_article(ref, sysc.coding, confidence=sysc.confidence))
    every = aggregate(all_scores)
    report = {"dataset": "news", "path": str(folder), "split": split, "min_confidence": floor,
              **aggregate(shown_scores), "events_all": every["events"],
              "missed_all": every["missed"], "in_quotes_all": every["in_quotes"],
              "by_split": {sp: aggregate([s for s in shown_scores if s["split"] == sp])["events"]
                           for sp in ("dev", "test") if any(s["split"] == sp for s in shown_scores)},
              "agreement": agreement(refs, seconds), "articles_detail": shown_scores}
    for key in ("calibration", "expected_calibration_error", "mean_confidence"):
        report[key] = every[key]
    return report


def agreement(refs: list[GoldArticle], seconds: dict[str, GoldArticle]) -> dict[str, Any]:
    """Inter-coder agreement on the articles coded twice (the reference's split filter applies)."""
    a_on_b, b_on_a = [], []
    for ref in refs:
        other = seconds.get(ref.article)
        if other is None:
            continue
        a_on_b.append(score_article(ref, other, claims={e.id for e in other.events if e.required}))
        b_on_a.append(score_article(other, ref, claims={e.id for e in ref.events if e.required}))
    if not a_on_b:
        return {"articles": 0}
    x, y = aggregate(a_on_b), aggregate(b_on_a)
    political = sum(1 for r in refs if r.article in seconds and r.political)
    same_political = sum(1 for r in refs if r.article in seconds and seconds[r.article].political == r.political)
    return {"articles": len(a_on_b), "political": political, "political_flag_agreement": _share(same_political, len(a_on_b)),
            "f1": symmetric(x, y), "reference_on_second": _layers(x), "second_on_reference": _layers(y)}


def _share(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def _layers(rep: dict[str, Any]) -> dict[str, Any]:
    return {k: rep[k] for k in ("events", "events_entity", "actors", "quotes_span", "quotes_speaker")}


__all__ = sorted(["CHECK_FILE", "SPLITS", "check_ids", "agreement", "evaluate_news", "find_articles_file", "load_corpus", "to_article"])
