"""`tidings demo` codes a folder of articles into the database and shows them."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from tidings import query
from tidings.cli import group


@pytest.mark.model
def test_cli_demo_stores_and_shows_articles_and_is_idempotent(tmp_path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "news"
    src.mkdir()
    (src / "a.txt").write_text("date 2024-02-02 Velt talks\nThe Rhovanian president met the Dunmarch prime "
                               "minister in Velt on Thursday.\n", encoding="utf-8")
    (src / "ref.gold.json").write_text("{}", encoding="utf-8")  # reference files are not articles
    db = tmp_path / "demo.db"
    first = CliRunner().invoke(group, ["demo", "--db", str(db), "--source", str(src), "--source", str(tmp_path / "none")])
    assert first.exit_code == 0, first.output
    assert "== Velt talks  (2024-02-02)" in first.output
    assert "1 new" in first.output
    again = CliRunner().invoke(group, ["demo", "--db", str(db), "--source", str(src)])
    assert again.exit_code == 0 and "0 new, 1 already stored" in again.output
    assert query.summary(db).articles == 1


def test_cli_demo_without_articles_fails_cleanly(tmp_path) -> None:  # type: ignore[no-untyped-def]
    res = CliRunner().invoke(group, ["demo", "--db", str(tmp_path / "x.db"), "--source", str(tmp_path / "nothing")])
    assert res.exit_code == 1 and "no example articles" in res.output
