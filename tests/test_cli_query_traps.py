"""``tidings query``, ``quotes`` and ``problems`` without traps: no silent cap, typos are errors,
partial dates, the newer filters, sorting, and the stored problems with their file and line."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tidings.cli import group
from tidings.schema import Actor, Article, ArticleResult, Event, EventDate, Problem, Quote, Span
from tidings.store import connect, write_problem, write_result

KING = Actor("a1", "Aragorn Elessar", "person", "ARN", "GOV")
GUARD = Actor("a2", "Gondor Guard", "organization", "GDR", "MIL")


def _article(i: int) -> ArticleResult:
    text = f"The king met the guard, time {i}. \u201cWe stand\u201d"
    day = dt.date(2031, 1, 1) + dt.timedelta(days=i)
    ev = Event("e1", "CONSULT", Span(0, text.index("."), text[:text.index(".")]), ("a1",), ("a2",), confidence=0.9,
               aux=("future",) if i == 0 else (), context=("military",) if i % 2 else (),
               date=EventDate("2031-12", "month") if i == 0 else None)
    quote = Quote("q1", "We stand", "direct", Span(len(text) - 9, len(text) - 1, "We stand"), "a2", "the guard")
    return ArticleResult(Article(f"n{i:03d}", text, day, f"Story {i}", origin=f"feed.jsonl:{i + 1}"),
                         (KING, GUARD), (quote,), (ev,),
                         problems=(Problem("date.guessed", "a guess"),) if i == 3 else ())


N = 105


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("c") / "t.db"
    conn = connect(path)
    for i in range(N):
        write_result(conn, _article(i))
    write_problem(conn, Problem("input.binary", "binary data", "ingest", "junk.bin"))
    conn.close()
    return path


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(group, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_cli_query_table_says_when_the_limit_cuts(db: Path) -> None:
    code, out, err = _run("query", "--db", str(db))
    assert code == 0 and f"showing 100 of {N} events" in err
    code, out, err = _run("query", "--db", str(db), "--limit", "0")
    assert code == 0 and f"({N} events)" in err and "showing" not in err


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_cli_query_machine_formats_default_to_everything(db: Path, fmt: str) -> None:
    code, out, err = _run("query", "--db", str(db), "--format", fmt)
    assert code == 0 and err == ""
    rows = list(csv.DictReader(io.StringIO(out))) if fmt == "csv" else [json.loads(x) for x in out.splitlines()]
    assert len(rows) == N
    code, out, err = _run("query", "--db", str(db), "--format", fmt, "--limit", "7")
    assert len(out.splitlines()) == 7 + (fmt == "csv") and f"showing 7 of {N} events" in err


@pytest.mark.parametrize(("args", "option", "words"), [
    (["--event", "REJECTS"], "--event", "unknown event type 'REJECTS'"),
    (["--country", "Ukraine"], "--country", "ISO3"),
    (["--country", "QQQ"], "--country", "unknown country code 'QQQ'"),
    (["--since", "2025-13"], "--since", "YYYY-MM-DD"),
    (["--until", "yesterday"], "--until", "YYYY-MM"),
    (["--aux", "denied"], "--aux", "unknown aux flag"),
    (["--sector", "ARMY"], "--sector", "unknown sector"),
    (["--context", "war"], "--context", "unknown context"),
    (["--limit", str(10**30)], "--limit", "range"),
    (["--limit", "10**30"], "--limit", "not a valid integer"),
    (["--min-confidence", "2"], "--min-confidence", "range"),
])
def test_cli_query_typos_are_usage_errors(db: Path, args: list[str], option: str, words: str) -> None:
    code, out, err = _run("query", "--db", str(db), *args)
    assert code == 2 and out == ""
    assert option in err and words in err and "Traceback" not in err


def test_cli_quotes_refuse_typos(db: Path) -> None:
    for args in (["--since", "2031-02-30"], ["--country", "Gondor"], ["--limit", "-1"]):
        code, out, err = _run("quotes", "--db", str(db), *args)
        assert code == 2 and out == "", args


def _ids(out: str) -> list[str]:
    return [json.loads(line)["article_id"] for line in out.splitlines()]


@pytest.mark.parametrize(("args", "expected"), [
    (["--since", "2031-04"], ["n000"] + [f"n{i:03d}" for i in range(104, 89, -1)]),  # n000 is dated 2031-12
    (["--since", "2031-04", "--aux", "none"], [f"n{i:03d}" for i in range(104, 89, -1)]),
    (["--aux", "future"], ["n000"]),
    (["--context", "military", "--since", "2031-04-12"], ["n103", "n101"]),
    (["--sector", "MIL", "--limit", "2"], ["n000", "n104"]),  # the planned event, dated ahead, first
    (["--sector", "MIL", "--limit", "2", "--sort", "article"], ["n104", "n103"]),
    (["--recipient-country", "ARN"], []),
    (["--actor-country", "arn", "--until", "2031-01-02", "--oldest-first"], ["n001"]),
    (["--max-confidence", "0.5"], []),
    (["--country", "UNO"], []),  # a valid PLOVER code that simply matches nothing
])
def test_cli_query_filters_reach_the_read_path(db: Path, args: list[str], expected: list[str]) -> None:
    code, out, err = _run("query", "--db", str(db), "--format", "jsonl", *args)
    assert code == 0, err
    assert _ids(out) == expected


def test_cli_query_csv_lines_up_actors_and_keeps_codes_text(db: Path) -> None:
    code, out, _ = _run("query", "--db", str(db), "--format", "csv", "--aux", "future")
    (row,) = csv.DictReader(io.StringIO(out))
    assert (row["actors"], row["actor_countries"], row["actor_sectors"]) == ("Aragorn Elessar", "ARN", "GOV")
    assert (row["day"], row["date_precision"], row["day_start"], row["day_end"]) == (
        "2031-12", "month", "2031-12-01", "2031-12-31")


def test_cli_quotes_limit_and_country(db: Path) -> None:
    code, out, err = _run("quotes", "--db", str(db), "--country", "GDR", "--limit", "3", "--format", "jsonl")
    assert code == 0 and len(out.splitlines()) == 3 and f"showing 3 of {N} quotes" in err
    assert json.loads(out.splitlines()[0])["speaker_country"] == "GDR"
    code, out, err = _run("quotes", "--db", str(db), "--format", "csv")
    assert len(list(csv.DictReader(io.StringIO(out)))) == N


def test_cli_problems_lists_file_and_line(db: Path) -> None:
    code, out, err = _run("problems", "--db", str(db), "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [(r["origin"], r["code"], r["article_id"]) for r in rows] == [
        ("junk.bin", "input.binary", None), ("feed.jsonl:4", "date.guessed", "n003")]
    code, out, err = _run("problems", "--db", str(db), "--unreadable")
    assert code == 0 and "junk.bin" in out and "input.binary" in out and "feed.jsonl" not in out
    assert "(1 problem)" in err


def test_cli_problems_of_a_missing_database_is_an_error(tmp_path: Path) -> None:
    code, out, err = _run("problems", "--db", str(tmp_path / "none.db"))
    assert code == 1 and "no database at" in err and not (tmp_path / "none.db").exists()


@pytest.mark.parametrize("command", ["ingest", "code"])
def test_cli_missing_input_path_is_an_error_naming_it(tmp_path: Path, command: str) -> None:
    (tmp_path / "real.txt").write_text("date 2031-01-01 Title\nBody.\n", encoding="utf-8")
    db = tmp_path / "new.db"
    args = [command, str(tmp_path / "real.txt"), str(tmp_path / "typo.txt"), str(tmp_path / "nothing-*.txt")]
    code, out, err = _run(*args, *(["--db", str(db)] if command == "ingest" else []))
    assert code == 1 and out == ""
    assert f"{tmp_path / 'typo.txt'}" in err and "nothing-*.txt" in err and "real.txt" not in err
    assert not db.exists()
