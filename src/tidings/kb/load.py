"""Read and validate the KB's CSV files into one :class:`~tidings.kb.model.KnowledgeBase`.

Files are found by name in each KB directory: ``countries*.csv``, ``organizations*.csv``,
``sector_periods*.csv`` (a sector an organisation held for a period only), ``regions*.csv``,
``sectors*.csv`` and ``people*.csv``. Leading ``#`` lines are comments
(``# curated-until: YYYY-MM-DD`` says how recent the people tables are). A malformed row is
reported as ``file:line: message`` in ``kb.issues`` (and logged) and skipped: one bad row
never stops the KB from loading. The packaged KB is cached per process.
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Collection, Iterable, Iterator

from ..nlp import title_words
from ..ontology import NONSTATE_CODES, SECTORS
from .model import Entity, KnowledgeBase, Person, Role, SectorPeriod, SectorTerm, fold

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent / "data"
ENV_VAR = "TIDINGS_KB"
PEOPLE_HEADER = ("name", "aliases", "wikidata", "country", "role", "sector", "start", "end")
COUNTRY_HEADER = ("iso3", "iso2", "name", "aliases", "demonyms", "capitals", "wikidata")
ORG_HEADER = ("name", "aliases", "wikidata", "country", "sector", "kind", "members")
SECTOR_PERIOD_HEADER = ("name", "sector", "start", "end")
REGION_HEADER = ("name", "aliases", "country")
SECTOR_HEADER = ("term", "sector", "kind")
NAME_ORDER_HEADER = ("country", "order")
BODY_WORDS_HEADER = ("word",)
TITLE_AFFIX_HEADER = ("affix", "place")
ACRONYM_WORDS_HEADER = ("word",)
NAME_ORDERS = frozenset({"family-first"})
TERM_KINDS = {"group", "title", "org", "leader", "form"}
_QID = re.compile(r"^Q[1-9]\d*$")
_CODE3 = re.compile(r"^[A-Z]{3}$")
_CURATED = re.compile(r"^#\s*curated-until:\s*(\S+)\s*$")

ORG_KINDS = {"partially recognised": "other", "region": "other"}


class RowError(ValueError):
    """A row that cannot be used; the message names the offending field."""


def parse_date(text: str) -> dt.date:
    """YYYY, YYYY-MM or YYYY-MM-DD as the first day it denotes."""
    try:
        if re.fullmatch(r"\d{4}", text):
            return dt.date(int(text), 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            return dt.date(int(text[:4]), int(text[5:]), 1)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text)
    except ValueError:
        pass
    raise RowError(f"bad date {text!r} (want YYYY, YYYY-MM or YYYY-MM-DD)")


def end_date(text: str) -> dt.date:
    """The last day a YYYY / YYYY-MM / YYYY-MM-DD end date denotes."""
    start = parse_date(text)
    if len(text) == 4:
        return dt.date(start.year, 12, 31)
    if len(text) == 7:
        nxt = dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return start


def split_list(text: str) -> list[str]:
    return [p.strip() for p in text.split("|") if p.strip()]


def read_table(path: Path, header: tuple[str, ...], kb: KnowledgeBase) -> Iterator[tuple[str, dict[str, str]]]:
    """Yield (``file:line``, row) for each data row; header or width problems become issues."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        issue(kb, f"{path}: cannot read: {exc}")
        return
    n = 0
    while n < len(lines) and (lines[n].startswith("#") or not lines[n].strip()):
        if (m := _CURATED.match(lines[n])):
            try:
                stamp = parse_date(m.group(1))
                kb.curated_until = max(kb.curated_until or stamp, stamp)
            except RowError as exc:
                issue(kb, f"{path}:{n + 1}: curated-until: {exc}")
        n += 1
    if n >= len(lines):
        issue(kb, f"{path}: no header")
        return
    got = next(csv.reader([lines[n]]))
    if tuple(h.strip() for h in got) != header:
        issue(kb, f"{path}:{n + 1}: header {got} is not {list(header)}")
        return
    for lineno, row in zip(range(n + 2, len(lines) + 1), csv.reader(lines[n + 1:])):
        if not row or (len(row) == 1 and not row[0].strip()) or row[0].startswith("#"):
            continue
        if len(row) != len(header):
            issue(kb, f"{path}:{lineno}: {len(row)} fields, expected {len(header)}")
            continue
        yield f"{path.name}:{lineno}", {h: v.strip() for h, v in zip(header, row)}


def issue(kb: KnowledgeBase, message: str) -> None:
    kb.issues.append(message)
    log.warning("knowledge base: %s", message)


def check_country(code: str, *, optional: bool = False, known: Collection[str] = ()) -> str | None:
    """A three-letter code; with ``known`` (the loaded countries), one of them or a non-state code."""
    if not code and optional:
        return None
    if not _CODE3.match(code):
        raise RowError(f"country {code!r} is not a three-letter code")
    if known and code not in known and code not in NONSTATE_CODES:
        raise RowError(f"country {code!r} is neither a country of the KB (ISO 3166 alpha-3) nor a PLOVER "
                       f"non-state code ({' '.join(sorted(NONSTATE_CODES))})")
    return code


def check_sector(code: str, *, optional: bool = True) -> str | None:
    if not code and optional:
        return None
    if code not in SECTORS:
        raise RowError(f"sector {code!r} is not a PLOVER sector")
    return code


def check_qid(qid: str) -> str | None:
    if qid and not _QID.match(qid):
        raise RowError(f"wikidata {qid!r} is not a Q-id")
    return qid or None


def load_countries(path: Path, kb: KnowledgeBase) -> None:
    for where, r in read_table(path, COUNTRY_HEADER, kb):
        try:
            iso3 = check_country(r["iso3"])
            assert iso3
            country = Entity(f"country:{iso3}", r["name"], "country", "country", iso3, None,
                             check_qid(r["wikidata"]), source=where)
        except RowError as exc:
            issue(kb, f"{where}: {exc}")
            continue
        kb.countries[iso3] = country
        aliases = split_list(r["aliases"])
        if r["iso2"] and r["iso2"] != iso3[:2]:
            pass  # two-letter codes are not names in news text
        kb.add_entity(country, aliases)
        for demonym in split_list(r["demonyms"]):
            kb.demonyms.setdefault(fold(demonym), iso3)
        for capital in split_list(r["capitals"]):
            variants = [v.strip() for v in capital.split("/") if v.strip()]
            seat = Entity(f"capital:{iso3}:{fold(variants[0])}", variants[0], "other", "capital", iso3, "GOV",
                          source=where)
            kb.add_entity(seat, variants[1:])


def load_organizations(path: Path, kb: KnowledgeBase) -> None:
    for where, r in read_table(path, ORG_HEADER, kb):
        try:
            code = r["country"]
            country = check_country(code, optional=True, known=kb.countries)
            members = tuple(check_country(m, known=kb.countries) or "" for m in split_list(r["members"]))
            kind = r["kind"] or "organization"
            actor_kind = ORG_KINDS.get(kind, "group" if kind in {"armed group", "criminal", "coalition"}
                                       else "organization")
            ent = Entity(f"org:{fold(r['name'])}", r["name"], actor_kind, kind, country, check_sector(r["sector"]),
                         check_qid(r["wikidata"]), members, where, tuple(kb.sector_periods.get(fold(r["name"]), ())))
        except RowError as exc:
            issue(kb, f"{where}: {exc}")
            continue
        kb.add_entity(ent, split_list(r["aliases"]))


def load_sector_periods(path: Path, kb: KnowledgeBase) -> None:
    """The sectors organisations held for a period only, read before the organisations they date."""
    for where, r in read_table(path, SECTOR_PERIOD_HEADER, kb):
        try:
            sector = check_sector(r["sector"], optional=False)
            assert sector
            start = parse_date(r["start"]) if r["start"] else None
            end = end_date(r["end"]) if r["end"] else None
        except RowError as exc:
            issue(kb, f"{where}: {exc}")
            continue
        if not r["name"] or (start and end and end < start):
            issue(kb, f"{where}: a period needs an organisation's name and an end after its start")
            continue
        kb.sector_periods.setdefault(fold(r["name"]), []).append(SectorPeriod(sector, start, end, where,
                                                                              str(path.parent)))


def _check_periods(kb: KnowledgeBase) -> None:
    """An issue for each dated sector whose organisation no organisations file names."""
    named = {fold(e.name) for e in kb.entities if e.key.startswith("org:")}
    for name, periods in kb.sector_periods.items():
        if name not in named:
            issue(kb, f"{periods[0].source}: no organisation is named {name!r}")
            kb.issue_dirs.append(periods[0].folder)


def load_regions(path: Path, kb: KnowledgeBase) -> None:
    for where, r in read_table(path, REGION_HEADER, kb):
        try:
            ent = Entity(f"region:{fold(r['name'])}", r["name"], "other", "region",
                         check_country(r["country"], known=kb.countries),
                         source=where)
        except RowError as exc:
            issue(kb, f"{where}: {exc}")
            continue
        kb.add_entity(ent, split_list(r["aliases"]))


def load_sectors(path: Path, kb: KnowledgeBase) -> None:
    for where, r in read_table(path, SECTOR_HEADER, kb):
        try:
            sector = check_sector(r["sector"], optional=False)
            assert sector
            if r["kind"] not in TERM_KINDS:
                raise RowError(f"kind {r['kind']!r} is not one of {sorted(TERM_KINDS)}")
        except RowError as exc:
            issue(kb, f"{where}: {exc}")
            continue
        kb.sector_terms[fold(r["term"])] = SectorTerm(sector, r["kind"])


def load_title_affixes(path: Path, kb: KnowledgeBase) -> None:
    for where, r in read_table(path, TITLE_AFFIX_HEADER, kb):
        if r["place"] not in ("before", "after"):
            issue(kb, f"{where}: place {r['place']!r} is not 'before' or 'after'")
            continue
        kb.title_affixes[fold(r["affix"])] = r["place"]


def load_acronym_words(path: Path, kb: KnowledgeBase) -> None:
    for _, r in read_table(path, ACRONYM_WORDS_HEADER, kb):
        kb.acronym_words.add(fold(r["word"]))


def load_abbreviations(kb: KnowledgeBase) -> None:
    """The abbreviated titles the tokenizer keeps whole (:func:`tidings.nlp.title_words`), with and
    without their full stop, and the words they stand for: "Brig." is a brigadier."""
    for abbr, word in title_words().items():
        kb.abbreviations[fold(abbr)] = kb.abbreviations[fold(abbr).rstrip(".")] = fold(word)


def load_name_order(path: Path, kb: KnowledgeBase) -> None:
    """Countries whose names put the family name first ("Xi Jinping"): their people's surname is
    the first word of their name."""
    for where, r in read_table(path, NAME_ORDER_HEADER, kb):
        if r["order"] not in NAME_ORDERS:
            issue(kb, f"{where}: order {r['order']!r} is not one of {sorted(NAME_ORDERS)}")
            continue
        kb.family_first.add(r["country"].strip().upper())


def load_body_words(path: Path, kb: KnowledgeBase) -> None:
    """Words that, ending a name the KB does not know, make it a body's ("... Space Center")."""
    for _, r in read_table(path, BODY_WORDS_HEADER, kb):
        kb.body_words.add(fold(r["word"]))


def load_people(path: Path, kb: KnowledgeBase, pending: dict[str, dict], origin: str = "") -> None:
    """Collect (person, role) rows; people are built once every file has been read."""
    for where, r in read_table(path, PEOPLE_HEADER, kb):
        try:
            if not r["name"]:
                raise RowError("empty name")
            if not r["role"]:
                raise RowError("empty role")
            code = r["country"]
            country = check_country(code, known=kb.countries)
            sector = check_sector(r["sector"], optional=False)
            start = parse_date(r["start"]) if r["start"] else None
            end = end_date(r["end"]) if r["end"] else None
            if start and end and start > end:
                raise RowError(f"start {r['start']} after end {r['end']}")
            qid = check_qid(r["wikidata"])
        except RowError as exc:
            issue(kb, f"{where}: {exc}")
            continue
        entry = pending.setdefault(qid or fold(r["name"]), {"name": r["name"], "aliases": [], "qid": qid, "roles": [],
                                                            "dirs": set()})
        entry["dirs"].add(origin)
        for alias in split_list(r["aliases"]):
            if alias not in entry["aliases"]:
                entry["aliases"].append(alias)
        entry["roles"].append(Role(r["role"], country or "", sector or "", start, end, where))


def kb_dirs(extra: Iterable[str | Path] = ()) -> tuple[Path, ...]:
    """The packaged KB, then ``$TIDINGS_KB`` directories, then ``extra`` ones."""
    dirs = [PACKAGE_DIR]
    env = os.environ.get(ENV_VAR, "")
    dirs += [Path(p).expanduser() for p in env.split(os.pathsep) if p.strip()]
    dirs += [Path(p).expanduser() for p in extra]
    return tuple(d.resolve() for d in dirs)


def build(dirs: Iterable[Path]) -> KnowledgeBase:
    """Load every KB file of ``dirs`` (later directories add to earlier ones)."""
    kb = KnowledgeBase()
    pending: dict[str, dict] = {}
    dirs = tuple(dirs)
    for d in dirs:
        if not d.is_dir():
            issue(kb, f"{d}: not a directory")
            kb.issue_dirs.append(str(d))
    order = (("countries", load_countries), ("sector_periods", load_sector_periods),
             ("organizations", load_organizations), ("regions", load_regions),
             ("sectors", load_sectors), ("name_order", load_name_order),
             ("body_words", load_body_words), ("title_affixes", load_title_affixes),
             ("acronym_words", load_acronym_words))
    for stem, loader in order:
        for d in dirs:
            for path in sorted(d.glob(f"{stem}*.csv")):
                n, k = len(kb.entities), len(kb.issues)
                loader(path, kb)
                kb.origin.update((id(e), frozenset({str(d)})) for e in kb.entities[n:])
                kb.issue_dirs += [str(d)] * (len(kb.issues) - k)
    _check_periods(kb)
    load_abbreviations(kb)
    for d in dirs:
        for path in sorted(d.glob("people*.csv")):
            k = len(kb.issues)
            load_people(path, kb, pending, origin=str(d))
            kb.issue_dirs += [str(d)] * (len(kb.issues) - k)
    for entry in pending.values():  # first words first: they tell which order a name is in
        words = fold(entry["name"]).split()
        if len(words) >= 2 and any(r.country in kb.family_first for r in entry["roles"]):
            kb.family_names[words[0]] = kb.family_names.get(words[0], 0) + 1
        elif len(words) >= 2:
            kb.other_forenames.add(words[0])
    for key, entry in pending.items():
        person = Person(f"person:{key}", entry["name"], tuple(entry["aliases"]), entry["qid"], tuple(entry["roles"]))
        kb.add_person(person)
        kb.origin[id(person)] = frozenset(entry["dirs"])
    kb.sources = tuple(str(d) for d in dirs)
    return kb


@lru_cache(maxsize=8)
def _cached(dirs: tuple[Path, ...]) -> KnowledgeBase:
    return build(dirs)


def load_kb(extra: Iterable[str | Path] = ()) -> KnowledgeBase:
    """The knowledge base of the package plus ``$TIDINGS_KB`` and ``extra`` directories, cached."""
    return _cached(kb_dirs(extra))


__all__ = ["ENV_VAR", "PACKAGE_DIR", "RowError", "build", "end_date", "kb_dirs", "load_kb", "parse_date"]
