"""Merging events across articles: time to merge N events' worth of mentions against the time coding them
takes, and stored events per true event, on a synthetic store of syndicated stories.

    python -m benchmarks.crossdoc [--events 100000] [--code-sample 30]

It builds the store twice: with every copy coded (``tidings ingest --code-copies``), and with
syndicated copies found before coding and stored uncoded (the default), and reports both.

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
    t0 = time.process_time()
    events = sum(len(pipe.code(a).events) for a in arts)
    return (time.process_time() - t0) / max(events, 1)


def _merge(conn) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    from tidings.crossdoc import merge_events

    t0 = time.process_time()
    stats = merge_events(conn)
    return time.process_time() - t0, stats


def _counts(conn) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    merged = conn.execute("SELECT count(*) FROM merged_events").fetchone()[0]
    stories = conn.execute("SELECT count(DISTINCT story_id) FROM story_articles").fetchone()[0]
    coded = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    return merged, stories, coded


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--code-sample", type=int, default=30)
    args = ap.parse_args(argv)
    from tidings.crossdoc import CopyFinder
    from tidings.store import connect, write_copy, write_result

    results, true_events, stored = _corpus(args.events)
    results.sort(key=lambda r: (r.article.date, r.article.id))  # the order an ingest of the year would see
    print(f"store: {len(results)} articles, {stored} events as coded in every copy, {true_events} true events; "
          "times are CPU seconds of this process")
    with tempfile.TemporaryDirectory() as tmp:
        # every copy coded (tidings ingest --code-copies): the merge groups the copies' events
        conn = connect(Path(tmp) / "all.db")
        for r in results:
            write_result(conn, r)
        merge_all, stats = _merge(conn)
        merged, stories, _ = _counts(conn)
        conn.close()
        print(f"every copy coded: merge {merge_all:.1f}s ({stored / merge_all:,.0f} events/s); {stats.summary()}")
        print(f"  stored events per true event: {merged / true_events:.3f}; stories: {stories}")
        # copies found before coding (the default): only the first copy of a story is coded
        conn = connect(Path(tmp) / "copies.db")
        finder, find_s, n_copies = CopyFinder(conn), 0.0, 0
        for r in results:
            t0 = time.process_time()
            found = finder.copy_of(r.article)
            find_s += time.process_time() - t0
            if found is None:
                write_result(conn, r)
            else:
                write_copy(conn, r.article, found.original, similarity=found.similarity, reason=found.reason)
                n_copies += 1
        merge_copies, stats = _merge(conn)
        merged, stories, coded = _counts(conn)
        again, _ = _merge(conn)  # what every later ingest pays when it brought nothing new
        conn.close()
        print(f"copies found before coding: {n_copies} of {len(results)} articles stored uncoded, {coded} events "
              f"coded; finding copies {find_s:.1f}s, merge {merge_copies:.1f}s; {stats.summary()}")
        print(f"  stored events per true event: {merged / true_events:.3f}; stories: {stories}; "
              f"merging again with nothing new: {again:.2f}s")
    per_event = coding_seconds_per_event(args.code_sample)
    if per_event is not None:
        coding = per_event * stored
        print(f"coding {stored} events at {per_event * 1000:.1f} ms/event (CPU): {coding:.0f}s; merge is "
              f"{100 * merge_all / coding:.1f}% of it with every copy coded; finding copies and merging "
              f"{100 * (find_s + merge_copies) / coding:.1f}%, and coding only the {coded} events of the originals "
              f"saves {100 * (1 - coded / stored):.0f}% of coding")


if __name__ == "__main__":
    main()
