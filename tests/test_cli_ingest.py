"""``tidings ingest``: codes and stores, skips what is stored, keeps unreadable records' problems."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

import tidings.cli.ingest as ingest_cli
from tidings import query
from tidings.cli import group
from tidings.nlp import blank
from tidings.pipeline import Pipeline
from tidings.registry import Component, Registry
from tidings.schema import Actor, ArticleResult, Event, Mention, Span

STORIES = {
    "one.txt": "date 2031-01-10 Arnor hails Gondor\nThe King of Arnor praised Gondor on Monday.\n",
    "two.txt": "date 2031-01-11 Rohan rides out\nRiders of Rohan crossed the Isen.\n",
    "sub/three.txt": "date 2031-01-12 Shire quiet\nNothing happened in the Shire.\n",
}


def _capitals(doc, draft: ArticleResult, resources) -> ArticleResult:  # type: ignore[no-untyped-def]
    """Actors are capitalised body words, and each sentence with two of them is a CONSULT: enough to store rows."""
    text = draft.article.text
    body = text.index("\n") + 1 if "\n" in text else 0
    actors = []
    for tok in doc:
        if tok.idx >= body and tok.text[:1].isupper() and tok.text not in ("The", "Nothing", "Riders"):
            actors.append(Actor(f"a{len(actors) + 1}", tok.text, "country", tok.text[:3].upper(),
                                mentions=(Mention(Span(tok.idx, tok.idx + len(tok), tok.text)),)))
    events = ()
    if len(actors) >= 2:
        events = (Event("e1", "CONSULT", Span(body, len(text), text[body:]), ("a1",), ("a2",)),)
    return dataclasses.replace(draft, actors=tuple(actors), events=events)


def _toy_pipeline(components: str | None) -> Pipeline:
    reg = Registry()
    reg.add(Component("capitals", 1, _capitals, (), ("actors", "events")))
    return Pipeline(["capitals"], registry=reg, nlp=blank())


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "news"
    for name, text in STORIES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture()
def toy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_cli, "build_pipeline", _toy_pipeline)


def _run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(group, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.output


def test_cli_ingest_stores_and_summarises(folder: Path, tmp_path: Path, toy: None) -> None:
    db = tmp_path / "t.db"
    code, out = _run("ingest", str(folder), "--db", str(db))
    assert code == 0, out
    assert "3 new, 0 already stored; events 2" in out
    (row,) = query.events(db, actor="arnor")
    assert (row.event, row.actors, row.recipients, row.title) == ("CONSULT", ("King",), ("Arnor",),
                                                                  "Arnor hails Gondor")


def test_cli_ingest_twice_skips_stored_articles(folder: Path, tmp_path: Path, toy: None) -> None:
    db = tmp_path / "t.db"
    _run("ingest", str(folder), "--db", str(db))
    code, out = _run("ingest", str(folder), "--db", str(db))
    assert code == 0 and "0 new, 3 already stored" in out
    assert query.summary(db).articles == 3 and query.summary(db).events == 2


def test_cli_ingest_recode_replaces(folder: Path, tmp_path: Path, toy: None) -> None:
    db = tmp_path / "t.db"
    _run("ingest", str(folder), "--db", str(db))
    before = {r.article.id: r.article for r in query.iter_results(db)}
    code, out = _run("ingest", str(folder), "--db", str(db), "--recode")
    assert code == 0 and "0 new, 3 recoded, 0 already stored" in out
    assert {r.article.id: r.article for r in query.iter_results(db)} == before
    assert query.summary(db).events == 2


def test_cli_ingest_new_file_only_codes_the_new_one(folder: Path, tmp_path: Path, toy: None) -> None:
    db = tmp_path / "t.db"
    _run("ingest", str(folder), "--db", str(db))
    (folder / "four.txt").write_text("date 2031-01-13 Mordor\nMordor threatened Gondor.\n", encoding="utf-8")
    code, out = _run("ingest", str(folder), "--db", str(db))
    assert "1 new, 3 already stored; events 1" in out  # only the new one was coded


def test_cli_ingest_keeps_problems_of_unreadable_records(folder: Path, tmp_path: Path, toy: None) -> None:
    (folder / "broken.jsonl").write_text('{"text": "Gondor calls Arnor", "date": "2031-01-01"}\n{not json\n',
                                         encoding="utf-8")
    db = tmp_path / "t.db"
    code, out = _run("ingest", str(folder), "--db", str(db))
    assert code == 0, out
    unreadable = query.problems(db, unreadable_only=True)
    assert [p.origin for p in unreadable] == [f"{folder / 'broken.jsonl'}:2"]
    assert "(1 unreadable records)" in out
    _run("ingest", str(folder), "--db", str(db))
    assert len(query.problems(db, unreadable_only=True)) == 1  # kept once, not piled up


def test_cli_ingest_warning_is_stored_with_its_article(tmp_path: Path, toy: None) -> None:
    src = tmp_path / "rows.jsonl"
    src.write_text('{"id": "w1", "text": "Gondor thanks Arnor", "date": "the day after never"}\n', encoding="utf-8")
    db = tmp_path / "t.db"
    _run("ingest", str(src), "--db", str(db))
    codes = {p.code for p in query.load_result(db, "w1").problems}
    assert "input.malformed" in codes
    assert query.problems(db, unreadable_only=True) == []


def test_cli_ingest_database_from_environment(folder: Path, tmp_path: Path, toy: None) -> None:
    db = tmp_path / "env.db"
    code, out = _run("ingest", str(folder), env={"TIDINGS_DB": str(db)})
    assert code == 0 and query.summary(db).articles == 3


def test_cli_ingest_components_none_stores_articles_uncoded(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    code, out = _run("ingest", str(folder), "--db", str(db), "--components", "none")
    assert code == 0, out
    results = list(query.iter_results(db))
    assert len(results) == 3 and all(r.components == ("tidings.store_only.v1",) and not r.events for r in results)


def test_cli_ingest_unknown_component_is_a_clean_error(folder: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(group, ["ingest", str(folder), "--db", str(tmp_path / "t.db"),
                                        "--components", "no_such_thing"])
    assert result.exit_code != 0
    assert "no component named 'no_such_thing'" in result.output
    assert not (tmp_path / "t.db").exists()


def test_cli_ingest_newer_database_is_a_clean_error(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    conn.execute("INSERT INTO migrations VALUES ('0999_future', 'now')")
    conn.commit()
    conn.close()
    result = CliRunner().invoke(group, ["ingest", str(folder), "--db", str(db), "--components", "none"])
    assert result.exit_code == 1
    assert "newer version of tidings" in result.output


@pytest.mark.parametrize("value", ["", "  ", None])
def test_cli_build_pipeline_default(value: str | None) -> None:
    assert ingest_cli.build_pipeline(value).component_names[0] == "tidings.actors.v1"


class _Stream:
    def __init__(self, tty: bool) -> None:
        self.tty, self.text = tty, ""

    def isatty(self) -> bool:
        return self.tty

    def write(self, s: str) -> None:
        self.text += s

    def flush(self) -> None:
        pass


@pytest.mark.parametrize(("tty", "expected_start", "final_newline"), [
    (True, "\r\x1b[K3 stored", True),
    (False, "ingest: 3 stored", False),
])
def test_cli_ingest_progress_display(tty: bool, expected_start: str, final_newline: bool) -> None:
    stream = _Stream(tty)
    progress = ingest_cli.Progress(stream)
    stats = ingest_cli.IngestStats(new=3, events=7)
    progress(stats)
    progress(stats)  # too soon after the last one: nothing
    assert stream.text.startswith(expected_start) and stream.text.count("stored") == 1
    assert "7 events" in stream.text
    progress(stats, final=True)
    assert stream.text.endswith("\n") if final_newline else stream.text.count("stored") == 1


def test_cli_ingest_locked_database_is_a_clean_error(folder: Path, tmp_path: Path, toy: None,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import tidings.store.db as db_mod

    db = tmp_path / "t.db"
    _run("ingest", str(folder / "one.txt"), "--db", str(db))
    monkeypatch.setattr(db_mod, "BUSY_TIMEOUT_S", 0.05)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    try:
        result = CliRunner().invoke(group, ["ingest", str(folder), "--db", str(db)])
    finally:
        holder.execute("ROLLBACK")
    assert result.exit_code == 1
    assert "database error after 0 articles" in result.output and "run the same command again" in result.output
    assert query.summary(db).articles == 1


@pytest.mark.model
def test_cli_ingest_stores_exactly_what_the_pipeline_codes(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """With the real pipeline, what is read back is what the pipeline made, record for record."""
    from tidings.schema import Article, to_dict
    from tidings.store import connect, ingest_items

    pipe = Pipeline(errors="record", nlp=nlp)
    texts = ["The foreign minister of France met Germany's chancellor in Berlin on Tuesday and they signed a "
             "trade agreement.", "\u201cWe will not back down,\u201d the union leader said on Friday."]
    arts = [Article(f"m{i}", t, dt.date(2031, 5, 6)) for i, t in enumerate(texts)]
    conn = connect(tmp_path / "t.db")
    stats = ingest_items(conn, iter(arts), pipe)
    assert stats.new == 2
    for art in arts:
        assert to_dict(query.load_result(conn, art.id)) == to_dict(pipe.code(art))


def test_cli_ingest_repeated_article_in_input_is_coded_once(tmp_path: Path, toy: None) -> None:
    src = tmp_path / "rows.jsonl"
    line = '{"id": "same", "text": "Gondor thanks Arnor", "date": "2031-01-01"}\n'
    src.write_text(line * 3 + '{"id": "other", "text": "Rohan", "date": "2031-01-02"}\n', encoding="utf-8")
    code, out = _run("ingest", str(src), "--db", str(tmp_path / "t.db"))
    assert "articles: 2 new, 0 already stored, 2 duplicate in input" in out
