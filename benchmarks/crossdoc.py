"""Merging events across articles: time to merge N events' worth of mentions against the time coding them
takes, and stored events per true event, on a synthetic store of syndicated stories.

    python -m benchmarks.crossdoc [--events 100000] [--code-sample 30]

The store is made of stories (three true events each, fictional actors, dates over a year) carried
by one to five lightly edited copies and sometimes an article in other words; coding time is
measured on Wikinews articles from ../shared/data (skipped where absent).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

TYPES = ("PROTEST", "ASSAULT", "ACCUSE", "CONSULT", "AGREE", "SUPPORT", "REQUEST", "COERCE", "AID", "THREATEN",
         "REJECT", "MOBILIZE")
WORDS = [f"w{i}" for i in range(5000)]


def _corpus(n_events: int, seed: int = 7):  # type: ignore[no-untyped-def]
    from tidings.schema import Actor, Article, ArticleResult, Event, EventDate, Location, Span

    rng = random.Random(seed)
    people = [Actor(f"p{i}", f"Person {i}", "person", country=f"C{i % 40:02d}") for i in range(3000)]
    results, true_events, stored = [], 0, 0
    start = dt.date(2025, 1, 1)
    story = 0
    while stored < n_events:
        story += 1
        day = start + dt.timedelta(days=rng.randrange(365))
        cast = rng.sample(people, 6)
        events = []
        for k in range(3):
            events.append((rng.choice(TYPES), cast[2 * k], cast[2 * k + 1], f"Place {rng.randrange(800)}"))
        true_events += 3
        base = rng.choices(WORDS, k=250)
        copies = rng.randint(1, 5)
        for c in range(copies + (rng.random() < 0.3)):
            independent = c == copies
            words = rng.choices(WORDS, k=250) if independent else list(base)
            for _ in range(3):  # light edits
                words[rng.randrange(len(words))] = rng.choice(WORDS)
            text = " ".join(words)
            coded, actors = [], {}
            for i, (etype, a, r, place) in enumerate(events):
                actors[a.id], actors[r.id] = a, r
                coded.append(Event(f"e{i}", etype, Span(0, 10, text[:10]), actor=(a.id,), recipient=(r.id,),
                                   date=EventDate(day.isoformat(), "day"), location=Location(place, a.country)))
            aid = f"s{story}-{c}"
            art = Article(aid, text, day + dt.timedelta(days=c % 2), source=f"src{c}", url=f"https://src{c}.example/{aid}")
            results.append(ArticleResult(article=art, actors=tuple(actors.values()), events=tuple(coded)))
            stored += len(coded)
    return results, true_events, stored


def coding_seconds_per_event(sample: int) -> float | None:
    from benchmarks import wikinews_articles
    from tidings.pipeline import Pipeline

    arts = wikinews_articles(sample) if sample > 0 else None
    if not arts:
        return None
    pipe = Pipeline(errors="record")
    pipe.code(arts[0])  # load models before timing
    t0 = time.perf_counter()
    events = sum(len(pipe.code(a).events) for a in arts)
    return (time.perf_counter() - t0) / max(events, 1)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--code-sample", type=int, default=30)
    args = ap.parse_args(argv)
    from tidings.crossdoc import merge_events
    from tidings.store import connect, write_result

    results, true_events, stored = _corpus(args.events)
    with tempfile.TemporaryDirectory() as tmp:
        conn = connect(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        for r in results:
            write_result(conn, r)
        write_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        stats = merge_events(conn)
        merge_s = time.perf_counter() - t0
        merged = conn.execute("SELECT count(*) FROM merged_events").fetchone()[0]
        stories = conn.execute("SELECT count(DISTINCT story_id) FROM story_articles").fetchone()[0]
        conn.close()
    print(f"store: {len(results)} articles, {stored} coded events of {true_events} true events (written in {write_s:.1f}s)")
    print(f"merge: {merge_s:.1f}s ({stored / merge_s:,.0f} events/s); {stats.summary()}")
    print(f"stored events per true event: {merged / true_events:.3f}; stories: {stories}")
    per_event = coding_seconds_per_event(args.code_sample)
    if per_event is not None:
        coding = per_event * stored
        print(f"coding {stored} events at {per_event * 1000:.1f} ms/event: {coding:.0f}s; "
              f"merge is {100 * merge_s / coding:.1f}% of coding time")


if __name__ == "__main__":
    main()
