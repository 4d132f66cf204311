"""Every country code in every packaged KB table is ISO 3166 alpha-3 or a PLOVER non-state code, and
every PLOVER sector is reachable from the KB (a sector noun, an organisation or a role names it)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tidings.kb import PACKAGE_DIR, load_kb
from tidings.ontology import NONSTATE_CODES, SECTORS

# column -> how its codes are read, per kind of table
CODE_COLUMNS = {"countries": ("iso3",), "organizations": ("country", "members"), "regions": ("country",),
                "people": ("country",)}


def _rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() and not line.startswith("#"))
    reader = csv.DictReader(lines[start:])
    return [(start + n + 2, row) for n, row in enumerate(reader) if row and not (row.get(reader.fieldnames[0]) or "").startswith("#")]


def _iso3() -> set[str]:
    codes = set()
    for path in PACKAGE_DIR.glob("countries*.csv"):
        codes |= {row["iso3"] for _, row in _rows(path)}
    return codes


def _tables() -> list[Path]:
    return sorted(p for p in PACKAGE_DIR.glob("*.csv") if p.name.split("_")[0].split(".")[0] in CODE_COLUMNS)


def test_iso3_table_is_iso3() -> None:
    codes = _iso3()
    assert len(codes) >= 249 and all(len(c) == 3 and c.isalpha() and c.isupper() for c in codes)
    assert not codes & NONSTATE_CODES


@pytest.mark.parametrize("path", _tables(), ids=lambda p: p.name)
def test_no_row_carries_another_code(path: Path) -> None:
    allowed = _iso3() | NONSTATE_CODES
    stem = path.name.split("_")[0].split(".")[0]
    bad = []
    for line, row in _rows(path):
        for column in CODE_COLUMNS[stem]:
            for code in filter(None, (c.strip() for c in (row[column] or "").split("|"))):
                if code not in allowed:
                    bad.append(f"{path.name}:{line}: {column} {code!r}")
    assert not bad, "\n".join(bad)


def test_codes_outside_iso3_are_caught() -> None:
    """The check above is not vacuous: codes news writers use that are not ISO3."""
    allowed = _iso3() | NONSTATE_CODES
    assert not {"UK", "GER", "UAE", "KOS", "PAL", "ISIS", "EU"} & allowed


def test_every_plover_sector_is_reachable() -> None:
    kb = load_kb()
    reachable = {t.sector for t in kb.sector_terms.values()}
    reachable |= {e.sector for e in kb.entities if e.sector}
    reachable |= {r.sector for p in kb.people.values() for r in p.roles}
    assert set(SECTORS) - reachable == set()


def test_every_nonstate_code_is_used_by_an_organisation() -> None:
    used = {e.country for e in load_kb().entities if e.kind != "country"}
    assert NONSTATE_CODES - used == set()


@pytest.mark.parametrize("path", sorted(PACKAGE_DIR.glob("*.csv")), ids=lambda p: p.name)
def test_every_table_says_how_current_it_is(path: Path) -> None:
    head = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    stamps = [line for line in head if line.split(":")[0].strip("# ") == "curated-until"]
    assert len(stamps) == 1, "one '# curated-until: YYYY-MM-DD' line"
    assert len(stamps[0].split(":", 1)[1].strip()) == 10
