"""The linked actors' codes once proposals are one actor each: a country code no one can read
taken away (:func:`known_countries`), and the sector the words of an untyped event participant or
a quote speaker's phrase give (:func:`typed_participants`). Moved out of :mod:`.link` (session
17) to keep that module under its size limit; behaviour unchanged."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from ...ontology import NONSTATE_CODES
from ...resolve import Resolver
from ...schema import Actor
from .alike import TAGGED_BODY
from .variants import BODY_KINDS

# The sector the knowledge base gives a noun for "someone, of no particular sector" ("man").
NO_SECTOR = "UNK"
# The stage whose participants may come without a type ("group" by default) when the tagger gave none.
_PARTICIPANTS = "tidings.events.v1"
_SPEAKERS = "quotes"


def known_countries(actors: Sequence[Actor], codes: frozenset[str] | set[str]) -> list[Actor]:
    """The actors with every country code that is neither a state the knowledge base knows (ISO3)
    nor one of PLOVER's non-state codes taken away: an honest null beats a code no one can read."""
    return [a if a.country is None or a.country in codes or a.country in NONSTATE_CODES
            else dataclasses.replace(a, country=None) for a in actors]


def typed_participants(actors: Sequence[Actor], resolver: Resolver, on: dt.date | None) -> list[Actor]:
    """The actors with a sector for each participant the events stage left untyped that its words
    type ("church leaders", "village councils", a title the tagger called a name, "Vice
    President"): the sector the resolver gives the words by their terms, never by a namesake in the
    knowledge base. A noun of no sector ("man", ``UNK``) stays untyped, and the participant's
    country is left as the events stage found it (its own phrase or context). A speaker the quotes
    stage named by a common noun takes the sector and country the words of its whole phrase give
    ("a hospital spokesperson" is MED, "a Croatian military source" HRV MIL), not its head's alone."""
    out = []
    for a in actors:
        prov = a.provenance
        if prov is None or not a.mentions or a.wikidata is not None:
            out.append(a)
            continue
        if a.sector is None and (prov.component, prov.rule) == (_PARTICIPANTS, "participant"):
            res = resolver.resolve(a.name, on)
            # a sector from the words (a title or a kind of group), never from a namesake in the knowledge base
            if res.named is None and res.sector and res.sector != NO_SECTOR:
                a = dataclasses.replace(a, sector=res.sector)
        elif a.sector is None and a.country is None and prov.rule == TAGGED_BODY and a.kind in BODY_KINDS:
            a = _typed_by_description(a, resolver, on)
        elif (prov.component, prov.rule) == (_SPEAKERS, "speaker-group"):
            res = resolver.resolve(a.name, on)
            # the whole phrase says more than its head ("hospital spokesperson", "Croatian military source")
            if res.named is None and res.sector and res.sector != NO_SECTOR:
                a = dataclasses.replace(a, sector=res.sector, country=a.country or res.country)
        out.append(a)
    return out


def _typed_by_description(a: Actor, resolver: Resolver, on: dt.date | None) -> Actor:
    """A body the knowledge base does not know ("Siemens") with the sector the description by its
    kind that joined it gives ("the company": BUS), where its descriptions agree on one."""
    sectors = set()
    for m in a.mentions:
        if m.kind != "nominal":
            continue
        words = m.span.text.split()
        res = resolver.resolve(" ".join(words[1:] if words[:1] and words[0].lower() == "the" else words), on)
        if res.named is None and res.kind in BODY_KINDS and res.sector and res.sector != NO_SECTOR:
            sectors.add(res.sector)
    return dataclasses.replace(a, sector=sectors.pop()) if len(sectors) == 1 else a


__all__ = ["NO_SECTOR", "known_countries", "typed_participants"]
