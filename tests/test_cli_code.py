"""`tidings code`: files, folders and stdin in; JSON lines or a readable table out."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from tidings.cli import group

ARTICLE = ("date 2024-05-02 Kestria protests\nThousands of protesters marched in Kestria on Monday. "
           "Police arrested twelve people, the interior ministry said.\n")


@pytest.mark.model
def test_cli_code_reads_stdin_and_applies_date() -> None:
    res = CliRunner().invoke(group, ["code", "-", "--date", "2024-01-02", "--format", "jsonl", "--with-text"],
                             input="The Kestrian army withdrew from the border town on Friday.")
    assert res.exit_code == 0, res.output
    obj = json.loads(res.output)
    assert obj["article"]["date"] == "2024-01-02"
    assert obj["article"]["text"].startswith("The Kestrian army")


@pytest.mark.model
def test_cli_code_table_is_readable(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "k.txt").write_text(ARTICLE, encoding="utf-8")
    res = CliRunner().invoke(group, ["code", str(tmp_path / "k.txt")])
    assert res.exit_code == 0, res.output
    assert "== Kestria protests  (2024-05-02)" in res.output
    assert "events (" in res.output and "quotes (" in res.output


@pytest.mark.model
def test_cli_code_table_shows_an_undated_article() -> None:
    """An article with no date and no date in its text gives its events a date record with no
    value: the table prints "-" for it rather than failing."""
    res = CliRunner().invoke(group, ["code", "-", "--all"], input="Police in Kestria arrested twelve protesters.")
    assert res.exit_code == 0, res.output
    assert "(no date)" in res.output
    assert "COERCE" in res.output


@pytest.mark.parametrize("bad", ["2024-13-01", "yesterday", "05/02/2024"])
def test_cli_code_rejects_a_bad_date_cleanly(bad: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    res = CliRunner().invoke(group, ["code", "-", "--date", bad], input="text")
    assert res.exit_code == 2
    assert "YYYY-MM-DD" in res.output


def test_cli_python_m_and_script_are_the_same_group() -> None:
    out = subprocess.run([sys.executable, "-m", "tidings", "--help"], capture_output=True, text=True, check=True)
    for name in ("code",):
        assert name in out.stdout
    assert "tidings: news articles in" in out.stdout


def test_cli_code_attaches_reader_warnings_to_their_article(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import spacy

    from tidings.cli.code import coded
    from tidings.ingest import read_paths
    from tidings.pipeline import Pipeline
    from tidings.registry import Component, Registry

    reg = Registry()
    reg.add(Component("noop", 1, lambda doc, draft, res: draft))
    pipe = Pipeline(["noop"], registry=reg, nlp=spacy.blank("en"))
    f = tmp_path / "w.jsonl"
    f.write_text('{"text": "Kestria votes.", "date": "not a date"}\n{not json\n{"text": "Second.", "date": "2024-01-02"}\n',
                 encoding="utf-8")
    results = list(coded(pipe, read_paths([str(f)])))
    assert len(results) == 3
    first, broken, second = results
    assert first.article.text == "Kestria votes." and "input.malformed" in [p.code for p in first.problems]
    assert broken.article.text == "" and [p.code for p in broken.problems] == ["input.malformed"]
    assert second.article.date is not None and second.problems == ()


@pytest.mark.parametrize("bad", ["nofield", "=x"])
def test_cli_code_rejects_a_bad_column_map(bad: str) -> None:
    res = CliRunner().invoke(group, ["code", "-", "--column", bad], input="text")
    assert res.exit_code == 2
    assert "--column" in res.output


def test_cli_ingest_maps_columns(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tidings import query

    f = tmp_path / "in.csv"
    f.write_text("headline,body,published\nKestria votes,The Kestrian parliament voted.,2024-04-04\n", encoding="utf-8")
    db = tmp_path / "c.db"
    res = CliRunner().invoke(group, ["ingest", str(f), "--db", str(db), "--components", "none", "-q",
                                     "--column", "text=body", "--column", "date=published", "--column", "title=headline"])
    assert res.exit_code == 0, res.output
    (row,) = query.articles(db)
    assert (row.title, row.date) == ("Kestria votes", "2024-04-04")
