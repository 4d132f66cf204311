"""A group's sector on the article's date (issue 10: "role on the article's date"; session 57).

The knowledge base gave each organisation one sector whatever the date: the Taliban were GOV in an
article of 2010, when they fought the Afghan government as insurgents, and an armed group that
came to power stayed REB. ``sector_periods*.csv`` dates the sectors an organisation held for a
period only; the resolver gives the sector active on the article's date, else the organisation's
own. A period naming no organisation, a bad date or an end before its start is an issue of the
file's line, and one bad row never stops the KB from loading.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tidings.kb import build, load_kb
from tidings.kb.validate import validate_dir
from tidings.resolve import Resolver


@pytest.mark.parametrize("text, date, sector", [
    ("the Taliban", "1999-03-01", "GOV"),  # in power in Kabul
    ("the Taliban", "2010-05-01", "REB"),  # the insurgency
    ("Taliban fighters", "2010-05-01", "REB"),
    ("a Taliban spokesman", "2010-05-01", "REB"),
    ("the Taliban", "2022-05-01", "GOV"),  # back in power
    ("Hayat Tahrir al-Sham", "2020-01-01", "REB"),
    ("HTS", "2025-01-10", "GOV"),
    ("Hayat Tahrir al-Sham", "2015-01-01", "REB"),  # before its periods: its own sector
    ("the Rapid Support Forces", "2023-06-01", "PRM"),  # no period: its own sector
    ("Hamas", "2010-05-01", "REB"),  # no period: as it always was
    ("Hamas", "2023-06-01", "REB"),
])
def test_a_groups_sector_is_the_one_it_held_on_the_date(text: str, date: str, sector: str) -> None:
    res = Resolver(load_kb()).resolve(text, dt.date.fromisoformat(date), places=False)
    assert res.sector == sector, res


def test_the_sector_on_the_date_is_the_actors(code_text) -> None:  # type: ignore[no-untyped-def]
    text = "Taliban fighters attacked a police post in Kandahar on Monday, killing four officers."
    for date, sector in (("2010-05-01", "REB"), ("2022-05-01", "GOV")):
        taliban = [a for a in code_text(text, date=date).actors if a.name == "Taliban"]
        assert taliban and taliban[0].sector == sector, (date, taliban)


COUNTRIES = """iso3,iso2,name,aliases,demonyms,capitals,wikidata
GND,GN,Gondor,,Gondorian|Gondorians,Minas Tirith,
"""
ORGS = """name,aliases,wikidata,country,sector,kind,members
Rangers of Ithilien,,,GND,REB,armed group,
"""
PERIODS = """# curated-until: 2020-01-01
name,sector,start,end
Rangers of Ithilien,MIL,2015,2016-06
Rangers of Ithilien,GOV,2019-02-30,
Riders of Rohan,MIL,2015,
Rangers of Ithilien,MIL,2018,2017
Rangers of Ithilien,XXX,2018,
"""


@pytest.fixture()
def kb_dir(tmp_path: Path) -> Path:
    (tmp_path / "countries_fiction.csv").write_text(COUNTRIES, encoding="utf-8")
    (tmp_path / "organizations_fiction.csv").write_text(ORGS, encoding="utf-8")
    (tmp_path / "sector_periods_fiction.csv").write_text(PERIODS, encoding="utf-8")
    return tmp_path


def test_bad_periods_are_issues_of_their_line_and_good_ones_are_read(kb_dir: Path) -> None:
    kb = build([kb_dir])
    where = sorted(i.split(": ")[0] for i in kb.issues)
    assert where == [f"sector_periods_fiction.csv:{n}" for n in (4, 5, 6, 7)], kb.issues
    resolver = Resolver(kb)
    assert resolver.resolve("Rangers of Ithilien", dt.date(2016, 6, 30)).sector == "MIL"  # an end month is inclusive
    assert resolver.resolve("Rangers of Ithilien", dt.date(2016, 7, 1)).sector == "REB"


def test_a_users_period_naming_no_organisation_is_an_error_of_their_folder(kb_dir: Path) -> None:
    found = [f for f in validate_dir(kb_dir) if f.level == "error"]
    assert any("riders of rohan" in f.message.lower() and f.where == "sector_periods_fiction.csv:5" for f in found), found


def test_kb_show_gives_the_sector_of_the_date() -> None:
    from tidings.kb.browse import describe, find

    kb = load_kb()
    taliban = find(kb, "org:taliban")[0]
    assert describe(kb, taliban, dt.date(2010, 1, 1))["sector"] == "REB"
    assert describe(kb, taliban, dt.date(2022, 1, 1))["sector"] == "GOV"
    assert [p["sector"] for p in describe(kb, taliban)["sector_periods"]] == ["GOV", "REB", "GOV"]  # type: ignore[union-attr]
