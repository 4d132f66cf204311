"""Stories and merged events in the store: syndicated copies, incremental and idempotent merges, splits,
and the `tidings events` commands."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tidings import query_events
from tidings.cli import group
from tidings.crossdoc import merge_events, split_event
from tidings.errors import StoreError
from tidings.schema import Actor, Article, ArticleResult, Event, EventDate, Location, Span
from tidings.store import connect, delete_article, write_result

FIXTURE = Path(__file__).parent / "fixtures" / "crossdoc" / "syndication.json"


def _result(article_id: str, source: str, url: str, date: str, text: str, events: list[dict]) -> ArticleResult:
    actors: dict[str, Actor] = {}

    def ids(specs: list[str]) -> tuple[str, ...]:
        out = []
        for spec in specs:
            name, country, kind = spec.split("|")
            if name not in actors:
                actors[name] = Actor(f"a{len(actors) + 1}", name, kind, country=country)  # type: ignore[arg-type]
            out.append(actors[name].id)
        return tuple(out)

    coded = []
    for i, e in enumerate(events):
        start = max(text.find(e["evidence"]), 0)
        place = e.get("place")
        coded.append(Event(
            id=f"e{i + 1}", event=e["event"], mode=e.get("mode"), actor=ids(e["actor"]), recipient=ids(e["recipient"]),
            evidence=Span(start, start + len(e["evidence"]), e["evidence"]),
            date=EventDate(e["date"], "day") if e.get("date") else None,
            location=Location(place[0], place[1], place[2], place[3]) if place else None, confidence=0.8))
    article = Article(article_id, text, dt.date.fromisoformat(date), title=article_id, source=source, url=url)
    return ArticleResult(article=article, actors=tuple(actors.values()), events=tuple(coded))


def syndication() -> tuple[list[tuple[ArticleResult, list[str]]], int, int]:
    """(articles with the true event key of each of their events, true stories, true events)."""
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    out, stories, events = [], 0, set()
    for story in data["stories"]:
        for i, c in enumerate(story["copies"]):
            out.append((_result(f"{story['id']}-{i}", c["source"], c["url"], story["date"], c["text"], story["events"]),
                        [e["key"] for e in story["events"]]))
        for j, c in enumerate(story["independent"]):
            out.append((_result(f"{story['id']}-ind{j}", c["source"], c["url"], c["date"], c["text"], c["events"]),
                        [e["key"] for e in c["events"]]))
        stories += 1 + len(story["independent"])
        events.update(e["key"] for e in story["events"])
    return out, stories, len(events)


def _clusters(conn) -> set[frozenset[tuple[str, int]]]:  # type: ignore[no-untyped-def]
    groups: dict[int, set[tuple[str, int]]] = {}
    for mid, aid, seq in conn.execute("SELECT m.merged_id, e.article_id, e.seq FROM event_mentions m "
                                      "JOIN events e ON e.id = m.event_row"):
        groups.setdefault(mid, set()).add((aid, seq))
    return {frozenset(g) for g in groups.values()}


@pytest.fixture
def store(tmp_path):  # type: ignore[no-untyped-def]
    conn = connect(tmp_path / "t.db")
    yield conn
    conn.close()


def test_crossdoc_syndicated_copies_are_one_story_and_one_event_each(store) -> None:  # type: ignore[no-untyped-def]
    articles, true_stories, true_events = syndication()
    for result, _ in articles:
        write_result(store, result)
    merge_events(store)
    stories, placed = query_events.story_counts(store)
    assert placed == len(articles)
    assert stories == true_stories
    merged, stored = query_events.merged_total(store)
    assert stored == sum(len(r.events) for r, _ in articles)
    assert merged / true_events <= 1.05
    # every merged event holds mentions of one true event only
    keys = {(r.article.id, i): k for r, ks in articles for i, k in enumerate(ks)}
    for group in _clusters(store):
        assert len({keys[m] for m in group}) == 1


def test_crossdoc_merged_event_counts_and_mentions(store) -> None:  # type: ignore[no-untyped-def]
    for result, _ in syndication()[0]:
        write_result(store, result)
    merge_events(store)
    (arrest,) = [e for e in query_events.merged_events(store, event="ASSAULT")]
    assert (arrest.n_mentions, arrest.n_articles, arrest.n_stories) == (5, 5, 2)
    assert arrest.n_sources == 4  # the Daily Courier carried it twice
    assert arrest.first_seen == "2025-03-04" and arrest.last_seen == "2025-03-05"
    mentions = query_events.event_mentions(store, arrest.id)
    assert {m.article_id for m in mentions} >= {"blockade-0", "blockade-ind0"}
    assert all(m.evidence and m.confidence == 0.8 and m.reason for m in mentions)
    protests = query_events.merged_events(store, event="PROTEST")
    assert len(protests) == 3  # Fornost dockworkers, Edoras farmers, Harlond students stay apart


@pytest.mark.parametrize("batches", [1, 3, 10])
def test_crossdoc_merge_is_incremental_and_idempotent(tmp_path, batches: int) -> None:  # type: ignore[no-untyped-def]
    articles = [r for r, _ in syndication()[0]]
    articles.sort(key=lambda r: (r.article.date, r.article.id))
    whole = connect(tmp_path / "whole.db")
    for r in articles:
        write_result(whole, r)
    merge_events(whole)
    expected = _clusters(whole)
    parts = connect(tmp_path / f"parts{batches}.db")
    size = -(-len(articles) // batches)
    for k in range(0, len(articles), size):
        for r in articles[k:k + size]:
            write_result(parts, r)
        merge_events(parts)
    assert _clusters(parts) == expected
    merge_events(parts)  # twice: nothing changes
    assert _clusters(parts) == expected
    merge_events(parts, rebuild=True)
    assert _clusters(parts) == expected
    whole.close()
    parts.close()


def test_crossdoc_split_is_kept_by_later_merges(store) -> None:  # type: ignore[no-untyped-def]
    for result, _ in syndication()[0]:
        write_result(store, result)
    merge_events(store)
    (arrest,) = query_events.merged_events(store, event="ASSAULT")
    ids = split_event(store, arrest.id, reason="test")
    assert len(ids) == 5 and ids[0] == arrest.id
    assert len(query_events.merged_events(store, event="ASSAULT")) == 5
    merge_events(store, rebuild=True)
    assert len(query_events.merged_events(store, event="ASSAULT")) == 5
    decision = store.execute("SELECT action, merged_id, reason FROM merge_decisions").fetchall()
    assert decision == [("split", arrest.id, "test")]
    with pytest.raises(StoreError):
        split_event(store, 10**6)


def test_crossdoc_deleted_article_leaves_its_event(store) -> None:  # type: ignore[no-untyped-def]
    articles = syndication()[0]
    for result, _ in articles:
        write_result(store, result)
    merge_events(store)
    (treaty,) = query_events.merged_events(store, event="AGREE")
    assert treaty.n_articles == 3
    for aid in ("treaty-0", "treaty-1", "treaty-2"):
        delete_article(store, aid)
    merge_events(store)
    assert query_events.merged_events(store, event="AGREE") == []
    assert store.execute("SELECT count(*) FROM stories WHERE first_article LIKE 'treaty%'").fetchone()[0] == 0


def test_crossdoc_events_commands(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    conn = connect(db)
    for result, _ in syndication()[0]:
        write_result(conn, result)
    conn.close()
    run = CliRunner()
    out = run.invoke(group, ["events", "list", "--db", str(db)])
    assert out.exit_code == 0 and "tidings events merge" in out.output
    out = run.invoke(group, ["events", "merge", "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert "are 5 events" in out.output and "are 4 stories" in out.output
    out = run.invoke(group, ["events", "list", "--db", str(db), "--event", "ASSAULT", "--jsonl"])
    (row,) = [json.loads(line) for line in out.output.splitlines()]
    assert row["n_articles"] == 5
    out = run.invoke(group, ["events", "show", str(row["id"]), "--db", str(db)])
    assert out.exit_code == 0 and "5 mentions in 5 articles" in out.output and "merged because" in out.output
    out = run.invoke(group, ["events", "split", str(row["id"]), "--db", str(db)])
    assert out.exit_code == 0 and "split into 5 events" in out.output
    out = run.invoke(group, ["events", "show", "999999", "--db", str(db)])
    assert out.exit_code == 1 and "no merged event 999999" in out.output
    out = run.invoke(group, ["events", "merge", "--db", str(tmp_path / "missing.db")])
    assert out.exit_code == 1 and "no database" in out.output


def test_crossdoc_ingest_places_new_articles_in_stories(tmp_path: Path) -> None:
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    lines = [json.dumps({"id": f"{s['id']}-{i}", "date": s["date"], "url": c["url"], "source": c["source"],
                         "text": c["text"]}) for s in data["stories"] for i, c in enumerate(s["copies"])]
    db = tmp_path / "t.db"
    run = CliRunner()
    for k, part in enumerate((lines[:4], lines[4:], lines)):  # two batches, then everything again
        src = tmp_path / f"batch{k}.jsonl"
        src.write_text("\n".join(part) + "\n", encoding="utf-8")
        out = run.invoke(group, ["ingest", str(src), "--db", str(db), "--components", "none", "-q"])
        assert out.exit_code == 0, out.output
        conn = connect(db)
        stories, placed = query_events.story_counts(conn)
        conn.close()
        assert (stories, placed) == ((1, 4) if k == 0 else (3, len(lines)))  # batch 0: the four dockworkers copies
