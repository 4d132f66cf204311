"""Print one article of ../shared/data by id, for a coder: id, date, title, then the text.

    python corpus/tools/show.py "wn:Some_article"        # the text as it is
    python corpus/tools/show.py "wn:Some_article" --lines  # each paragraph numbered
    python corpus/tools/show.py "story:0a1b2c3d4e5f"      # a machine-written story (no date)

Ids starting ``wn:`` are Wikinews articles (``wikinews_en.jsonl``); ids starting ``story:`` are
stories of ``synthetic_stories.csv``, named by the first 12 hex digits of the SHA-256 of their text
(as ``tidings evaluate`` names them).

Standard library only: coders use it with the annotation guide and nothing else.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "wikinews_en.jsonl"
STORIES = DATA.with_name("synthetic_stories.csv")
STORY_PREFIX = "story:"


def story_id(text: str) -> str:
    """A story's id: ``story:`` and the first 12 hex digits of the SHA-256 of its text."""
    return STORY_PREFIX + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def load_stories(path: Path = STORIES) -> dict[str, dict]:
    """Every story of the stories file by id, as an article record with no date (empty when absent).
    The title is the prompt's first line (the filled-in headline), else the title column."""
    if not path.exists():
        return {}
    csv.field_size_limit(10_000_000)
    out: dict[str, dict] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            text = row.get("text") or ""
            if not text.strip():
                continue
            prompt = (row.get("prompt") or "").strip()
            title = prompt.splitlines()[0].strip() if prompt else (row.get("title") or "").strip() or None
            sid = story_id(text)
            out[sid] = {"id": sid, "date": None, "title": title, "text": text}
    return out


def load_wikinews(path: Path = DATA) -> dict[str, dict]:
    """Every article of the Wikinews file by id (empty when the shared data is absent)."""
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as fh:
        return {rec["id"]: rec for rec in map(json.loads, fh) if rec.get("id")}


def load_articles(path: Path = DATA, stories: Path = STORIES) -> dict[str, dict]:
    """Every article a coder may be given: the Wikinews articles and the stories, by id."""
    return {**load_wikinews(path), **load_stories(stories)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("article_id")
    ap.add_argument("--lines", action="store_true", help="number the paragraphs")
    args = ap.parse_args(argv)
    articles = load_articles()
    if not articles:
        print(f"no shared data at {DATA}", file=sys.stderr)
        return 2
    rec = articles.get(args.article_id)
    if rec is None:
        print(f"no article {args.article_id!r}", file=sys.stderr)
        return 2
    print(f"id: {rec['id']}\ndate: {rec['date']}\ntitle: {rec.get('title')}\n")
    if args.lines:
        for i, para in enumerate(rec["text"].split("\n")):
            if para.strip():
                print(f"[{i}] {para}")
    else:
        print(rec["text"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
