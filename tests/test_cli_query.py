"""``tidings query`` and ``tidings quotes``: filters reach the read path, three output formats."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tidings.cli import group
from tidings.schema import Actor, Article, ArticleResult, Event, Quote, Span
from tidings.store import connect, write_result


def _result(aid: str, day: str, kind: str, actor: Actor, recipient: Actor, evidence: str, said: str) -> ArticleResult:
    text = f"{evidence} \u201c{said}\u201d"
    q_start = len(evidence) + 2
    return ArticleResult(
        Article(aid, text, dt.date.fromisoformat(day), f"Story {aid}", url=f"https://example.org/{aid}"),
        (actor, recipient),
        (Quote("q1", said, "direct", Span(q_start, q_start + len(said), said), actor.id, actor.name, cue="said"),),
        (Event("e1", kind, Span(0, len(evidence), evidence), (actor.id,), (recipient.id,), confidence=0.7),),
    )


ARNOR = Actor("a1", "Aragorn Elessar", "person", "ARN")
GONDOR = Actor("a2", "Gondor", "country", "GDR")
ROHAN = Actor("a1", "Théoden, King", "person", "RHN")


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "t.db"
    conn = connect(path)
    write_result(conn, _result("n1", "2031-01-10", "AGREE", ARNOR, GONDOR, "Arnor and Gondor agreed, at last.",
                               "A new age begins"))
    write_result(conn, _result("n2", "2031-02-11", "ASSAULT", ROHAN, GONDOR, "Riders struck\nthe\tborder.",
                               "We ride at dawn, \"together\""))
    conn.close()
    return path


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(group, list(args))
    return result.exit_code, result.output


@pytest.mark.parametrize(("args", "expected"), [
    ([], ["n2", "n1"]),
    (["--actor", "aragorn"], ["n1"]),
    (["--actor", "THÉODEN"], ["n2"]),
    (["--country", "gdr"], ["n2", "n1"]),
    (["--country", "RHN"], ["n2"]),
    (["--event", "AGREE"], ["n1"]),
    (["--event", "agree,assault"], ["n2", "n1"]),
    (["--since", "2031-02-01"], ["n2"]),
    (["--until", "2031-01-31"], ["n1"]),
    (["--text", "border"], ["n2"]),
    (["--limit", "1"], ["n2"]),
    (["--limit", "0", "--oldest-first"], ["n1", "n2"]),
    (["--actor", "nobody"], []),
])
def test_cli_query_filters(db: Path, args: list[str], expected: list[str]) -> None:
    code, out = _run("query", "--db", str(db), "--format", "jsonl", *args)
    assert code == 0, out
    assert [json.loads(line)["article_id"] for line in out.splitlines() if line.startswith("{")] == expected


def test_cli_query_jsonl_row(db: Path) -> None:
    code, out = _run("query", "--db", str(db), "--format", "jsonl", "--event", "ASSAULT")
    row = json.loads(out.splitlines()[0])
    assert (row["actors"], row["recipients"], row["actor_countries"], row["title"]) == (
        ["Théoden, King"], ["Gondor"], ["RHN"], "Story n2")
    assert row["evidence"] == "Riders struck\nthe\tborder."


def test_cli_query_csv_keeps_commas_and_newlines(db: Path) -> None:
    code, out = _run("query", "--db", str(db), "--format", "csv", "--event", "ASSAULT")
    rows = list(csv.DictReader(io.StringIO(out.split("(1 row)")[0])))
    assert len(rows) == 1
    assert rows[0]["actors"] == "Théoden, King" and rows[0]["evidence"] == "Riders struck\nthe\tborder."


def test_cli_query_table_is_one_line_per_event(db: Path) -> None:
    code, out = _run("query", "--db", str(db))
    lines = [line for line in out.splitlines() if line.strip() and not line.startswith("\u2500")]
    assert lines[0].split() == ["day", "event", "mode", "aux", "conf", "actors", "recipients", "place", "evidence"]
    assert lines[1].split()[:2] == ["2031-02-11", "ASSAULT"] and "Riders struck the border." in lines[1]
    assert "Théoden, King (RHN)" in lines[1]
    assert lines[2].split()[:2] == ["2031-01-10", "AGREE"]
    assert "(2 events)" in out


@pytest.mark.parametrize(("args", "expected"), [
    ([], ["n2", "n1"]),
    (["--text", "dawn"], ["n2"]),
    (["--text", '"together"'], ["n2"]),
    (["--text", "AGE OR dawn"], []),
    (["--text", "NEAR("], []),
    (["--speaker", "théoden"], ["n2"]),
    (["--speaker", "elessar", "--text", "age"], ["n1"]),
    (["--speaker", "elessar", "--text", "dawn"], []),
])
def test_cli_quotes_filters(db: Path, args: list[str], expected: list[str]) -> None:
    code, out = _run("quotes", "--db", str(db), "--format", "jsonl", *args)
    assert code == 0, out
    assert [json.loads(line)["article_id"] for line in out.splitlines() if line.startswith("{")] == expected


def test_cli_quotes_table(db: Path) -> None:
    code, out = _run("quotes", "--db", str(db), "--text", "age")
    assert code == 0 and "Aragorn Elessar" in out and "A new age begins" in out


@pytest.mark.parametrize("command", ["query", "quotes"])
def test_cli_reading_a_missing_database_is_a_clean_error(tmp_path: Path, command: str) -> None:
    code, out = _run(command, "--db", str(tmp_path / "absent.db"))
    assert code == 1 and "no database at" in out
    assert not (tmp_path / "absent.db").exists()


@pytest.mark.parametrize(("option", "value"), [("--since", "last week"), ("--until", "2031-13-01")])
def test_cli_query_bad_date_is_a_usage_error(db: Path, option: str, value: str) -> None:
    code, out = _run("query", "--db", str(db), option, value)
    assert code == 2 and "YYYY-MM-DD" in out
