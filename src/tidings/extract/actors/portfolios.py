"""Ministries named by their portfolio either way round: "the Interior Ministry", "the Ministry of
the Interior", "Kestria's interior ministry" and "the Ministry of Interior" name one body.

A body's *portfolio key* (:func:`portfolio_key`) is its kind of body (word class
``actors.portfolios.kinds``: ministry, department) and the words of its field, read before the
kind ("interior ministry") or after its "of" ("Ministry of the Interior"), without "the", a
possessor ("Kestria's") or the word "affairs" ("Ministry of Foreign Affairs" is the foreign
ministry), spellings of one word made one ("defense", "defence"). A body whose words are anything
else ("the Ministry of Health and Social Services", "Health Department officials") has none.

:func:`portfolio_groups` joins each such body to the first one before it with the same key whose
country is the same or unknown, when the article's bodies of that key are of one country or none
(beside "Kenya's interior ministry" and "Uganda's interior ministry", "the Interior Ministry" may
be either, and stays apart). Two fields ("the Interior Ministry", "the Defence Ministry") are two
ministries. Unresolved is better than wrong.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...kb.model import fold
from ...schema import Actor
from ..common import word_class
from .alike import compatible

KINDS = word_class("actors.portfolios.kinds")
# words a field is said with that say nothing of which field it is
_NOISE = frozenset({"the", "affairs"})
_SPELLINGS = {"defense": "defence"}
_POSSESSIVES = ("'s", "’s")


def portfolio_key(name: str) -> tuple[str, tuple[str, ...]] | None:
    """(kind, field words) of a ministry's name, or None ("Kestria's Interior Ministry" ->
    (ministry, (interior,)); "Ministry of the Interior" -> the same)."""
    words = fold(name).replace(",", " ").split()
    cut = max((k + 1 for k, w in enumerate(words) if w.endswith(_POSSESSIVES)), default=0)
    words = [_SPELLINGS.get(w, w) for w in words[cut:] if w not in _NOISE]
    if len(words) < 2:
        return None
    if words[-1] in KINDS:
        field, kind = words[:-1], words[-1]
    elif words[0] in KINDS and words[1] == "of":
        field, kind = words[2:], words[0]
    else:
        return None
    if not field or any(w in KINDS or w in ("of", "and", "&") or not w.isalpha() for w in field):
        return None
    return kind, tuple(field)


def _first(actor: Actor) -> int:
    return min((m.span.start for m in actor.mentions), default=0)


def portfolio_groups(actors: Sequence[Actor]) -> dict[int, int]:
    """For each ministry named by the portfolio key of an earlier one, the index of the first such
    (see the module's rules)."""
    keys = [portfolio_key(a.name) if a.kind != "person" else None for a in actors]
    countries: dict[tuple[str, tuple[str, ...]], set[str]] = {}
    for a, key in zip(actors, keys):
        if key is not None and a.country:
            countries.setdefault(key, set()).add(a.country)
    out: dict[int, int] = {}
    for i, a in enumerate(actors):
        key = keys[i]
        if key is None or len(countries.get(key, ())) > 1:
            continue
        fits = sorted((k for k, b in enumerate(actors) if k != i and keys[k] == key and _first(b) < _first(a)
                       and compatible(a, b)), key=lambda k: _first(actors[k]))
        if fits:
            out[i] = fits[0]
    return out


__all__ = ["portfolio_groups", "portfolio_key"]
