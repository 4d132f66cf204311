"""Search and show knowledge-base entries: what ``tidings kb search`` and ``kb show`` print.

An entry is an :class:`~tidings.kb.model.Entity` or a :class:`~tidings.kb.model.Person`; its id is
its ``key`` ("org:hamas", "country:TUR", "person:Q7747"). A search matches the folded text against
every name and alias (whole name first, then names that start with it, then names that contain it
as whole words) and against Wikidata ids; with a date, people carry the role they held then.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .model import Entity, KnowledgeBase, Named, Person, Role, name_key


@dataclass(frozen=True)
class Hit:
    """One entry a search found, with the alias that matched and how well."""

    named: Named
    alias: str
    rank: int  # 0 whole name, 1 prefix, 2 whole words inside, 3 wikidata id


def aliases_of(kb: KnowledgeBase, named: Named) -> list[str]:
    """Every surface form the KB indexes for ``named`` (its own name first)."""
    out = [named.name]
    for bucket in kb.names.values():
        for surface, n in bucket:
            if n is named and surface not in out:
                out.append(surface)
    return out


def search(kb: KnowledgeBase, text: str, limit: int = 20) -> list[Hit]:
    """Entries named like ``text``, best first; an empty query finds nothing."""
    key = name_key(text)
    if not key or key in {"the", "a", "an", "of", "and"}:
        return []
    best: dict[int, Hit] = {}

    def offer(named: Named, alias: str, rank: int) -> None:
        old = best.get(id(named))
        if old is None or rank < old.rank:
            best[id(named)] = Hit(named, alias, rank)

    if re.fullmatch(r"q[1-9]\d*", key):
        for named in _everything(kb):
            if named.wikidata and named.wikidata.lower() == key:
                offer(named, named.wikidata, 3)
    inside = re.compile(rf"(?:^|\s){re.escape(key)}(?:\s|$)")
    for name, bucket in kb.names.items():
        rank = 0 if name == key else 1 if name.startswith(key) else 2 if inside.search(name) else None
        if rank is None:
            continue
        for surface, named in bucket:
            offer(named, surface, rank)
    hits = sorted(best.values(), key=lambda h: (h.rank, len(h.alias), h.named.name))
    return hits[:limit]


def find(kb: KnowledgeBase, entry: str) -> list[Named]:
    """The entries with id ``entry`` (several when two KB folders define the same name)."""
    return [n for n in _everything(kb) if n.key == entry or n.key.lower() == entry.lower()]


def describe(kb: KnowledgeBase, named: Named, on: dt.date | None = None, full: bool = False) -> dict[str, object]:
    """A JSON-ready record of an entry; with ``on``, a person's role that day (ELI when only before)
    and an organisation's sector that day (:mod:`~tidings.kb.load`'s dated sectors)."""
    out: dict[str, object] = {"id": named.key, "name": named.name, "wikidata": named.wikidata}
    if isinstance(named, Entity):
        out.update({"kind": named.kind, "category": named.category, "country": named.country,
                    "sector": named.sector, "source": named.source})
        if named.members:
            out["members"] = list(named.members)
        if on is not None and named.periods:
            out["sector"] = named.sector_on(on)[0]
            out["date"] = on.isoformat()
        if named.periods and (full or on is None):
            out["sector_periods"] = [{"sector": p.sector, "start": p.start.isoformat() if p.start else None,
                                      "end": p.end.isoformat() if p.end else None, "source": p.source}
                                     for p in named.periods]
    else:
        out["kind"] = "person"
        if on is not None:
            out.update(_role_on(named, on))
        if full or on is None:
            out["roles"] = [_role(r) for r in sorted(named.roles, key=lambda r: r.start or dt.date.min)]
    if full:
        out["aliases"] = aliases_of(kb, named)[1:]
    return out


def _role_on(person: Person, on: dt.date) -> dict[str, object]:
    role = person.role_on(on)
    if role:
        return {"date": on.isoformat(), "country": role.country, "sector": role.sector, "role": role.role}
    past = person.last_role_before(on)
    if past:
        return {"date": on.isoformat(), "country": past.country, "sector": "ELI", "role": f"former {past.role}"}
    return {"date": on.isoformat(), "country": None, "sector": None, "role": None}


def _role(r: Role) -> dict[str, object]:
    return {"role": r.role, "country": r.country, "sector": r.sector,
            "start": r.start.isoformat() if r.start else None, "end": r.end.isoformat() if r.end else None,
            "source": r.source}


def _everything(kb: KnowledgeBase) -> list[Named]:
    return [*kb.entities, *kb.people.values()]


__all__ = ["Hit", "aliases_of", "describe", "find", "search"]
