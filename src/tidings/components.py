"""The built-in components, registered the same way a plugin registers its own.

Actors are settled once. The stages that find people and groups (``actors``, then ``quotes`` with
its speakers and ``events`` with its participants) only *propose* actors: they work on the draft's
``proposals``, each mention saying by its kind and provenance what found it, and refer to them by
id. ``link`` alone assigns ``actors``: it merges the proposals that name one entity and moves the
speakers of quotes and the participants of events to the merged ids.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .registry import Component, ComponentFunc, Registry, Resources
from .schema import ArticleResult


def proposing(func: ComponentFunc) -> ComponentFunc:
    """A finding stage written against ``actors`` run on the proposals instead: it sees the
    actors proposed so far as the draft's actors, and what it returns as actors is proposed."""

    def run(doc: Any, draft: ArticleResult, resources: Resources) -> ArticleResult:
        out = func(doc, dataclasses.replace(draft, actors=draft.proposals), resources)
        return dataclasses.replace(out, actors=draft.actors, proposals=out.actors)

    run.__doc__ = func.__doc__
    return run


def reading_proposals(func: ComponentFunc) -> ComponentFunc:
    """A stage that only reads actors (places) run before the linker: it reads the proposals."""

    def run(doc: Any, draft: ArticleResult, resources: Resources) -> ArticleResult:
        out = func(doc, dataclasses.replace(draft, actors=draft.proposals), resources)
        return dataclasses.replace(out, actors=draft.actors)

    run.__doc__ = func.__doc__
    return run


def with_late_pronouns(func: ComponentFunc) -> ComponentFunc:
    """The linker, and then each possessive pronoun outside quotes given as a mention to the actor it
    refers to (:func:`~tidings.extract.quotes.pronouns.possessive_mentions`) and each subject "it" to
    the body the events stage's binding gives it
    (:func:`~tidings.extract.events.binding.subject_it_mentions`): after the events are coded, so a
    phrase a possessive opens is never taken for its owner and the events read no more than before."""
    from .extract.common import doc_text
    from .extract.events.binding import subject_it_mentions
    from .extract.quotes.book import ActorBook
    from .extract.quotes.marks import quoted_spans
    from .extract.quotes.pronouns import possessive_mentions
    from .extract.quotes.turns import quote_test

    def run(doc: Any, draft: ArticleResult, resources: Resources) -> ArticleResult:
        out = func(doc, draft, resources)
        book, quoted = ActorBook(list(out.actors)), quoted_spans(doc_text(doc))  # one book and one quote scan for both
        possessive_mentions(doc, book, quoted)
        subject_it_mentions(doc, book, quote_test(quoted))
        return dataclasses.replace(out, actors=tuple(book.all()))

    run.__doc__ = func.__doc__
    return run


def register_builtins(registry: Registry) -> None:
    from .extract import actors, events, places, quotes, times, when_where
    from .extract.actors import link
    from .extract.events import confidence as event_confidence

    registry.add(Component("actors", 1, proposing(actors.run), (), ("proposals",),
                           "NER, titles, metonyms -> KB-resolved proposed actors"))
    registry.add(Component("quotes", 1, proposing(quotes.run), ("proposals",), ("quotes", "proposals"),
                           "direct, partial and indirect quotes with speakers"))
    registry.add(Component("times", 1, times.run, (), ("times",), "temporal expressions resolved to dates"))
    registry.add(Component("places", 1, reading_proposals(places.run), ("proposals",), ("places",),
                           "toponyms resolved to GeoNames"))
    registry.add(Component("events", 1, proposing(events.run), ("proposals", "quotes"), ("events", "proposals"),
                           "PLOVER events"))
    registry.add(Component("link", 1, with_late_pronouns(link.run), ("proposals",), ("actors", "quotes", "events", "proposals"),
                           "the proposed actors merged into one actor per entity; the only writer of actors",
                           always=True))
    registry.add(Component("when_where", 1, when_where.run, ("events", "times", "places"), ("events",),
                           "each event's date and location"))
    registry.add(Component("event_confidence", 1, event_confidence.run, ("events",), ("events",),
                           "each event's confidence: the calibrated probability that it is right"))


__all__ = ["proposing", "reading_proposals", "register_builtins", "with_late_pronouns"]
