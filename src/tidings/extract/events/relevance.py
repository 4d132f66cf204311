"""Whether a coded event is a political interaction an analyst could put on a timeline.

The annotation guide codes "one actor does something, often to or with another", and names what
is no event: "a company buying another company", business deals between companies. Three shapes of
coded event fail that test whatever their trigger:

* an event with no participant at all, neither actor nor recipient ("the building was
  evacuated", "iCloud will be released in the fall"): nobody is seen acting on anybody; such a
  trigger is mostly a word without its political sense ("the tremor left thirty injured",
  "the particles were shot into the gel"). A phrase the engine did not resolve to anyone
  ("the two sides", "the S&P 500 was hit hard") is no participant either: unresolved, the
  event could not be put on anyone's timeline;
* an event whose actor is unknown, unless it is one a target undergoes (word class
  ``undergone_types``: force, coercion, sanctions, protests, accusations and charges, as in "was
  arrested", "was charged", "an attack on the embassy"): help, agreement, support, meetings,
  concessions and statements (demands, refusals, threats) are known by who made them, and with
  no one making them they are mostly a word without its sense ("the new model will be released",
  "the line was given a boost", "refunds were offered");
* an event whose actors are all businesses and whose recipients are businesses or no one
  ("Apple will offer a free case", "Airbus delivered the plane to the airline"): a market
  interaction (sectors in word class ``market_sectors``). A company acted on without a named
  actor ("the carrier was banned") keeps: an unnamed authority may be the actor.

Pure functions over schema records: ``sector_of`` gives an actor id's sector (None when unknown).
"""

from __future__ import annotations

from typing import Callable, Iterable

from ...schema import Event
from ..common import word_class


def market_only(ids: Iterable[str], sector_of: Callable[[str], str | None]) -> bool:
    """Whether every one of ``ids`` (at least one) is a business actor."""
    sectors = [sector_of(i) for i in ids]
    return bool(sectors) and all((s or "").lower() in word_class("market_sectors") for s in sectors)


def is_interaction(event: Event, sector_of: Callable[[str], str | None]) -> bool:
    """Whether ``event`` has a participant, an actor unless a target undergoes it, and is not a
    market interaction (see the module docstring)."""
    if not event.actor and not event.recipient:
        return False
    if not event.actor and event.event.lower() not in word_class("undergone_types"):
        return False
    if market_only(event.actor, sector_of) and (not event.recipient or market_only(event.recipient, sector_of)):
        return False
    return True


def interactions(events: Iterable[Event], sector_of: Callable[[str], str | None]) -> list[Event]:
    """The events that are political interactions, in their order."""
    return [e for e in events if is_interaction(e, sector_of)]


__all__ = ["interactions", "is_interaction", "market_only"]
