"""One office said with other words ("the foreign minister" and a "Secretary of Foreign Affairs",
"the defence minister" and a "Secretary of Defense"): the phrases of ``data/office_synonyms.csv``
read as their office's one phrase, so that a description by office finds the named person whose
role the knowledge base words otherwise (:func:`~.holders.office_holders`).

A word before the office that makes it another, lesser one ("Deputy Minister of Foreign Affairs")
is the holders' test to apply on the rewritten words; here the phrase is only rewritten.
"""

from __future__ import annotations

from functools import lru_cache

from ..common import data_rows


@lru_cache(maxsize=1)
def _phrases() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(phrase words, office words), longest phrase first."""
    rows = [(tuple(r["phrase"].split()), tuple(r["office"].split())) for r in data_rows("office_synonyms.csv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def office_phrase(words: list[str]) -> list[str]:
    """``words`` (lower case) with every run that says an office otherwise put as that office."""
    out: list[str] = []
    k = 0
    while k < len(words):
        for phrase, office in _phrases():
            if tuple(words[k:k + len(phrase)]) == phrase:
                out.extend(office)
                k += len(phrase)
                break
        else:
            out.append(words[k])
            k += 1
    return out


__all__ = ["office_phrase"]
