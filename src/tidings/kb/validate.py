"""Check a knowledge-base folder before it is used: what ``tidings kb validate`` reports.

A folder is read the way :func:`~tidings.kb.load.build` reads it, on top of the packaged KB (so
its country codes are checked against every country the KB knows), and then checked for what the
loader accepts but a resolver would get wrong:

* errors (the folder should not be used as it is): unreadable files, wrong columns or widths,
  country codes that are neither ISO 3166 alpha-3 codes of the KB nor PLOVER's non-state codes,
  unknown sectors, malformed dates, start after end, bad Wikidata ids, one Wikidata id on two
  different names, one organisation defined twice in the folder, a folder without KB files;
* warnings (worth a look): an alias repeated in its row, a name defined again over the packaged KB, an alias that names two
  different entries, a one-word alias of an organisation that is a person's surname or forename
  ("Wagner"), a bare alias that is a common word or a short acronym ("the party", "IS") and so
  would turn ordinary text into an actor, files the loader does not read.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from .load import PACKAGE_DIR, build
from .model import Entity, KnowledgeBase, Named, fold, is_acronym, name_key

STEMS = ("countries", "organizations", "sector_periods", "regions", "sectors", "people", "body_words")
# Words that are ordinary English (or a bare noun phrase) and never safe as a name on their own.
COMMON_WORDS = frozenset("""
a an and are as at be but by for from has he her his in is it its not of on or she that the their they this to
was we were who will with party the party group the group army the army government the government movement
front union alliance coalition bloc council assembly congress court forces force militia rebels police state the state
people republic national liberation resistance justice freedom unity hope change reform future forward together
renewal progress democracy solidarity independence new old left right centre center
""".split()) | {"the party", "the group", "the army", "the government", "the movement", "the front", "the alliance",
                "the coalition", "the bloc", "the council", "the state", "the militants", "the rebels", "the union"}


@dataclass(frozen=True)
class Finding:
    """One problem of a KB folder: ``level`` is "error" or "warning"; ``where`` is file:line or a path."""

    level: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.level}: {self.where}: {self.message}"


def validate_dir(folder: str | Path, *, base: tuple[Path, ...] = (PACKAGE_DIR,)) -> list[Finding]:
    """Every finding for ``folder`` (checked on top of ``base``), errors first, then by place."""
    folder = Path(folder).expanduser().resolve()
    if not folder.is_dir():
        return [Finding("error", str(folder), "not a directory")]
    files = sorted(folder.glob("*.csv"))
    read = [p for p in files if p.name.startswith(STEMS)]
    found = [Finding("warning", str(p), f"not read: a KB file's name starts with one of {', '.join(STEMS)}")
             for p in files if p not in read]
    if not read:
        return found + [Finding("error", str(folder), "no KB files (countries*.csv, organizations*.csv, "
                                                     "regions*.csv, sectors*.csv, people*.csv)")]
    base = tuple(b.resolve() for b in base if b.resolve() != folder)
    kb = build([*base, folder])
    here = str(folder)
    for message, d in zip(kb.issues, kb.issue_dirs):
        if d == here:
            where, _, text = message.partition(": ")
            found.append(Finding("error", _short(where), text))
    base_keys = {e.key for e in kb.entities if here not in kb.dirs_of(e)}
    found += _identity(kb, here, base_keys)
    found += _aliases(kb, here)
    found += _repeated_aliases(read)
    return sorted(found, key=lambda f: (f.level != "error", f.where, f.message))


def _short(where: str) -> str:
    path, sep, line = where.rpartition(":") if re.search(r":\d+$", where) else (where, "", "")
    return f"{Path(path).name}{sep}{line}"


def _where(named: Named) -> str:
    return named.source if isinstance(named, Entity) else (named.roles[0].source if named.roles else named.key)


def _identity(kb: KnowledgeBase, here: str, base_keys: set[str]) -> list[Finding]:
    """Wikidata ids on two names; an organisation defined twice; a name defined again over the base."""
    out: list[Finding] = []
    by_qid: dict[str, list[Named]] = defaultdict(list)
    by_key: dict[str, list[Entity]] = defaultdict(list)
    for named in [*kb.entities, *kb.people.values()]:
        if named.wikidata:
            by_qid[named.wikidata].append(named)
        if isinstance(named, Entity) and named.category not in {"capital"}:
            by_key[named.key].append(named)
    for qid, named in by_qid.items():
        local = [n for n in named if here in kb.dirs_of(n)]
        names = {fold(n.name) for n in named}
        if local and len(names) > 1:
            out.append(Finding("error", _where(local[0]), f"wikidata {qid} is given to {len(names)} different "
                                                          f"names: {', '.join(sorted({n.name for n in named}))}"))
    for key, ents in by_key.items():
        local = [e for e in ents if here in kb.dirs_of(e)]
        if len(local) > 1:
            out.append(Finding("error", local[1].source, f"{key} is defined again (first at {local[0].source})"))
        elif local and key in base_keys:
            out.append(Finding("warning", local[0].source, f"{key} is also in the packaged KB: both will be found"))
    return out


def _aliases(kb: KnowledgeBase, here: str) -> list[Finding]:
    out: list[Finding] = []
    seen_rows: set[tuple[str, str]] = set()
    for key, bucket in kb.names.items():
        local = [(s, n) for s, n in bucket if here in kb.dirs_of(n)]
        if not local:
            continue
        for surface, named in local:
            if _ambiguous(surface, kb) and (surface, named.key) not in seen_rows:
                seen_rows.add((surface, named.key))
                out.append(Finding("warning", _where(named), f"alias {surface!r} of {named.name!r} is a common word "
                                                             "or a short acronym: ordinary text would become an actor"))
        for surface, named in local:
            people = _people_named(kb, key) if isinstance(named, Entity) and not is_acronym(_bare(surface)) else []
            if people and named.category not in {"country", "capital", "region"}:
                out.append(Finding("warning", _where(named), f"alias {surface!r} of {named.name!r} is also a name of "
                                                             f"{', '.join(people[:3])}: their mentions would become it"))
        for surface, named in local:
            rivals = {n.key: n for s, n in bucket if n is not named and n.key != named.key and _same_text(s, surface)}
            if rivals:
                others = ", ".join(f"{n.name} ({_where(n)})" for n in rivals.values())
                out.append(Finding("warning", _where(named), f"alias {surface!r} of {named.name!r} also names {others}"))
                break
    return out


def _repeated_aliases(paths: list[Path]) -> list[Finding]:
    """An alias given twice in one row, or the row's own name again (spelling variants that only
    differ in accents, capitals or "the" are deliberate: each matches different text)."""
    out: list[Finding] = []
    for path in paths:
        if path.name.startswith(("sectors", "countries")):
            continue
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        rows = [(n, line) for n, line in enumerate(lines, start=1) if line.strip() and not line.startswith("#")]
        for (n, _), row in zip(rows[1:], csv.reader(line for _, line in rows[1:])):
            if len(row) < 2:
                continue
            seen = {row[0].strip()}
            for alias in (a.strip() for a in row[1].split("|") if a.strip()):
                if alias in seen:
                    out.append(Finding("warning", f"{path.name}:{n}", f"alias {alias!r} repeats a name of its row"))
                seen.add(alias)
    return out


def _people_named(kb: KnowledgeBase, key: str) -> list[str]:
    """People a one-word alias is the surname or forename of ("Wagner", "Duma")."""
    if " " in key:
        return []
    return sorted({p.name for p in [*kb.surnames.get(key, ()), *kb.forenames.get(key, ())]})


def _same_text(a: str, b: str) -> bool:
    """Whether two aliases with the same key match the same text (acronyms keep their capitals)."""
    a, b = _bare(a), _bare(b)
    if is_acronym(a) or is_acronym(b):
        return a.replace(".", "") == b.replace(".", "")
    return True


def _bare(alias: str) -> str:
    return alias[4:] if alias.lower().startswith("the ") else alias


def _ambiguous(alias: str, kb: KnowledgeBase) -> bool:
    """A bare alias ordinary text is full of: a common word, a one-word sector noun in any case, or a
    one- or two-letter acronym that is also an English word ("IS", "IT": headlines are in capitals)."""
    key, bare = name_key(alias), _bare(alias)
    if is_acronym(bare) and sum(c.isalpha() for c in bare) <= 2:
        return fold(bare).replace(".", "") in COMMON_WORDS
    if key in COMMON_WORDS or fold(alias) in COMMON_WORDS:
        return True
    return bare[:1].islower() and " " not in key and kb.sector_term(key) is not None


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.level == "error"]


__all__ = ["COMMON_WORDS", "Finding", "errors", "validate_dir"]
