"""Participants split by country: "Romanian and Bulgarian officials" are two sides.

A phrase whose coordinated modifiers name several countries stands for one participant per
country (:func:`split_countries`), read with the events' actor book, each named for its own
country ("Thai soldiers" and "Cambodian soldiers", not "Thai and Cambodian soldiers"). "The
governments of A and B" are each state's one "Government of X" actor, as the actors stage names a
state's government.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...schema import Actor, Mention, Provenance
from ..actors.base import GOVERNMENT_HEADS
from ..actors.cluster import government_name
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
    if actor.kind != "country" and (own := _government(head, actor.country, book)) is not None and actor.name != own:
        actor = dataclasses.replace(actor, name=own, kind="organization", sector="GOV")
    elif actor.kind == "group" and all(with_compounds(m).text in actor.name for m, c in named if c != actor.country):
        first = next(m for m, c in named if c == actor.country)  # "Thai and Cambodian soldiers": "Thai soldiers"
        actor = dataclasses.replace(actor, name=_share_name(first, head))
    book.actors[i] = actor
    out: list[str] = []
    # the people of each country are of the sector their noun says ("ministers from X"), not a state's
    term = book.countries.kb.sector_term(head.text) if actor.kind == "country" else None
    sector = term.sector if term is not None else actor.sector if actor.kind != "country" else None
    for mod, code in named:
        if code == actor.country:
            continue
        whole = with_compounds(mod)  # "Saudi Arabia", not "Arabia"
        government = _government(head, code, book)
        name = government or _share_name(mod, head)
        key = f"split:{name.lower()}"
        if key not in book._by_name:
            aid2 = f"a{book._next}"
            book._next += 1
            sp = span_of(list(whole))
            prov = Provenance(component, "split-country", 0.6, f"one of the countries coordinated in {name!r}")
            kind = "organization" if government else actor.kind if actor.kind != "country" else "group"
            book.actors.append(Actor(id=aid2, name=name, kind=kind,
                                     country=code, sector="GOV" if government else sector, mentions=(Mention(sp, "demonym", prov),),
                                     score=0.5, provenance=prov))
            book._by_name[key] = len(book.actors) - 1
        out.append(book.actors[book._by_name[key]].id)
    return out


def _share_name(mod: Any, head: Any) -> str:
    """The name of one country's share of a split phrase: "Romanian officials", "ministers from Serbia"."""
    words = with_compounds(mod).text  # "Saudi Arabia", not "Arabia"
    return f"{words} {head.text}" if mod.i < head.i else f"{head.text} {prep_of_object(mod).lower_} {words}"


def _government(head: Any, code: str | None, book: Any) -> str | None:
    """"Government of X" for a government head ("the governments of A and B", word class
    ``actors.finder.government_heads``) and a state's code; None for any other head."""
    country = book.countries.kb.countries.get(code) if code else None
    if head.lemma_.lower() not in GOVERNMENT_HEADS or country is None:
        return None
    return government_name(country.name)


__all__ = ["split_countries"]
