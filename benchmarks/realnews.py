"""Throughput of the default pipeline on whole real articles: the Wikinews articles of the real-news
corpus (articles/s and ms per article by stage, best of ``--repeat`` passes).

    python -m benchmarks.realnews [--limit N] [--repeat 3]

Reads ``../shared/data/wikinews_en.jsonl``; prints a message and exits where it is absent.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "wikinews_en.jsonl"
CORPUS = ROOT / "corpus" / "wikinews" / "primary"


def load_articles(limit: int | None) -> list:
    import datetime as dt

    from tidings.schema import Article

    ids = {json.loads(p.read_text(encoding="utf-8"))["article"] for p in sorted(CORPUS.glob("*.json"))}
    out = []
    with open(DATA, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["id"] in ids:
                out.append(Article(id=r["id"], text=r["text"], date=dt.date.fromisoformat(r["date"])))
    return out[:limit] if limit else out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    if not DATA.is_file() or not CORPUS.is_dir():
        print(f"skipped: needs {DATA} and the corpus at {CORPUS}")
        return 0
    from tidings.extract.common import TEXT_KEY
    from tidings.pipeline import Pipeline
    from tidings.schema import ArticleResult

    articles = load_articles(args.limit)
    pipe = Pipeline(errors="record")
    list(pipe.code_many(articles[:2]))  # load the model, the knowledge base and the gazetteer
    chars = sum(len(a.text) for a in articles)
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        docs = list(pipe.nlp.pipe([a.text for a in articles]))
        for art, doc in zip(articles, docs):
            doc.user_data[TEXT_KEY] = art.text  # as the pipeline keeps it (Doc.text is rebuilt per access)
        times = {"parse": time.perf_counter() - t0}
        for art, doc in zip(articles, docs):
            draft = ArticleResult(article=art)
            for comp in pipe.components:
                t = time.perf_counter()
                draft = comp.func(doc, draft, pipe.resources)
                times[comp.name] = times.get(comp.name, 0.0) + time.perf_counter() - t
        total = sum(times.values())
        if not best or total < best["total"]:
            best = {**times, "total": total}
    n = len(articles)
    print(f"{n} real articles ({chars / n:.0f} characters on average), best of {args.repeat}: "
          f"{n / best['total']:.1f} articles/s, {1000 * best['total'] / n:.1f} ms/article")
    for name, secs in best.items():
        if name != "total":
            print(f"  {name:<18} {1000 * secs / n:7.2f} ms/article")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
