"""The built-in components, registered the same way a plugin registers its own."""

from __future__ import annotations

from .registry import Component, Registry


def register_builtins(registry: Registry) -> None:
    from .extract import actors, attach, events, places, quotes, times
    from .extract.events import confidence as event_confidence

    registry.add(Component("actors", 1, actors.run, (), ("actors",), "NER, titles, metonyms -> KB-resolved actors"))
    registry.add(Component("quotes", 1, quotes.run, ("actors",), ("quotes", "actors"),
                           "direct, partial and indirect quotes with speakers"))
    registry.add(Component("times", 1, times.run, (), ("times",), "temporal expressions resolved to dates"))
    registry.add(Component("places", 1, places.run, ("actors",), ("places",), "toponyms resolved to GeoNames"))
    registry.add(Component("events", 1, events.run, ("actors", "quotes"), ("events", "actors"), "PLOVER events"))
    registry.add(Component("when_where", 1, attach.run, ("events", "times", "places"), ("events",),
                           "each event's date and location"))
    registry.add(Component("event_confidence", 1, event_confidence.run, ("events",), ("events",),
                           "each event's confidence: the calibrated probability that it is right"))


__all__ = ["register_builtins"]
