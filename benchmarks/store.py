"""Store throughput and query latency on a synthetic database.

``python -m benchmarks.store [--articles N] [--durable] [--keep FILE]`` builds N synthetic
coded articles (fictional actors, 5 events and 2 quotes each), writes them one transaction per
article (as ``tidings ingest`` does), then times the read path. Prints articles/s and the
median and 95th-percentile latency of typical queries.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Callable

from tidings import query
from tidings.schema import Actor, Article, ArticleResult, Event, EventDate, Mention, Quote, Span
from tidings.store import connect, write_result

EVENTS = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
SYLLABLES = ("ar", "nor", "gon", "dor", "ro", "han", "mor", "ith", "el", "bree", "dale", "esg", "ar", "oth")
WORDS = ("river", "treaty", "border", "council", "riders", "grain", "harbour", "tax", "envoy", "winter",
         "bridge", "market", "garrison", "road", "festival", "drought", "talks", "ceasefire")


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def synthetic(i: int, rng: random.Random) -> ArticleResult:
    """One coded article of about 2,000 characters with 4 actors, 5 events and 2 quotes."""
    day = dt.date(2030, 1, 1) + dt.timedelta(days=rng.randint(0, 730))
    sentences = [" ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + "." for _ in range(25)]
    text = f"Story {i}\n" + " ".join(sentences)
    actors = tuple(
        Actor(f"a{k + 1}", f"{_name(rng)} {_name(rng)}", rng.choice(["person", "country", "organization"]),
              _name(rng)[:3].upper(), "GOV", mentions=(Mention(Span(0, 5, text[:5])),))
        for k in range(4)
    )
    events = tuple(
        Event(f"e{k + 1}", rng.choice(EVENTS), Span(10 * k, 10 * k + 80, text[10 * k:10 * k + 80]),
              (rng.choice(actors).id,), (rng.choice(actors).id,), quad=rng.randint(1, 4),
              date=EventDate(day.isoformat(), "day") if rng.random() < 0.5 else None, confidence=rng.random())
        for k in range(5)
    )
    quotes = tuple(
        Quote(f"q{k + 1}", sentences[k], "direct", Span(0, len(sentences[k]), sentences[k]), speaker=actors[k].id,
              speaker_text=actors[k].name, cue="said")
        for k in range(2)
    )
    return ArticleResult(Article(f"bench{i:07d}", text, day, f"Story {i}"), actors, quotes, events)


def _latency(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.store", description=__doc__)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--durable", action="store_true", help="synchronous=FULL (fsync per commit)")
    ap.add_argument("--keep", type=Path, help="write the database here and keep it")
    ap.add_argument("--runs", type=int, default=30)
    args = ap.parse_args(argv)

    rng = random.Random(7)
    results = [synthetic(i, rng) for i in range(args.articles)]
    tmp = tempfile.TemporaryDirectory(prefix="tidings-bench-")
    db = args.keep or Path(tmp.name) / "bench.db"
    if db.exists():
        raise SystemExit(f"{db} exists; pick another --keep path")
    conn = connect(db, durable=args.durable)
    t0 = time.perf_counter()
    for r in results:
        write_result(conn, r)
    elapsed = time.perf_counter() - t0
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = db.stat().st_size / 1e6
    sync = "FULL" if args.durable else "NORMAL"
    print(f"write: {args.articles} articles ({args.articles * 5} events, {args.articles * 2} quotes) in "
          f"{elapsed:.1f}s = {args.articles / elapsed:,.0f} articles/s, one transaction each, "
          f"synchronous={sync}; file {size:.1f} MB")

    some = results[len(results) // 2]
    actor = some.actors[0].name.split()[0].lower()
    country = some.actors[1].country
    word = some.quotes[0].text.split()[1]
    cases: list[tuple[str, Callable[[], object]]] = [
        ("events, no filter, limit 100", lambda: query.events(conn)),
        (f"events --country {country}", lambda: query.events(conn, country=country)),
        (f"events --actor {actor}", lambda: query.events(conn, actor=actor)),
        ("events --event PROTEST --since 2031-01-01", lambda: query.events(conn, event="PROTEST", since="2031-01-01")),
        ("events --text 'ceasefire talks'", lambda: query.events(conn, text="ceasefire talks")),
        (f"quotes --text {word}", lambda: query.quotes(conn, text=word)),
        (f"quotes --speaker {actor}", lambda: query.quotes(conn, speaker=actor)),
        ("count_events by month", lambda: query.count_events(conn, "month")),
        ("load_result (one article)", lambda: query.load_result(conn, some.article.id)),
        ("open + migrate check + summary", lambda: query.summary(db)),
    ]
    print(f"query latency over {args.runs} runs (ms): median / p95")
    for label, fn in cases:
        med, p95 = _latency(fn, args.runs)
        print(f"  {label:48} {med:8.2f} / {p95:8.2f}")
    t0 = time.perf_counter()
    n = sum(1 for _ in query.iter_results(conn))
    print(f"iter_results: {n / (time.perf_counter() - t0):,.0f} articles/s read back losslessly")
    conn.close()
    tmp.cleanup()


if __name__ == "__main__":
    main()
