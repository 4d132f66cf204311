"""Which country a participant phrase names, asked of the knowledge base.

The event coder adds participants the actors stage did not resolve ("Hungarian officials",
"Nicaragua's government", "the Kremlin") and needs their country. It keeps no table of its own:
country names, demonyms, capitals, seats of power, regions and intergovernmental bodies all
come from the one knowledge base (:func:`tidings.kb.load_kb`, shared through
``resources.get("kb", load_kb)``), so a name added there is known to every stage at once.

Only geographic and state-like entries count here (countries, capitals, seats, regions,
intergovernmental bodies): a phrase that merely mentions a party or a company does not give
its speaker that organisation's country.
"""

from __future__ import annotations

import re
from typing import Any

from ...gazetteer import load_gazetteer
from ...kb import load_kb
from ...kb.model import Entity, KnowledgeBase, singulars
from ...resolve.words import REGION_QUALIFIERS
from ..actors.context import demonym_stems

# KB categories whose entries stand for a state (or a body of states) when a phrase names them.
STATE_CATEGORIES = frozenset({"country", "capital", "seat", "region", "igo", "partially recognised"})
_WORD = re.compile(r"[A-Za-z][\w.\-]*")


class CountryNames:
    """Country codes of names and demonyms, from one knowledge base; answers are memoised."""

    def __init__(self, kb: KnowledgeBase | None = None, gazetteer: Any = None) -> None:
        self.kb = kb if kb is not None else load_kb()
        self.gazetteer = gazetteer
        self._memo: dict[str, str | None] = {}

    def supranational(self, word: str) -> bool:
        """Whether a people's adjective names a region of several states ("European", "African"):
        its stem is a gazetteer region that lies in no one country. Needs the gazetteer."""
        if self.gazetteer is None or self.of_word_run(word):
            return False
        for stem in demonym_stems(word):
            found = self.gazetteer.resolve(stem.capitalize())
            if found is not None and found.place.feature == "region" and not found.place.country:
                return True
        return False

    def of_word_run(self, chunk: str) -> str | None:
        """The code of one capitalised word run ("South Korean", "Kremlin", "Serbs"), else ``None``."""
        if chunk in self._memo:
            return self._memo[chunk]
        code = self._demonym(chunk) or self._named(chunk)
        self._memo[chunk] = code
        return code

    def _demonym(self, chunk: str) -> str | None:
        code = self.kb.demonym(chunk)
        if code is None:
            for sing in singulars(chunk.lower()):
                code = self.kb.demonym(sing)
                if code:
                    break
        return code

    def _named(self, chunk: str) -> str | None:
        for named in self.kb.lookup(chunk):
            if isinstance(named, Entity) and named.category in STATE_CATEGORIES and named.country:
                return named.country
        return None

    def of_text(self, text: str) -> str | None:
        """The code a phrase names, trying the longest capitalised word run first."""
        words = _WORD.findall(text.replace("’s", "").replace("'s", ""))
        words = [w.rstrip(".") if w.count(".") == 1 and w.endswith(".") else w for w in words]
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                if not words[i][0].isupper():
                    continue
                if size == 1 and i > 0 and words[i - 1].lower() in REGION_QUALIFIERS:
                    continue  # "South American", "West African": a part of the world's, no one state's
                code = self.of_word_run(" ".join(words[i:i + size]))
                if code:
                    return code
        return None


def country_names(resources: Any = None) -> CountryNames:
    """The article-independent lookup, built once per :class:`~tidings.registry.Resources`."""
    if resources is None:
        return CountryNames()
    return resources.get("event_country_names", lambda: CountryNames(resources.get("kb", load_kb),
                                                                     resources.get("gazetteer", load_gazetteer)))


__all__ = ["STATE_CATEGORIES", "CountryNames", "country_names"]
