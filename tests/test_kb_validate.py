"""``tidings kb validate``: a user's KB folder checked for what the loader accepts but gets wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tidings.cli import group
from tidings.kb import PACKAGE_DIR, build, load_kb
from tidings.kb.validate import errors, validate_dir

PEOPLE = "name,aliases,wikidata,country,role,sector,start,end\n"
ORGS = "name,aliases,wikidata,country,sector,kind,members\n"


def _folder(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_packaged_kb_has_no_errors() -> None:
    assert errors(validate_dir(PACKAGE_DIR)) == []


def test_clean_folder_has_no_findings(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {
        "people_mine.csv": PEOPLE + "Ilse Vantorre,,Q999000001,BEL,Mayor of Ostend,GOV,2019-01-01,\n",
        "organizations_mine.csv": ORGS + "Northern Lantern Collective,Lantern Collective,,NGO,SOC,ngo,\n"})
    assert validate_dir(folder) == []


@pytest.mark.parametrize(("files", "where", "message"), [
    ({"people.csv": "name,role\nX,Y\n"}, "people.csv:1", "header"),
    ({"people.csv": PEOPLE + "Ann Rowe,,,BEL,Mayor of Ostend,GOV,2019\n"}, "people.csv", "7 fields"),
    ({"people.csv": PEOPLE + "Ann Rowe,,,GER,Mayor of Bonn,GOV,2019,\n"}, "people.csv:2", "'GER' is neither"),
    ({"people.csv": PEOPLE + "Ann Rowe,,,UK,Mayor of Bath,GOV,2019,\n"}, "people.csv:2", "three-letter"),
    ({"people.csv": PEOPLE + "Ann Rowe,,,BEL,Mayor of Ostend,XXX,2019,\n"}, "people.csv:2", "PLOVER sector"),
    ({"people.csv": PEOPLE + "Ann Rowe,,,BEL,Mayor of Ostend,GOV,2019-13-01,\n"}, "people.csv:2", "bad date"),
    ({"people.csv": PEOPLE + "Ann Rowe,,,BEL,Mayor of Ostend,GOV,2019,2018\n"}, "people.csv:2", "after end"),
    ({"people.csv": PEOPLE + "Ann Rowe,,X12,BEL,Mayor of Ostend,GOV,2019,\n"}, "people.csv:2", "Q-id"),
    ({"organizations.csv": ORGS + "Lantern Front,,,LANTERN,REB,armed group,\n"}, "organizations.csv:2", "three-letter"),
    ({"organizations.csv": ORGS + "Lantern Front,,,BEL,REB,armed group,GER\n"}, "organizations.csv:2", "'GER'"),
    ({"organizations.csv": ORGS + "Lantern Front,,Q999000002,BEL,REB,armed group,\n"
                                  "Lantern Alliance,,Q999000002,BEL,PTY,party,\n"}, "organizations.csv", "Q999000002"),
    ({"organizations.csv": ORGS + "Lantern Front,,,BEL,REB,armed group,\nLantern Front,,,BEL,PTY,party,\n"},
     "organizations.csv:3", "defined again"),
    ({"regions.csv": "name,aliases,country\nLanternshire,,XYZ\n"}, "regions.csv:2", "'XYZ'"),
    ({"notes.txt": "nothing"}, "", "no KB files"),
])
def test_errors(tmp_path: Path, files: dict[str, str], where: str, message: str) -> None:
    found = errors(validate_dir(_folder(tmp_path, files)))
    assert any(where in f.where and message in f.message for f in found), found


def test_not_a_directory(tmp_path: Path) -> None:
    assert [f.message for f in validate_dir(tmp_path / "missing")] == ["not a directory"]


@pytest.mark.parametrize(("row", "message"), [
    ("Lantern Front,Hamas,,BEL,REB,armed group,", "also names Hamas"),  # collides with a packaged group
    ("Lantern Front,the party,,BEL,PTY,party,", "common word"),
    ("Lantern Front,IS,,BEL,REB,armed group,", "common word"),
    ("Lantern Front,army,,BEL,REB,armed group,", "common word"),
    ("Hamas,,,PSE,REB,armed group,", "also in the packaged KB"),
    ("Lantern Front,Putin,,BEL,REB,armed group,", "also a name of Vladimir Putin"),
    ("Lantern Front,Lantern Brigades|Lantern Brigades,,BEL,REB,armed group,", "repeats a name of its row"),
    ("Lantern Front,Lantern Front,,BEL,REB,armed group,", "repeats a name of its row"),
    ("Lantern Front,the Lantern Front|Lántern Front,,BEL,REB,armed group,", None),  # variants match other text
    ("Lantern Front,LF|Lantern Brigades,,BEL,REB,armed group,", None),
])
def test_warnings(tmp_path: Path, row: str, message: str | None) -> None:
    found = validate_dir(_folder(tmp_path, {"organizations.csv": ORGS + row + "\n"}))
    assert not errors(found)
    if message is None:
        assert found == []
    else:
        assert any(message in f.message for f in found), found


def test_unread_files_are_named(tmp_path: Path) -> None:
    found = validate_dir(_folder(tmp_path, {"people.csv": PEOPLE, "leaders.csv": PEOPLE}))
    assert [(f.level, Path(f.where).name) for f in found] == [("warning", "leaders.csv")]


def test_loader_rejects_codes_outside_the_kb(tmp_path: Path) -> None:
    """With the packaged countries loaded, a made-up three-letter code never reaches an actor."""
    _folder(tmp_path, {"people.csv": PEOPLE + "Ann Rowe,,,GER,Mayor of Bonn,GOV,2019,\n"
                                              "Bea Rowe,,,DEU,Mayor of Bonn,GOV,2020,\n"})
    kb = build([PACKAGE_DIR, tmp_path])
    assert kb.lookup("Bea Rowe") and not kb.lookup("Ann Rowe")
    assert any("'GER'" in i for i in kb.issues)


def test_cli_exit_codes(tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(group, ["kb", "validate"])
    assert ok.exit_code == 0 and "0 errors" in ok.output
    _folder(tmp_path, {"people.csv": PEOPLE + "Ann Rowe,,,GER,Mayor of Bonn,GOV,2019,\n"})
    bad = runner.invoke(group, ["kb", "validate", str(tmp_path)])
    assert bad.exit_code == 1 and "error: people.csv:2" in bad.output
    as_json = runner.invoke(group, ["kb", "validate", str(tmp_path), "--json"])
    assert json.loads(as_json.output.splitlines()[0])["where"] == "people.csv:2"
    assert runner.invoke(group, ["kb", "validate", "--strict"]).exit_code == 1  # the packaged KB has warnings
    assert load_kb().lookup("Hamas")
