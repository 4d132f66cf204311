"""Places named in an act's phrases: a name the tagger or the gazetteer knows as a place, or one
a place noun names ("Borno state", "the town of Iguala").

Read by :mod:`.recipient`, which keeps a place an act was done in apart from whom it was done to.
"""

from __future__ import annotations

from typing import Any

from ..actors.context import PLACE_NOUNS  # nouns of places a name is compounded with or "of"
from ..common import preps_of
from .countries import CountryNames

_PLACE_LABELS = frozenset({"GPE", "LOC"})


def place_text(tok: Any) -> str | None:
    """The text of the place entity (GPE, LOC) ``tok`` lies in, or None."""
    return next((e.text if e.label_ in _PLACE_LABELS else None for e in tok.doc.ents if e.start <= tok.i < e.end), None)


def named_place(tok: Any, countries: CountryNames) -> Any:
    """The token naming a country's place in a prepositional object: the name itself, the name
    a place noun is compounded with ("X province") or the name it is "of" ("the town of X")."""
    options = [tok] + [c for c in tok.children if c.dep_ == "compound"]
    if tok.pos_ == "NOUN":
        options += list(preps_of(tok, ("of",)))
    for t in options:
        text = place_text(t)
        if text and countries.of_text(text):
            return t
    return None


def named_by_place_noun(tok: Any) -> bool:
    """Whether ``tok`` is a place noun a name is compounded with or "of" ("Guerrero state", "the city of
    Chilpancingo"): a place, whether or not the gazetteer knows the name."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in PLACE_NOUNS:
        return False
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children) \
        or any(g.pos_ == "PROPN" for g in preps_of(tok, ("of",)))


__all__ = ["named_by_place_noun", "named_place", "place_text"]
