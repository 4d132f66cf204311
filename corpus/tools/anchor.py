"""Check coders' drafts against their articles and turn them into the corpus's stand-off records.

    python corpus/tools/anchor.py --check DRAFT.json [DRAFT.json ...]   # report problems, write nothing
    python corpus/tools/anchor.py --out corpus/wikinews/primary DRAFT.json ...

A corpus folder holding ``dev_only.txt`` (texts read while rules were written) gets ``dev`` records only.

A draft gives spans as exact strings of the article (docs/annotation.md, section 6); a record keeps
only offsets and labels. Articles are read from ../shared/data/wikinews_en.jsonl.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from show import DATA, load_articles  # noqa: E402

from tidings.evaluate.corpus import CorpusError, anchor_draft, is_dev_only, write_record  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("drafts", nargs="+")
    ap.add_argument("--check", action="store_true", help="only report problems")
    ap.add_argument("--out", help="folder for the records")
    args = ap.parse_args(argv)
    dev_only = bool(args.out) and is_dev_only(args.out)
    articles = load_articles()
    if not articles:
        print(f"no shared data at {DATA}", file=sys.stderr)
        return 2
    bad = 0
    for path in args.drafts:
        try:
            draft = json.loads(Path(path).read_text(encoding="utf-8"))
            art = articles.get(draft.get("article"))
            if art is None:
                raise CorpusError(f"no article {draft.get('article')!r} in the shared data")
            record = anchor_draft(draft, art["text"], dev_only)
        except (CorpusError, ValueError, KeyError, TypeError) as exc:
            bad += 1
            print(f"{path}: PROBLEM {exc}")
            continue
        n = (len(record["actors"]), len(record["quotes"]), len(record["events"]), len(record["not_events"]))
        if args.out and not args.check:
            out = write_record(record, args.out)
            print(f"{path}: ok -> {out}")
        else:
            print(f"{path}: ok ({n[0]} actors, {n[1]} quotes, {n[2]} events, {n[3]} not-events)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
