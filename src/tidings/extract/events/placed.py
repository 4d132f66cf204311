"""The country of the place a participant's own place phrase names, by the places stage's reading.

:meth:`~tidings.extract.events.args.ActorBook._context_country` gives a group named by a common
noun ("police in X", "protesters outside the parliament in X") the country of its place phrase.
Country names and demonyms answer directly; a city or region ("protesters in downtown Lagos",
"residents of a town of Ostria") answers through the toponym resolution of the places stage
(:func:`tidings.extract.places.finder.extract_places`: the gazetteer ranked with the countries
of the sentence, paragraph and article), and only where that reading is confident and lies in
one country. Place phrases nest: "the streets of X", "the parliament in X", "a town of X" are
followed to X.
"""

from __future__ import annotations

from typing import Any, Callable, Iterator

from ...schema import Location
from ..common import word_class
from ..places.context import SETTLEMENT_NOUNS
from ..places.finder import extract_places
from .phrases import is_participant_like

# A reading less sure than this (a namesake of several countries with no context) gives no country.
MIN_PLACE_CONFIDENCE = 0.5
# Features that stand in one state; a country is already named by name and needs no reading.
_PLACE_FEATURES = frozenset({"city", "region", "place"})
_NESTING_PREPS = frozenset({"of", "in", "at", "near", "inside", "outside", "across", "around"})
_MODIFIERS = frozenset({"amod", "compound", "nmod", "det"})
_MAX_DEPTH = 3
# "protesters outside the Norwegian embassy", "… the embassy of Norway": a state's own building
# says whose building it is, not whose the people outside it are
_STATE_BUILDINGS = word_class("events.coding.args.missions")


def place_objects(prep: Any) -> Iterator[Any]:
    """The objects of a place preposition and of the place phrases nested in them, nearest first
    ("in the streets of X" -> streets, X; "outside the parliament in X" -> parliament, X)."""
    frontier = [o for o in prep.children if o.dep_ == "pobj"]
    for _ in range(_MAX_DEPTH):
        nested = []
        for obj in frontier:
            if obj.lemma_.lower() in _STATE_BUILDINGS:
                continue
            yield obj
            nested.extend(o for p in obj.children if p.dep_ == "prep" and p.lower_ in _NESTING_PREPS
                          for o in p.children if o.dep_ == "pobj")
        frontier = nested
        if not frontier:
            return


def head_phrase(obj: Any) -> str:
    """The object, with its own modifiers where it is a settlement noun ("the Peruvian town"): a
    modifier of another noun may name someone else's ("the Russian-held bridge")."""
    if obj.lemma_.lower() not in SETTLEMENT_NOUNS:
        return obj.text
    toks = sorted([obj, *(c for c in obj.children if c.dep_ in _MODIFIERS and c.i < obj.i)], key=lambda t: t.i)
    return obj.doc[toks[0].i:obj.i + 1].text


class PlaceReadings:
    """The places stage's readings of one article's toponyms, computed once when first asked."""

    def __init__(self, doc: Any, gazetteer: Any, actors: tuple = ()) -> None:
        self.doc, self.gazetteer, self.actors = doc, gazetteer, actors
        self._found: list[Location] | None = None

    def country_at(self, obj: Any) -> str | None:
        """The country of the confident reading of the toponym ``obj`` is (part of), else ``None``."""
        if self.gazetteer is None or obj.pos_ != "PROPN":
            return None
        if self._found is None:
            self._found = extract_places(self.doc, self.gazetteer, self.actors)
        start, end = obj.idx, obj.idx + len(obj.text)
        for loc in self._found:
            if loc.span is None or not (loc.span.start <= start and end <= loc.span.end):
                continue
            sure = loc.provenance is not None and loc.provenance.score >= MIN_PLACE_CONFIDENCE
            return loc.country if sure and loc.feature in _PLACE_FEATURES else None
        return None


_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_SUBSTATE_CATEGORIES = frozenset({"region", "capital"})


def where_not_who(tok: Any, place_country: Callable[[Any], str | None], kb: Any) -> bool:
    """Whether ``tok``, a name on a common noun (an act noun: "the Kandahar attack"), is a town or
    region the act happened in, not its doer: the places stage reads it as a city or region, or
    the knowledge base knows it only as a region or a capital. A state's name or its people's
    ("an Israeli airstrike") is no such place."""
    if tok.dep_ not in _MODIFIER_DEPS or tok.head.pos_ != "NOUN" or tok.ent_type_ == "NORP":
        return False
    known = [getattr(e, "category", None) for e in (kb.lookup(tok.text) if kb is not None else [])]
    if known:
        return all(c in _SUBSTATE_CATEGORIES for c in known)
    return place_country(tok) is not None


__all__ = ["MIN_PLACE_CONFIDENCE", "PlaceReadings", "head_phrase", "place_objects", "where_not_who"]


def capital_naming_a_thing(tok: Any, kb: Any) -> bool:
    """Whether a capital modifies a thing it names ("the Paris climate agreement", "the Doha talks",
    "the Oslo accords"): where the thing was made or held, not a government taking part. On a body
    ("a Moscow court", "the Tehran regime") it stays whose the body is; a state's own name ("the
    Iran nuclear deal") is no capital, nor is a seat of government ("a Kremlin crackdown": the
    Kremlin's)."""
    if tok.dep_ not in ("compound", "nmod") or tok.head.pos_ != "NOUN" or is_participant_like(tok.head):
        return False
    return any(getattr(e, "category", None) == "capital" for e in kb.lookup(tok.text))

