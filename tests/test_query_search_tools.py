"""Full-text search as other tools see it: ``sqlite-utils search`` and datasette's ``?_search=`` find
the indexes of a fresh store and of one migrated from before 0004_fts_for_tools, and the store's own
search still works after the migration."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tidings import query
from tidings.schema import Actor, Article, ArticleResult, Event, Quote, Span
from tidings.store import MIGRATIONS, connect, migrate, write_result

sqlite_utils = pytest.importorskip("sqlite_utils")


def _result(aid: str, evidence: str, said: str) -> ArticleResult:
    text = f"{evidence} \u201c{said}\u201d"
    start = len(evidence) + 2
    king = Actor("a1", "Aragorn Elessar", "person", "ARN")
    return ArticleResult(Article(aid, text, dt.date(2031, 1, 10)), (king,),
                         (Quote("q1", said, "direct", Span(start, start + len(said), said), "a1", "the king"),),
                         (Event("e1", "AGREE", Span(0, len(evidence), evidence), ("a1",), confidence=0.9),))


BEFORE = _result("old", "Envoys agreed a ceasefire at the ford.", "The ceasefire holds")
AFTER = _result("new", "The councils signed a harbour treaty.", "A treaty for the harbour")


def _store(tmp_path: Path, migrated: bool) -> Path:
    path = tmp_path / ("migrated.db" if migrated else "fresh.db")
    if migrated:  # a store written by a tidings that stopped at 0003, opened by this one
        conn = connect(path, migrate=False)
        migrate(conn, MIGRATIONS[:3])
        write_result(conn, BEFORE)
        conn.close()
        conn = connect(path)
        assert "0004_fts_for_tools" in query.summary(conn).migrations
    else:
        conn = connect(path)
        write_result(conn, BEFORE)
    write_result(conn, AFTER)
    conn.close()
    return path


@pytest.mark.parametrize("migrated", [False, True])
def test_search_tools_sqlite_utils_finds_the_indexes(tmp_path: Path, migrated: bool) -> None:
    from sqlite_utils.cli import cli

    path = _store(tmp_path, migrated)
    db = sqlite_utils.Database(path)
    assert (db["events"].detect_fts(), db["quotes"].detect_fts()) == ("events_fts", "quotes_fts")
    assert [r["article_id"] for r in db["events"].search("ceasefire")] == ["old"]
    assert [r["article_id"] for r in db["quotes"].search("treaty")] == ["new"]
    assert list(db["events"].search("dragons")) == []
    res = CliRunner().invoke(cli, ["search", str(path), "events", "treaty", "--csv"])
    assert res.exit_code == 0, res.output
    assert "The councils signed a harbour treaty." in res.output and "ceasefire" not in res.output


@pytest.mark.parametrize("migrated", [False, True])
def test_search_tools_datasette_search_parameter(tmp_path: Path, migrated: bool) -> None:
    datasette_app = pytest.importorskip("datasette.app")
    path = _store(tmp_path, migrated)

    async def get(url: str) -> dict:  # type: ignore[type-arg]
        ds = datasette_app.Datasette([str(path)])
        response = await ds.client.get(url)
        assert response.status_code == 200, response.text
        return response.json()

    name = path.stem
    events = asyncio.run(get(f"/{name}/events.json?_search=ceasefire&_shape=array"))
    assert [r["article_id"] for r in events] == ["old"]
    quotes = asyncio.run(get(f"/{name}/quotes.json?_search=harbour&_shape=array"))
    assert [r["article_id"] for r in quotes] == ["new"]


@pytest.mark.parametrize("migrated", [False, True])
def test_search_tools_store_search_still_works(tmp_path: Path, migrated: bool) -> None:
    path = _store(tmp_path, migrated)
    assert [r.article_id for r in query.events(path, text="ceasefire")] == ["old"]
    assert [r.article_id for r in query.quotes(path, text="harbour")] == ["new"]
    conn = connect(path)
    from tidings.store import delete_article

    delete_article(conn, "old")  # the triggers keep the rebuilt index in step with deletes
    conn.close()
    assert query.events(path, text="ceasefire") == [] and json.dumps(query.summary(path).events) == "1"
