"""Ingest throughput: articles and megabytes per second for each input format.

Run ``python -m benchmarks.ingest`` from the repository root. The real-world corpus
(../shared/data/wikinews_en.jsonl) is read as it is, gzipped, and re-packaged as HTML pages,
an RSS feed and a WARC crawl written to a temporary folder, so every format is timed on the
same 505 articles. Without ../shared/data it times the shipped examples only.
"""

from __future__ import annotations

import gzip
import html
import io
import json
import sys
import tempfile
import time
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path

from tidings.ingest import read_paths
from tidings.schema import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def _page(rec: dict) -> str:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in rec["text"].split("\n") if p.strip())
    title = html.escape(rec.get("title") or "")
    return (f"<!DOCTYPE html><html><head><title>{title}</title><meta name='date' content='{rec.get('date') or ''}'>"
            f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{paras}</article>"
            "<footer>About us</footer></body></html>")


def _feed(records: list[dict]) -> str:
    items = []
    for rec in records:
        when = ""
        if rec.get("date"):
            d = datetime.fromisoformat(rec["date"]).replace(tzinfo=timezone.utc)
            when = f"<pubDate>{format_datetime(d)}</pubDate>"
        items.append(f"<item><title>{html.escape(rec.get('title') or '')}</title><link>{html.escape(rec.get('url') or '')}"
                     f"</link>{when}<description>{html.escape(rec['text'])}</description></item>")
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Bench</title>{''.join(items)}</channel></rss>"


def _warc(path: Path, records: list[dict]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for n, rec in enumerate(records):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(rec.get("url") or f"https://bench.example/{n}", "response",
                                                          payload=io.BytesIO(_page(rec).encode()), http_headers=headers))


def measure(label: str, paths: list[Path], **options: object) -> tuple[int, float]:
    size = sum(p.stat().st_size for p in paths)
    t0 = time.perf_counter()
    items = list(read_paths([str(p) for p in paths], **options))
    seconds = time.perf_counter() - t0
    n = sum(isinstance(i, Article) for i in items)
    print(f"{label:28} {n:6} articles {len(items) - n:4} problems {seconds:7.3f}s "
          f"{n / seconds:9.0f} articles/s {size / seconds / 1e6:7.2f} MB/s", flush=True)
    return n, seconds


def main(argv: list[str] | None = None) -> None:
    measure("examples/ (seed, jsonl, rss)", sorted(p for p in (ROOT / "examples").iterdir() if p.is_file()))
    corpus = SHARED / "wikinews_en.jsonl"
    if not corpus.is_file():
        print(f"{corpus} not found: shared data absent, only the examples were timed")
        return
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        gz = d / "wikinews.jsonl.gz"
        gz.write_bytes(gzip.compress(corpus.read_bytes()))
        pages = d / "pages"
        pages.mkdir()
        for n, rec in enumerate(records):
            (pages / f"{n:04}.html").write_text(_page(rec), encoding="utf-8")
        feed = d / "feed.xml"
        feed.write_text(_feed(records), encoding="utf-8")
        warc = d / "crawl.warc.gz"
        _warc(warc, records)
        measure("wikinews_en.jsonl", [corpus])
        measure("wikinews_en.jsonl.gz", [gz])
        stories = SHARED / "synthetic_stories.csv"
        if stories.is_file():
            measure("synthetic_stories.csv", [stories])
        measure("505 HTML pages (trafilatura)", sorted(pages.iterdir()))
        measure("RSS feed, 505 entries", [feed])
        measure("WARC, 505 responses", [warc])


if __name__ == "__main__":
    main(sys.argv[1:])
