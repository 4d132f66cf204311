"""The states of a world region a description of a state names by a word of it ("the African
nation", "the Gulf state", "the West African country"): ``data/region_words.csv``, its continents
read from GeoNames' country table (:func:`tidings.gazetteer.country_continents`), its other regions
by listed members. Of several states in view, a description so qualified is the one of that region
(:mod:`.state_nouns`)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ...gazetteer import country_continents
from ..common import data_rows


@lru_cache(maxsize=1)
def _regions() -> dict[str, frozenset[str]]:
    """``{region word(s): the ISO3 codes of its states}``."""
    by_continent: dict[str, set[str]] = {}
    for code, continent in country_continents().items():
        by_continent.setdefault(continent, set()).add(code)
    out: dict[str, frozenset[str]] = {}
    for r in data_rows("region_words.csv"):
        codes = {c for k in (r["continents"] or "").split("|") if k for c in by_continent.get(k, ())}
        codes |= {c for c in (r["members"] or "").split("|") if c}
        out[r["word"].strip().lower()] = frozenset(codes)
    return out


def region_states(words: Sequence[str]) -> frozenset[str] | None:
    """The states of the region the lower-case ``words`` before a state noun name (two-word keys
    first: "west african" before "african"), or None where they name none."""
    regions = _regions()
    for n in (3, 2, 1):
        for k in range(len(words) - n + 1):
            found = regions.get(" ".join(words[k:k + n]))
            if found is not None:
                return found
    return None


__all__ = ["region_states"]
