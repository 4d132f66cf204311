"""Extend the knowledge base from a Wikidata JSON dump, writing the KB's own CSV files.

Input: the full dump (``latest-all.json.bz2``, a JSON array with one entity per line) or any
filtered slice of it with one entity per line, plain, ``.gz`` or ``.bz2``. Two passes: the first
collects the labels of offices, countries and organisations; the second writes

* ``people_wikidata.csv``: humans (P31=Q5) with each *position held* (P39) and its start/end
  qualifiers (P580/P582), the office's country (P17 or P1001) and a sector guessed from the
  office's label (minister -> GOV, general -> MIL, judge -> JUD, member of parliament -> LEG...);
* ``organizations_wikidata.csv``: organisations with a country (P17) whose type names a sector.

Build a full KB (hours for the whole dump; minutes for a slice)::

    python -m tidings.kb.wikidata latest-all.json.bz2 --out ~/tidings-kb
    export TIDINGS_KB=~/tidings-kb        # or: tidings resolve --kb ~/tidings-kb "NAME"

Offices without a country or a recognisable sector are skipped, so the output stays small.
"""

from __future__ import annotations

import argparse
import bz2
import csv
import gzip
import io
import json
import re
from pathlib import Path
from typing import IO, Any, Iterator

from .model import fold, name_key
from .validate import COMMON_WORDS

HUMAN = "Q5"
# Office or organisation-type words -> PLOVER sector, most specific first.
SECTOR_WORDS: tuple[tuple[str, str], ...] = (
    ("intelligence", "SPY"), ("security service", "SPY"), ("police", "COP"), ("judge", "JUD"), ("court", "JUD"),
    ("prosecutor", "JUD"), ("member of parliament", "LEG"), ("member of the", "LEG"), ("senator", "LEG"),
    ("representative", "LEG"), ("deputy", "LEG"), ("speaker", "LEG"), ("parliament", "LEG"),
    ("chief of staff", "MIL"), ("general", "MIL"), ("admiral", "MIL"), ("army", "MIL"), ("armed forces", "MIL"),
    ("military", "MIL"), ("navy", "MIL"), ("party", "PTY"), ("minister", "GOV"), ("president", "GOV"),
    ("secretary", "GOV"), ("governor", "GOV"), ("mayor", "GOV"), ("ambassador", "GOV"), ("chancellor", "GOV"),
    ("monarch", "GOV"), ("king", "GOV"), ("head of", "GOV"), ("government", "GOV"), ("agency", "GOV"),
    ("university", "EDU"), ("newspaper", "JRN"), ("news agency", "JRN"), ("broadcaster", "JRN"),
    ("company", "BUS"), ("business", "BUS"), ("bank", "BUS"), ("church", "REL"), ("bishop", "REL"),
    ("rebel", "REB"), ("militant", "REB"), ("terrorist", "REB"), ("cartel", "CRM"), ("trade union", "LAB"),
    ("non-governmental", "SOC"), ("hospital", "MED"),
)
PEOPLE_HEADER = ["name", "aliases", "wikidata", "country", "role", "sector", "start", "end"]
ORG_HEADER = ["name", "aliases", "wikidata", "country", "sector", "kind", "members"]
_TIME = re.compile(r"^[+-](\d{4})-(\d{2})-(\d{2})")


def open_dump(path: str | Path) -> IO[str]:
    p = str(path)
    if p.endswith(".bz2"):
        return io.TextIOWrapper(bz2.open(p, "rb"), encoding="utf-8")
    if p.endswith(".gz"):
        return io.TextIOWrapper(gzip.open(p, "rb"), encoding="utf-8")
    return open(p, encoding="utf-8")


def entities(path: str | Path) -> Iterator[dict[str, Any]]:
    """Each entity of a dump or slice; array brackets, trailing commas and bad lines are skipped."""
    with open_dump(path) as fh:
        for line in fh:
            line = line.strip().rstrip(",")
            if not line or line in {"[", "]"}:
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError:
                continue


def label(ent: dict[str, Any], lang: str = "en") -> str | None:
    return ent.get("labels", {}).get(lang, {}).get("value")


def aliases(ent: dict[str, Any], lang: str = "en") -> list[str]:
    """English aliases, without the KB's list separator or common words ("the party", "IS")."""
    return [a["value"] for a in ent.get("aliases", {}).get(lang, [])
            if "|" not in a["value"] and name_key(a["value"]) not in COMMON_WORDS]


def claim_ids(ent: dict[str, Any], prop: str) -> list[str]:
    out = []
    for c in ent.get("claims", {}).get(prop, []):
        v = c.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(v, dict) and "id" in v:
            out.append(v["id"])
    return out


def qualifier_date(claim: dict[str, Any], prop: str) -> str:
    """A P580/P582 qualifier as YYYY, YYYY-MM or YYYY-MM-DD by its precision (9, 10, 11)."""
    for q in claim.get("qualifiers", {}).get(prop, []):
        v = q.get("datavalue", {}).get("value", {})
        m = _TIME.match(v.get("time", "")) if isinstance(v, dict) else None
        if not m:
            continue
        y, mo, d = m.groups()
        precision = v.get("precision", 11)
        return y if precision <= 9 or mo == "00" else (f"{y}-{mo}" if precision == 10 or d == "00" else f"{y}-{mo}-{d}")
    return ""


def sector_of(text: str) -> str | None:
    low = fold(text)
    return next((sector for word, sector in SECTOR_WORDS if word in low), None)


def build(dump: str | Path, out_dir: str | Path) -> dict[str, int]:
    """Write ``people_wikidata.csv`` and ``organizations_wikidata.csv`` into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    countries: dict[str, str] = {}  # Q-id -> ISO3 (P298)
    offices: dict[str, tuple[str, list[str]]] = {}  # Q-id -> (label, country Q-ids)
    types: dict[str, str] = {}  # Q-id -> label, for organisation types
    for ent in entities(dump):
        qid = ent.get("id", "")
        iso = [c["mainsnak"]["datavalue"]["value"] for c in ent.get("claims", {}).get("P298", [])
               if c.get("mainsnak", {}).get("datavalue")]
        if iso:
            countries[qid] = iso[0]
        if (lab := label(ent)) and HUMAN not in claim_ids(ent, "P31"):
            offices[qid] = (lab, claim_ids(ent, "P17") + claim_ids(ent, "P1001"))
            types[qid] = lab
    counts = {"people": 0, "roles": 0, "organizations": 0}
    with open(out / "people_wikidata.csv", "w", encoding="utf-8", newline="") as pf, \
            open(out / "organizations_wikidata.csv", "w", encoding="utf-8", newline="") as of:
        pf.write(f"# Written by tidings.kb.wikidata from {Path(dump).name}.\n")
        of.write(f"# Written by tidings.kb.wikidata from {Path(dump).name}.\n")
        people, orgs = csv.writer(pf, lineterminator="\n"), csv.writer(of, lineterminator="\n")
        people.writerow(PEOPLE_HEADER)
        orgs.writerow(ORG_HEADER)
        for ent in entities(dump):
            qid, name = ent.get("id", ""), label(ent)
            if not name:
                continue
            inst = claim_ids(ent, "P31")
            if HUMAN in inst:
                n = 0
                for claim in ent.get("claims", {}).get("P39", []):
                    office = claim.get("mainsnak", {}).get("datavalue", {}).get("value", {}).get("id")
                    if office not in offices:
                        continue
                    role, where = offices[office]
                    iso = next((countries[c] for c in where if c in countries), None)
                    sector = sector_of(role)
                    start = qualifier_date(claim, "P580")
                    if not (iso and sector and start):
                        continue
                    people.writerow([name, "|".join(aliases(ent)), qid, iso, role, sector, start,
                                     qualifier_date(claim, "P582")])
                    n += 1
                counts["people"] += n > 0
                counts["roles"] += n
            elif qid not in countries:
                iso = next((countries[c] for c in claim_ids(ent, "P17") if c in countries), None)
                sector = next((s for t in inst if t in types and (s := sector_of(types[t]))), None)
                if iso and sector:
                    kind = types.get(inst[0], "organization") if inst else "organization"
                    orgs.writerow([name, "|".join(aliases(ent)), qid, iso, sector, kind, ""])
                    counts["organizations"] += 1
    return counts


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m tidings.kb.wikidata", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dump", help="Wikidata JSON dump or slice (.json, .json.gz, .json.bz2)")
    ap.add_argument("--out", required=True, help="directory to write the KB files into")
    args = ap.parse_args(argv)
    counts = build(args.dump, args.out)
    print(json.dumps(counts))


if __name__ == "__main__":
    main()


__all__ = ["build", "entities", "main", "qualifier_date", "sector_of"]
