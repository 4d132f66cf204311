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
