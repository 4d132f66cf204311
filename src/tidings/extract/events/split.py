"""Participants split by country: "Romanian and Bulgarian officials" are two sides.

A phrase whose coordinated modifiers name several countries stands for one participant per
country (:func:`split_countries`), read with the events' actor book.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...schema import Actor, Mention, Provenance
from .phrases import span_of
from .pairs import coordinated_modifiers, prep_of_object, with_compounds


def split_countries(book: Any, head: Any, aid: str, component: str) -> list[str]:
    """Further participants for a phrase whose coordinated modifiers name several countries.

    The phrase's actor keeps (or gets) the first country; every other country named gets an
    actor of its own ("Romanian officials"), whose mention is the modifier itself, added to
    ``book`` (the events' actor book); ``component`` names the stage in the provenance.
    """
    named = coordinated_modifiers(head, book.countries)
    if not named:
        return []
    i = next(k for k, a in enumerate(book.actors) if a.id == aid)
    actor = book.actors[i]
    codes = [c for _, c in named]
    if actor.country not in codes:
        actor = dataclasses.replace(actor, country=codes[0], provenance=Provenance(
            component, "split-country", 0.6, "first of the coordinated countries of the phrase"))
        book.actors[i] = actor
    out: list[str] = []
    # the people of each country are of the sector their noun says ("ministers from X"), not a state's
    term = book.countries.kb.sector_term(head.text) if actor.kind == "country" else None
    sector = term.sector if term is not None else actor.sector if actor.kind != "country" else None
    for mod, code in named:
        if code == actor.country:
            continue
        whole = with_compounds(mod)  # "Saudi Arabia", not "Arabia"
        words = whole.text
        name = f"{words} {head.text}" if mod.i < head.i else f"{head.text} {prep_of_object(mod).lower_} {words}"
        key = f"split:{name.lower()}"
        if key not in book._by_name:
            aid2 = f"a{book._next}"
            book._next += 1
            sp = span_of(list(whole))
            prov = Provenance(component, "split-country", 0.6, f"one of the countries coordinated in {name!r}")
            book.actors.append(Actor(id=aid2, name=name, kind=actor.kind if actor.kind != "country" else "group",
                                     country=code, sector=sector, mentions=(Mention(sp, "demonym", prov),),
                                     score=0.5, provenance=prov))
            book._by_name[key] = len(book.actors) - 1
        out.append(book.actors[book._by_name[key]].id)
    return out


__all__ = ["split_countries"]
