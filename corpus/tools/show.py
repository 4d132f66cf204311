"""Print one Wikinews article of ../shared/data by id, for a coder: id, date, title, then the text.

    python corpus/tools/show.py "wn:Some_article"        # the text as it is
    python corpus/tools/show.py "wn:Some_article" --lines  # each paragraph numbered

Standard library only: coders use it with the annotation guide and nothing else.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "wikinews_en.jsonl"


def load_articles(path: Path = DATA) -> dict[str, dict]:
    """Every article of the Wikinews file by id (empty when the shared data is absent)."""
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as fh:
        return {rec["id"]: rec for rec in map(json.loads, fh) if rec.get("id")}


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
