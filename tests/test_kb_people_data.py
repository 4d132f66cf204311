"""Integrity checks for the curated people knowledge base (src/tidings/kb/data/people*.csv).

The files are hand-written; these tests read them with the csv module only, so that a
malformed row is caught here rather than as a confusing resolver miss later on.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pytest

from tidings.ontology import NONSTATE_CODES, SECTORS

DATA = Path(__file__).resolve().parents[1] / "src" / "tidings" / "kb" / "data"
HEADER = ["name", "aliases", "wikidata", "country", "role", "sector", "start", "end"]
QID = re.compile(r"^Q[1-9]\d*$")
CODE3 = re.compile(r"^[A-Z]{3}$")
CURATED = re.compile(r"^#\s*curated-until:\s*(\d{4}-\d{2}-\d{2})\s*$")
# Bare surnames shared by many prominent people; an alias this short would misfire.
AMBIGUOUS_ALIASES = {"Kim", "Lee", "Khan", "Bush", "Clinton", "Park", "Sharif", "Castro", "Gandhi", "Wang", "Li"}


def people_files() -> list[Path]:
    return sorted(DATA.glob("people*.csv"))


def split_file(path: Path) -> tuple[list[str], list[list[str]]]:
    """Return (leading comment lines, parsed rows including the header)."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        i += 1
    return [ln.rstrip("\n") for ln in lines[:i]], list(csv.reader(lines[i:]))


def parse_date(text: str) -> dt.date:
    """Parse YYYY, YYYY-MM or YYYY-MM-DD to the earliest day it denotes."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1 and len(text) == 4:
        return dt.date(parts[0], 1, 1)
    if len(parts) == 2 and len(text) == 7:
        return dt.date(parts[0], parts[1], 1)
    if len(parts) == 3 and len(text) == 10:
        return dt.date(*parts)
    raise ValueError(f"not an ISO date: {text!r}")


def all_rows() -> list[tuple[str, int, dict[str, str]]]:
    out = []
    for path in people_files():
        _, rows = split_file(path)
        for n, row in enumerate(rows[1:], start=2):
            if row:
                out.append((path.name, n, dict(zip(HEADER, row))))
    return out


def test_files_exist() -> None:
    assert (DATA / "people.csv").is_file()
    assert len(all_rows()) >= 1000


@pytest.mark.parametrize("path", people_files(), ids=lambda p: p.name)
def test_header_and_comments(path: Path) -> None:
    comments, rows = split_file(path)
    assert rows and rows[0] == HEADER
    stamps = [m.group(1) for c in comments if (m := CURATED.match(c))]
    assert len(stamps) == 1, "exactly one '# curated-until: YYYY-MM-DD' comment"
    parse_date(stamps[0])
    assert any("general knowledge" in c for c in comments)


@pytest.mark.parametrize("path", people_files(), ids=lambda p: p.name)
def test_row_width(path: Path) -> None:
    _, rows = split_file(path)
    bad = [(n, r) for n, r in enumerate(rows, start=1) if r and len(r) != len(HEADER)]
    assert not bad


def test_fields_well_formed() -> None:
    problems = []
    for fname, n, r in all_rows():
        where = f"{fname}:{n} {r['name']}"
        if not r["name"].strip() or r["name"] != r["name"].strip():
            problems.append(f"{where}: name")
        if not r["role"].strip():
            problems.append(f"{where}: role")
        if r["wikidata"] and not QID.match(r["wikidata"]):
            problems.append(f"{where}: wikidata {r['wikidata']!r}")
        if not CODE3.match(r["country"]):
            problems.append(f"{where}: country {r['country']!r}")
        if r["sector"] not in SECTORS or r["sector"] == "ELI":
            problems.append(f"{where}: sector {r['sector']!r}")
        aliases = [a for a in r["aliases"].split("|") if a] if r["aliases"] else []
        if any(a != a.strip() for a in aliases) or set(aliases) & AMBIGUOUS_ALIASES:
            problems.append(f"{where}: aliases {r['aliases']!r}")
        try:
            start = parse_date(r["start"]) if r["start"] else None
            end = parse_date(r["end"]) if r["end"] else None
        except ValueError as exc:
            problems.append(f"{where}: {exc}")
            continue
        if start is None:
            problems.append(f"{where}: no start date")
        if start and end and start > end:
            problems.append(f"{where}: start {start} after end {end}")
    assert not problems, "\n".join(problems[:40])


def test_nonstate_codes_only_for_known_codes() -> None:
    """Country is ISO3 or one of PLOVER's non-state codes; the non-state set is a subset check."""
    used = {r["country"] for _, _, r in all_rows()}
    nonstate_used = used & NONSTATE_CODES
    assert nonstate_used <= NONSTATE_CODES
    assert "UNO" in nonstate_used and "EUR" in nonstate_used


def test_no_duplicate_name_role_start() -> None:
    seen: dict[tuple[str, str, str], str] = {}
    dups = []
    for fname, n, r in all_rows():
        key = (r["name"], r["role"], r["start"])
        if key in seen:
            dups.append(f"{fname}:{n} duplicates {seen[key]}: {key}")
        seen[key] = f"{fname}:{n}"
    assert not dups, "\n".join(dups)


def test_wikidata_id_names_one_person() -> None:
    names: dict[str, set[str]] = defaultdict(set)
    for _, _, r in all_rows():
        if r["wikidata"]:
            names[r["wikidata"]].add(r["name"])
    clashes = {q: n for q, n in names.items() if len(n) > 1}
    assert not clashes


def test_person_has_one_wikidata_id() -> None:
    ids: dict[str, set[str]] = defaultdict(set)
    for _, _, r in all_rows():
        if r["wikidata"]:
            ids[r["name"]].add(r["wikidata"])
    assert not {n: q for n, q in ids.items() if len(q) > 1}


def test_one_holder_at_a_time_for_heads_of_state() -> None:
    """Presidents of a country must not overlap by more than a day (transfer dates coincide)."""
    spans: dict[tuple[str, str], list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for _, _, r in all_rows():
        if r["role"].startswith("President of ") and len(r["start"]) == 10 and r["sector"] == "GOV":
            end = parse_date(r["end"]) if len(r["end"]) == 10 else dt.date.max
            spans[(r["country"], r["role"])].append((parse_date(r["start"]), end, r["name"]))
    overlaps = []
    for key, items in spans.items():
        items.sort()
        for (s1, e1, n1), (s2, _, n2) in zip(items, items[1:]):
            if n1 != n2 and s2 < e1 - dt.timedelta(days=1):
                overlaps.append(f"{key}: {n1} until {e1} overlaps {n2} from {s2}")
    assert not overlaps, "\n".join(overlaps)


@pytest.mark.parametrize(
    ("date", "valid"),
    [("2024", True), ("2024-02", True), ("2024-02-29", True), ("2023-02-29", False),
     ("24-01-01", False), ("2024-1-1", False), ("", False)],
)
def test_parse_date_helper(date: str, valid: bool) -> None:
    if valid:
        assert parse_date(date).year == int(date[:4])
    else:
        with pytest.raises(ValueError):
            parse_date(date)


def test_alias_denotes_one_person() -> None:
    """An alias (or name) shared by two different people would make the resolver guess."""
    owners: dict[str, set[str]] = defaultdict(set)
    for _, _, r in all_rows():
        for alias in [r["name"], *(a for a in r["aliases"].split("|") if a)]:
            owners[alias].add(r["name"])
    assert not {a: n for a, n in owners.items() if len(n) > 1}
