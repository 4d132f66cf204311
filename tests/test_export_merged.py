"""The GDELT-style export reads merged events: one events row per real-world event, one mentions row per
mention (each coded event and each syndicated copy), and the counts of the merge."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from tidings import query_events
from tidings.crossdoc import CopyFinder, merge_events
from tidings.export import export
from tidings.store import connect, ingest_items

from test_crossdoc_copies import FixtureCoder
from test_crossdoc_store import syndication


def _read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(params=["copies", "every copy coded"])
def merged_store(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    results = sorted((r for r, _ in syndication()[0]), key=lambda r: (r.article.date, r.article.id))
    conn = connect(tmp_path / "t.db")
    finder = CopyFinder(conn) if request.param == "copies" else None
    ingest_items(conn, [r.article for r in results], FixtureCoder(results), copies=finder)
    merge_events(conn)
    yield conn
    conn.close()


def test_export_gdelt_one_row_per_merged_event(merged_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    export(merged_store, "gdelt", tmp_path / "g")
    events, mentions = _read(tmp_path / "g" / "events.tsv"), _read(tmp_path / "g" / "mentions.tsv")
    merged = query_events.merged_events(merged_store)
    assert len(events) == len(merged) == 5  # the five true events of the syndication test
    assert len({e["GlobalEventID"] for e in events}) == len(events)
    assert len(mentions) == sum(m.n_mentions for m in merged)
    per_event = Counter(m["GlobalEventID"] for m in mentions)
    for e in events:  # every events row counts its mentions rows, and names as many articles and sources
        assert int(e["NumMentions"]) == per_event[e["GlobalEventID"]]
        rows = [m for m in mentions if m["GlobalEventID"] == e["GlobalEventID"]]
        assert int(e["NumArticles"]) == len({m["MentionIdentifier"] for m in rows})
        assert int(e["NumSources"]) == len({m["MentionSourceName"] for m in rows})
    (arrest,) = [e for e in events if e["Actor1Name"] == "Fornost Police"]
    assert (arrest["NumMentions"], arrest["NumArticles"], arrest["NumSources"]) == ("5", "5", "4")
    assert arrest["SOURCEURL"] == "https://wire.example/news/2025/03/04/arnor-dockworkers"  # its first report
    urls = {m["MentionIdentifier"] for m in mentions if m["GlobalEventID"] == arrest["GlobalEventID"]}
    assert "https://northerntimes.example/arnor/port-tax-march" in urls  # a syndicated copy is a mention


def test_export_gdelt_ids_stay_as_articles_join(tmp_path: Path) -> None:
    results = sorted((r for r, _ in syndication()[0]), key=lambda r: (r.article.date, r.article.id))
    conn = connect(tmp_path / "t.db")
    coder = FixtureCoder(results)
    ingest_items(conn, [r.article for r in results[:3]], coder, copies=CopyFinder(conn))
    merge_events(conn)
    export(conn, "gdelt", tmp_path / "early")
    ingest_items(conn, [r.article for r in results], coder, copies=CopyFinder(conn))
    merge_events(conn)
    export(conn, "gdelt", tmp_path / "late")
    early = {e["GlobalEventID"]: e for e in _read(tmp_path / "early" / "events.tsv")}
    late = {e["GlobalEventID"]: e for e in _read(tmp_path / "late" / "events.tsv")}
    assert early.keys() <= late.keys()  # an event keeps its id as later reports join it
    assert any(int(late[k]["NumMentions"]) > int(early[k]["NumMentions"]) for k in early)
    conn.close()


def test_export_gdelt_unmerged_store_has_a_row_per_coded_event(tmp_path: Path) -> None:
    results = sorted((r for r, _ in syndication()[0]), key=lambda r: (r.article.date, r.article.id))
    conn = connect(tmp_path / "t.db")
    ingest_items(conn, [r.article for r in results], FixtureCoder(results), copies=CopyFinder(conn))
    export(conn, "gdelt", tmp_path / "g")  # no merge run: each coded event is its own, its copies its mentions
    events, mentions = _read(tmp_path / "g" / "events.tsv"), _read(tmp_path / "g" / "mentions.tsv")
    coded = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    assert len(events) == coded
    assert len(mentions) == sum(int(e["NumMentions"]) for e in events) > coded
    conn.close()
