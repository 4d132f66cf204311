"""Syndicated copies are stored once as one story and coded once: the ingest finds them before coding,
stores their source and URL, and counts them as mentions of the coded copy's merged events."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Iterable, Iterator

import pytest
from click.testing import CliRunner

from tidings import query_events
from tidings.cli import group
from tidings.crossdoc import CopyFinder, merge_events, split_event
from tidings.schema import Article, ArticleResult
from tidings.store import connect, delete_article, ingest_items

from test_crossdoc_store import FIXTURE, _clusters, syndication


class FixtureCoder:
    """Codes an article as the syndication fixture says its copy is coded, and counts what it coded."""

    def __init__(self, results: Iterable[ArticleResult]) -> None:
        self.results = {r.article.id: r for r in results}
        self.coded: list[str] = []

    def code_many(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[ArticleResult]:
        for a in articles:
            self.coded.append(a.id)
            yield dataclasses.replace(self.results[a.id], article=a)


def _ingest(conn, results: list[ArticleResult], coder: FixtureCoder, *, copies: bool = True):  # type: ignore[no-untyped-def]
    stats = ingest_items(conn, [r.article for r in results], coder, copies=CopyFinder(conn) if copies else None)
    merge_events(conn)
    return stats


@pytest.fixture
def fixture_results() -> tuple[list[ArticleResult], dict[tuple[str, int], str], int, int]:
    articles, true_stories, true_events = syndication()
    keys = {(r.article.id, i): k for r, ks in articles for i, k in enumerate(ks)}
    results = sorted((r for r, _ in articles), key=lambda r: (r.article.date, r.article.id))
    return results, keys, true_stories, true_events


def test_crossdoc_copies_are_stored_once_and_coded_once(tmp_path: Path, fixture_results) -> None:  # type: ignore[no-untyped-def]
    results, keys, true_stories, true_events = fixture_results
    conn = connect(tmp_path / "t.db")
    coder = FixtureCoder(results)
    stats = _ingest(conn, results, coder)
    # coded once: the first copy of each wire story and each independent report; the blockade brief (two
    # sentences cut from the copy at its URL: a quarter of its shingles, all in the stored text) is a copy
    assert sorted(coder.coded) == ["blockade-0", "blockade-ind0", "other-protest-0", "treaty-0"]
    assert stats.copies == len(results) - len(coder.coded)
    stories, placed = query_events.story_counts(conn)
    assert (stories, placed) == (true_stories, len(results))  # every copy kept, in its original's story
    merged, stored = query_events.merged_total(conn)
    assert merged / true_events <= 1.05
    assert stored == sum(len(coder.results[a].events) for a in coder.coded)
    for group_ in _clusters(conn):  # no merged event mixes two true events
        assert len({keys[m] for m in group_}) == 1
    # the copies count: the arrest was carried by four wire copies (two on the Daily Courier) and one rewrite
    (arrest,) = query_events.merged_events(conn, event="ASSAULT")
    assert (arrest.n_mentions, arrest.n_articles, arrest.n_sources, arrest.n_stories) == (5, 5, 4, 2)
    urls = {r[0] for r in conn.execute("SELECT url FROM articles")}
    assert len(urls) == len(results)
    conn.close()


def test_crossdoc_copies_code_every_copy_when_asked(tmp_path: Path, fixture_results) -> None:  # type: ignore[no-untyped-def]
    results, _, _, _ = fixture_results
    conn = connect(tmp_path / "t.db")
    coder = FixtureCoder(results)
    stats = _ingest(conn, results, coder, copies=False)
    assert len(coder.coded) == len(results) and stats.copies == 0
    (arrest,) = query_events.merged_events(conn, event="ASSAULT")
    assert (arrest.n_mentions, arrest.n_articles, arrest.n_sources) == (5, 5, 4)  # the same counts, coded five times
    conn.close()


def _state(conn) -> tuple:  # type: ignore[no-untyped-def]
    events = sorted(conn.execute("SELECT event, day, n_mentions, n_articles, n_sources, n_stories FROM merged_events"))
    copies = sorted(conn.execute("SELECT article_id, original FROM article_copies"))
    return _clusters(conn), events, copies


@pytest.mark.parametrize("batches", [3, 10])
def test_crossdoc_copies_incremental_and_idempotent(tmp_path: Path, fixture_results, batches: int) -> None:  # type: ignore[no-untyped-def]
    results, _, _, _ = fixture_results
    whole = connect(tmp_path / "whole.db")
    _ingest(whole, results, FixtureCoder(results))
    expected = _state(whole)
    parts = connect(tmp_path / "parts.db")
    coder = FixtureCoder(results)
    size = -(-len(results) // batches)
    for k in range(0, len(results), size):
        _ingest(parts, results[k:k + size], coder)
    assert _state(parts) == expected
    again = _ingest(parts, results, coder)  # everything twice: nothing is coded or counted again
    assert again.skipped == len(results) and again.copies == 0
    assert _state(parts) == expected
    merge_events(parts, rebuild=True)
    assert _state(parts) == expected
    whole.close()
    parts.close()


def test_crossdoc_copies_recoding_the_original_keeps_its_copies(tmp_path: Path, fixture_results) -> None:  # type: ignore[no-untyped-def]
    results, _, _, _ = fixture_results
    conn = connect(tmp_path / "t.db")
    coder = FixtureCoder(results)
    _ingest(conn, results, coder)
    before = _state(conn)
    original = coder.coded[0]
    recoded = ingest_items(conn, [coder.results[original].article], coder, recode=True, copies=CopyFinder(conn))
    assert recoded.recoded == 1 and recoded.copies == 0  # an article is never a copy of its own copies
    merge_events(conn)
    assert _state(conn)[1:] == before[1:]
    conn.close()


def test_crossdoc_copies_an_edited_update_at_the_same_url_is_coded(tmp_path: Path) -> None:
    conn = connect(tmp_path / "t.db")
    first = Article("u1", "The council of Edoras voted on Tuesday to close the old bridge to lorries for a year "
                          "while engineers repair its piers.", source="A", url="https://a.example/bridge")
    update = Article("u2", "Engineers in Edoras found the old bridge safe on Friday and the council reopened it "
                           "to lorries, ending a ban that had lasted three days.", source="A",
                     url="https://a.example/bridge")
    finder = CopyFinder(conn)
    assert finder.copy_of(first) is None
    assert finder.copy_of(update) is None
    repeat = dataclasses.replace(first, id="u3", url="https://b.example/edoras-bridge", source="B")
    found = finder.copy_of(repeat)
    assert found is not None and found.original == "u1" and found.similarity == 1.0
    cut = dataclasses.replace(first, id="u4", text=first.text.split(" while ")[0] + ".")  # at the first URL
    found = finder.copy_of(cut)
    assert found is not None and found.original == "u1" and "same URL" in found.reason
    elsewhere = dataclasses.replace(first, id="u5", url="https://c.example/other",  # another cut, elsewhere: coded
                                    text="The old bridge closes to lorries for a year while engineers repair its piers.")
    assert finder.copy_of(elsewhere) is None
    conn.close()


def test_crossdoc_copies_ingest_command_says_how_many(tmp_path: Path) -> None:
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    lines = [json.dumps({"id": f"{s['id']}-{i}", "date": s["date"], "url": c["url"], "source": c["source"],
                         "text": c["text"]}) for s in data["stories"] for i, c in enumerate(s["copies"])]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "t.db"
    out = CliRunner().invoke(group, ["ingest", str(src), "--db", str(db), "--components", "none", "-q"])
    assert out.exit_code == 0, out.output
    copies = len(lines) - len(data["stories"])
    assert f"articles: {len(lines)} new" in out.output
    assert f"of the new and recoded, {copies} copies of coded articles, not coded" in out.output
    conn = connect(db)
    assert query_events.story_counts(conn) == (len(data["stories"]), len(lines))
    conn.close()


def test_crossdoc_copies_events_show_lists_the_copies(tmp_path: Path, fixture_results) -> None:  # type: ignore[no-untyped-def]
    results, _, _, _ = fixture_results
    db = tmp_path / "t.db"
    conn = connect(db)
    _ingest(conn, results, FixtureCoder(results))
    (arrest,) = query_events.merged_events(conn, event="ASSAULT")
    conn.close()
    out = CliRunner().invoke(group, ["events", "show", str(arrest.id), "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert "5 mentions in 5 articles" in out.output
    assert out.output.count("the same text, not coded again") == 3  # three copies of the wire text
    out = CliRunner().invoke(group, ["events", "show", str(arrest.id), "--db", str(db), "--jsonl"])
    rows = [json.loads(line) for line in out.output.splitlines()][1:]
    assert sum(len(r["copies"]) for r in rows) == 3 and len(rows) == 2


def test_crossdoc_copies_follow_their_original_through_a_split(tmp_path: Path, fixture_results) -> None:  # type: ignore[no-untyped-def]
    results, _, _, _ = fixture_results
    conn = connect(tmp_path / "t.db")
    _ingest(conn, results, FixtureCoder(results))
    (arrest,) = query_events.merged_events(conn, event="ASSAULT")
    split_event(conn, arrest.id, reason="test")
    merge_events(conn)
    parts = sorted((e.n_mentions, e.n_articles, e.n_sources) for e in query_events.merged_events(conn, event="ASSAULT"))
    assert parts == [(1, 1, 1), (4, 4, 3)]  # the rewrite alone; the wire text with its three copies
    conn.close()


def test_crossdoc_copies_of_a_deleted_article_are_coded_when_recoded(tmp_path: Path, fixture_results) -> None:  # type: ignore[no-untyped-def]
    results, _, _, _ = fixture_results
    conn = connect(tmp_path / "t.db")
    coder = FixtureCoder(results)
    _ingest(conn, results, coder)
    delete_article(conn, "treaty-0")  # the coded treaty copy goes; its two copies stay, uncoded
    orphans = [coder.results[a].article for a in ("treaty-1", "treaty-2")]
    again = ingest_items(conn, orphans, coder, recode=True, copies=CopyFinder(conn))
    assert (again.recoded, again.copies) == (2, 1)  # the first is coded now, the second is its copy
    merge_events(conn)
    (treaty,) = query_events.merged_events(conn, event="AGREE")
    assert (treaty.n_mentions, treaty.n_articles) == (2, 2)
    conn.close()
