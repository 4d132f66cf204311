"""Hand-built records for tests that need no model."""

from __future__ import annotations

import re

from tidings.schema import Actor, Mention, Span

Cast = dict[str, tuple[str, list[str]]]  # canonical name -> (kind, surface strings)


def actors_from_cast(text: str, cast: Cast) -> tuple[Actor, ...]:
    """Actors in order of first mention, each with every non-overlapping occurrence of its strings
    (longer strings first, so "Mr Baker" wins over "Baker")."""
    taken: list[tuple[int, int]] = []
    found: dict[str, list[Span]] = {}
    for surface, name in sorted(((s, n) for n, (_, ss) in cast.items() for s in ss), key=lambda p: -len(p[0])):
        for m in re.finditer(r"\b" + re.escape(surface) + r"\b", text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.setdefault(name, []).append(Span(m.start(), m.end(), surface))
    order = sorted(found, key=lambda n: min(s.start for s in found[n]))
    return tuple(
        Actor(f"a{i + 1}", n, cast[n][0], mentions=tuple(Mention(s) for s in sorted(found[n], key=lambda s: s.start)))  # type: ignore[arg-type]
        for i, n in enumerate(order)
    )


# The fictional cast the quote-speaker tables share.
SPEAKER_CAST: Cast = {
    "Ann Vale": ("person", ["Ann Vale", "Ms Vale", "Vale"]),
    "Tom Baker": ("person", ["Tom Baker", "Mr Baker", "Baker"]),
    "Ivo Marsh": ("person", ["Ivo Marsh", "Marsh"]),
    "Gondor": ("country", ["Gondor"]),
    "Arnor Herald": ("organization", ["Arnor Herald", "the Herald"]),
    "Valley Radio": ("organization", ["Valley Radio"]),
    "United Realms": ("organization", ["United Realms"]),
}


def quotes_with_cast(nlp, text: str, cast: Cast = SPEAKER_CAST):  # type: ignore[no-untyped-def]
    """The quotes stage alone on ``text``, with the cast's actors already found."""
    from tidings.extract import quotes
    from tidings.registry import Resources
    from tidings.schema import Article, ArticleResult

    draft = ArticleResult(Article(id="t", text=text), actors=actors_from_cast(text, cast))
    return quotes.run(nlp(text), draft, Resources())


def speakers_by_quote(nlp, text: str, cast: Cast = SPEAKER_CAST) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    """{quote text: speaker name or None} of every quote the quotes stage finds in ``text``."""
    return named_speakers(quotes_with_cast(nlp, text, cast))


def named_speakers(result) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    """{quote text: speaker name or None} of a coded result."""
    names = {a.id: a.name for a in result.actors}
    return {q.text: names.get(q.speaker) if q.speaker else None for q in result.quotes}


def speaker_of(code_text, text: str, quote: str) -> str | None:  # type: ignore[no-untyped-def]
    """The speaker name of the quote of ``text`` holding ``quote`` (the quote must be found)."""
    got = named_speakers(code_text(text))
    match = [k for k in got if quote in k]
    assert match, got
    return got[match[0]]


def locate_event(nlp, text: str, trigger: str, event: str = "CONSULT", actors=()):  # type: ignore[no-untyped-def]
    """The location the times/places/when_where stages give a hand-built event whose trigger is ``trigger``
    (its actors: the hand-built ``actors``, if any)."""
    import dataclasses
    import datetime as dt

    from tidings.extract import when_where, times as dates, places
    from tidings.registry import Resources
    from tidings.schema import Article, ArticleResult, Event

    doc = nlp(text)
    res = Resources()
    draft = ArticleResult(article=Article(id="t", text=text, date=dt.date(2025, 9, 5)), actors=tuple(actors))
    draft = places.run(doc, dates.run(doc, draft, res), res)
    start = text.index(trigger)
    ev = Event(id="e1", event=event, evidence=Span(0, len(text), text), trigger=Span(start, start + len(trigger), trigger),
               actor=tuple(a.id for a in actors))
    (coded,) = when_where.run(doc, dataclasses.replace(draft, events=(ev,)), res).events
    return coded.location


def code_events(nlp, text: str, actors=(), quotes=()):  # type: ignore[no-untyped-def]
    """The events stage alone over ``text`` (dated 2025-09-05) with hand-built actors and quotes."""
    import datetime as dt

    from tidings.extract import events
    from tidings.registry import Resources
    from tidings.schema import Article, ArticleResult

    draft = ArticleResult(article=Article(id="t", text=text, date=dt.date(2025, 9, 5)), actors=tuple(actors),
                          quotes=tuple(quotes))
    return events.run(nlp(text), draft, Resources())


def stage_events(nlp, text: str):  # type: ignore[no-untyped-def]
    """The events stage's non-negated events of ``text`` (see code_events) as (type, mode, actor
    names, recipient names)."""
    result = code_events(nlp, text)
    names = {a.id: a.name for a in result.actors}
    return [(e.event, e.mode, tuple(names.get(i, i) for i in e.actor), tuple(names.get(i, i) for i in e.recipient))
            for e in result.events if "negation" not in e.aux]


def coded_result(nlp, text: str):  # type: ignore[no-untyped-def]
    """The whole pipeline's result for a short article dated 2025-09-05."""
    import datetime as dt

    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    return Pipeline(errors="raise", nlp=nlp).code(Article(id="t", text=text, date=dt.date(2025, 9, 5)))


def coded_article_events(nlp, text: str, gated: bool = False):  # type: ignore[no-untyped-def]
    """The whole pipeline's live events the gate lets through (with ``gated``: every live event), of
    a short article dated 2025-09-05, as (type, actor names, recipient names)."""
    import datetime as dt

    from tidings.extract.events.relevance import gated as is_gated, is_live
    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    result = Pipeline(errors="raise", nlp=nlp).code(Article(id="t", text=text, date=dt.date(2025, 9, 5)))
    names = {a.id: a.name for a in result.actors}
    return [(e.event, tuple(names.get(i, i) for i in e.actor), tuple(names.get(i, i) for i in e.recipient))
            for e in result.events if is_live(e) and (gated or not is_gated(e))]


def actor_mentions(nlp, text: str, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The mention texts of the actor named ``name`` that the actors stage alone finds in ``text``
    (an article dated 2024-03-04); empty when there is none."""
    import datetime as dt

    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    result = Pipeline(["actors"], nlp=nlp, errors="raise").code(Article(id="t", text=text, date=dt.date(2024, 3, 4)))
    found = [a for a in result.actors if a.name == name]
    return [m.span.text for m in found[0].mentions] if found else []


def coded_types(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The types of the whole pipeline's live events of a short article (see coded_article_events)."""
    return [e[0] for e in coded_article_events(nlp, text)]


def events_with(events, event: str, actor: str | None = None, recipient: str | None = None):  # type: ignore[no-untyped-def]
    """The coded events (type, actor names, recipient names) of type ``event`` with an actor whose
    name holds ``actor`` and a recipient whose name holds ``recipient`` (either ignored when None)."""
    return [e for e in events if e[0] == event and (actor is None or any(actor in a for a in e[1]))
            and (recipient is None or any(recipient in r for r in e[2]))]



def last_speaker(nlp, text: str, cast: Cast) -> str | None:  # type: ignore[no-untyped-def]
    """The name of the speaker the quotes stage gives the last quote of ``text``, the actors those of
    ``cast`` (:func:`actors_from_cast`); None when unresolved."""
    from tidings.extract import quotes
    from tidings.registry import Resources
    from tidings.schema import Article, ArticleResult

    draft = ArticleResult(Article(id="t", text=text), actors=actors_from_cast(text, cast))
    result = quotes.run(nlp(text), draft, Resources())
    names = {a.id: a.name for a in result.actors}
    q = result.quotes[-1]
    return names.get(q.speaker) if q.speaker else None


def codes_event(nlp, text: str, event: str, actor: str | None = None, recipient: str | None = None) -> bool:  # type: ignore[no-untyped-def]
    """Whether the whole pipeline codes ``text`` with a live, ungated event of type ``event`` whose
    actor and recipient names hold ``actor`` and ``recipient`` (either ignored when None)."""
    return bool(events_with(coded_article_events(nlp, text), event, actor, recipient))


def mention_owner(result, mention: str):  # type: ignore[no-untyped-def]
    """The coded actor one of whose mentions reads exactly ``mention``, or None."""
    return next((a for a in result.actors if any(m.span.text == mention for m in a.mentions)), None)


def word_owner(result, text: str, word: str, nth: int = 0):  # type: ignore[no-untyped-def]
    """The name of the actor one of whose mentions is the ``nth`` whole word ``word``, else None."""
    start = [m.start() for m in re.finditer(rf"\b{word}\b", text)][nth]
    owners = [a.name for a in result.actors for m in a.mentions
              if (m.span.start, m.span.end) == (start, start + len(word))]
    return owners[0] if owners else None


def hand_parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]):  # type: ignore[no-untyped-def]
    """A parse built by hand, no model: a blank English ``Doc`` with these heads, labels and tags
    (no space before a comma or a full stop)."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags,
               spaces=[w not in {",", "."} and (k + 1 < len(words) and words[k + 1] not in {",", "."})
                       for k, w in enumerate(words)])


def live_of(result, kind: str):  # type: ignore[no-untyped-def]
    """The live (not negated) events of one type in a coded result."""
    from tidings.extract.events.relevance import is_live
    return [e for e in result.events if e.event == kind and is_live(e)]


def names_of(result, ids):  # type: ignore[no-untyped-def]
    """The names of a coded result's actors with these ids (ids of no actor left out)."""
    actors = {a.id: a for a in result.actors}
    return [actors[i].name for i in ids if i in actors]


def left_as_parsed(doc, token: int, finds, repair) -> bool:  # type: ignore[no-untyped-def]
    """Whether a parse repair finds nothing to mend at ``doc[token]`` (``finds`` gives None) and,
    run on the whole parse, changes no token's label or head."""
    before = [(t.dep_, t.head.i) for t in doc]
    found = finds(doc[token])
    repair(doc)
    return found is None and [(t.dep_, t.head.i) for t in doc] == before
