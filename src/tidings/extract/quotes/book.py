"""The article's proposed actors as the quotes stage sees and extends them, and the records it builds.

:class:`ActorBook` finds the actor a token or span mentions (by bisection over every mention),
and proposes what the quotes stage learns: pronoun mentions of speakers, and actors for named or
nominal speakers the actors stage did not resolve. These stay proposals: the linker
(:mod:`tidings.extract.actors.link`) merges them with the actors already found and moves the
quotes' speakers to the merged ids. :class:`Speaker` and :class:`Found` are the stage's working
records before quotes get their ids.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import Any, Callable

from ...schema import Actor, Mention, Provenance, Span
from ..common import token_span, word_class

COMPONENT = "quotes"
_ENTITY_KINDS = {"PERSON": "person", "ORG": "organization"}


@dataclass
class ActorBook:
    """The article's actors as the quotes stage extends them: pronoun mentions and new speakers."""

    actors: list[Actor]
    extra: dict[str, list[Mention]] = field(default_factory=dict)
    # whether a name is a place the gazetteer or knowledge base knows (by default every name is)
    known_place: Callable[[str], bool] = field(default=lambda name: True, repr=False)
    # every mention as (start, end, actor index, mention index), sorted; rebuilt after a change
    _index: list[tuple[int, int, int, int]] | None = field(default=None, repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)
    _longest: int = field(default=0, repr=False)
    _indexed: int = field(default=-1, repr=False)  # len(actors) when the index was built
    _sents: list[Any] | None = field(default=None, repr=False)
    _sent_starts: list[int] = field(default_factory=list, repr=False)

    def all(self) -> list[Actor]:
        return [self._with_extra(a) for a in self.actors]

    def sentences(self, doc: Any) -> list[Any]:
        """The document's sentences, listed once (``doc.sents`` walks the whole text each time)."""
        if self._sents is None:
            self._sents = list(doc.sents)
            self._sent_starts = [s.start for s in self._sents]
        return self._sents

    def sentences_to(self, tok: Any) -> int:
        """How many of the document's sentences begin at or before ``tok``: the index just past the
        token's own sentence in :meth:`sentences`, found by bisection."""
        self.sentences(tok.doc)
        return bisect.bisect_right(self._sent_starts, tok.i)

    def _mentions(self) -> list[tuple[int, int, int, int]]:
        if self._index is None or self._indexed != len(self.actors):
            index = [(m.span.start, m.span.end, i, j) for i, a in enumerate(self.all())
                     for j, m in enumerate(a.mentions)]
            index.sort()
            self._index, self._indexed = index, len(self.actors)
            self._starts = [m[0] for m in index]
            self._longest = max((m[1] - m[0] for m in index), default=0)
        return self._index

    def _with_extra(self, actor: Actor) -> Actor:
        more = self.extra.get(actor.id)
        if not more:
            return actor
        mentions = sorted(actor.mentions + tuple(more), key=lambda m: (m.span.start, m.span.end))
        return replace(actor, mentions=tuple(mentions))

    def at_token(self, tok: Any) -> Actor | None:
        return self.at(tok.idx, tok.idx + len(tok.text))

    def at(self, start: int, end: int) -> Actor | None:
        """The actor one of whose mentions overlaps ``[start, end)``, the tightest mention winning
        (ties: the earlier actor), as :func:`~tidings.extract.common.actor_at` over :meth:`all`,
        but found by bisection: a mention that overlaps starts less than the longest mention
        before ``start``."""
        index = self._mentions()
        lo = bisect.bisect_right(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        best: tuple[int, int, int] | None = None
        for m_start, m_end, i, j in index[lo:hi]:
            if m_end > start and m_start < end:
                key = (m_end - m_start, i, j)
                if best is None or key < best:
                    best = key
        return self._with_extra(self.actors[best[1]]) if best else None

    def by_id(self, actor_id: str) -> Actor:
        return next(self._with_extra(a) for a in self.actors if a.id == actor_id)

    def add_mention(self, actor_id: str, tok: Any, kind: str, rule: str, score: float, reason: str,
                    span: Span | None = None) -> None:
        span = span or token_span([tok])
        known = self.by_id(actor_id).mentions
        if any(m.span.start == span.start and m.span.end == span.end for m in known):
            return
        self.extra.setdefault(actor_id, []).append(
            Mention(span, kind, Provenance(COMPONENT, rule, score, reason)))  # type: ignore[arg-type]
        self._index = None

    def namesake(self, actor: Actor) -> Actor:
        """The one person actor whose fuller name ends with this actor's name ("Brandt" -> "Karel Brandt").

        An honorific or surname mention the actors stage kept apart from the full name is the same
        person when exactly one fuller name fits; with two ("Karel" and "Anna Brandt") it stays.
        """
        if actor.kind != "person":
            return actor
        words = name_words(actor.name)
        if not words:
            return actor
        fits = [a for a in self.actors if a.id != actor.id and a.kind == "person"
                and len(name_words(a.name)) > len(words) and name_words(a.name)[-len(words):] == words]
        return self.by_id(fits[0].id) if len(fits) == 1 else actor

    def by_name(self, name: str) -> Actor | None:
        """The one actor called exactly ``name`` (a named speaker met again without a mention there)."""
        fits = [a for a in self.actors if a.name == name]
        return self.by_id(fits[0].id) if len(fits) == 1 else None

    def by_surname(self, tok: Any) -> Actor | None:
        """The one person actor whose name, or a name mention, ends with the word ``tok`` (a surname
        with no mention of its own)."""
        word = tok.text.lower()
        fits = {self.namesake(a).id for a in self.all() if a.kind == "person" and any(
            name_words(n)[-1:] == (word,) for n in [a.name] + [m.span.text for m in a.mentions if m.kind == "name"])}
        return self.by_id(fits.pop()) if len(fits) == 1 else None

    def by_alias(self, words: Any) -> Actor | None:
        """The one actor with a mention right before ``(<words>)`` earlier in the text: a short name or
        acronym given in parentheses ("World Ring Kestova (Kestova)") names that actor again."""
        text = words.doc.text
        alias = re.compile(r"\s*\(\s*" + re.escape(words.text) + r"\s*\)")
        fits = {a.id for a in self.all() for m in a.mentions
                if m.kind != "pronoun" and m.span.end <= words.start_char and alias.match(text, m.span.end)}
        return self.by_id(fits.pop()) if len(fits) == 1 else None

    def new_group(self, phrase: Span, sector: str | None, kind: str = "group") -> Actor:
        """Append an actor for a body, group or person that speaks under a common noun ("the government")."""
        name = re.sub(r"^(the|a|an)\s+", "", phrase.text, flags=re.I)
        for known in self.actors:  # the same words again: one actor, one more mention
            if known.provenance is not None and known.provenance.rule == "speaker-group" and known.name == name:
                self.extra.setdefault(known.id, []).append(
                    Mention(phrase, "nominal", Provenance(COMPONENT, "speaker-group", 0.5, "speaking body")))
                self._index = None
                return self.by_id(known.id)
        ids = [int(a.id[1:]) for a in self.actors if a.id[:1] == "a" and a.id[1:].isdigit()]
        actor = Actor(id=f"a{max(ids, default=0) + 1}", name=name, kind=kind, sector=sector,  # type: ignore[arg-type]
                      mentions=(Mention(phrase, "nominal", Provenance(COMPONENT, "speaker-group", 0.5, "speaking body")),),
                      score=0.5, provenance=Provenance(COMPONENT, "speaker-group", 0.5,
                                                       "a body or group named by a common noun, speaking"))
        self.actors.append(actor)
        return actor

    def new_actor(self, ent: Any, label: str | None = None) -> Actor:
        """Append an actor for a named speaker the actors stage did not resolve.

        ``ent`` is an entity span, or any span of a name with its ``label`` ("PERSON"/"ORG") given.
        """
        label = label or ent.label_
        ids = [int(a.id[1:]) for a in self.actors if a.id[:1] == "a" and a.id[1:].isdigit()]
        toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the") and t.dep_ != "case"] or list(ent)
        span = token_span(toks)
        name = span.text
        for known in self.actors:  # a speaker named again: one actor, one more mention
            if known.provenance is not None and known.provenance.rule == "speaker-entity" and known.name == name:
                self.add_mention(known.id, toks[0], "name", "speaker-entity", 0.6, "named speaker", span=span)
                return self.by_id(known.id)
        actor = Actor(
            id=f"a{max(ids, default=0) + 1}", name=name, kind=_ENTITY_KINDS[label],  # type: ignore[arg-type]
            mentions=(Mention(span, "name", Provenance(COMPONENT, "speaker-entity", 0.6, "named speaker")),),
            score=0.5, provenance=Provenance(COMPONENT, "speaker-entity", 0.5,
                                             f"{label} name speaking, not resolved by the actors stage"),
        )
        self.actors.append(actor)
        return actor


# words before a name that are not part of it when names are compared
_NAME_PREFIXES = frozenset("""
mr mrs ms miss dr sir dame lord lady prof professor president minister senator general colonel judge
""".split())


_POST_NOMINALS = word_class("actors.people.post_nominals")  # "Ivo Marsh QC": his surname is Marsh


def name_words(name: str) -> tuple[str, ...]:
    """The lower-cased words of a person's name without leading honorifics and titles and without
    the letters written after it ("QC", "Jr")."""
    words = [w.strip(".,").lower() for w in name.split()]
    while words and words[0] in _NAME_PREFIXES:
        words.pop(0)
    while len(words) > 1 and words[-1] in _POST_NOMINALS:
        words.pop()
    return tuple(words)


@dataclass(frozen=True)
class Speaker:
    actor: str | None
    text: str | None
    span: Span | None
    rule: str
    score: float


@dataclass(frozen=True)
class Found:
    """A quote before it gets its id."""

    start: int
    end: int
    kind: str
    speaker: Speaker | None
    cue: Span | None
    rule: str
    score: float
    paragraph: int = -1
    region: Any = None  # the QuoteRegion of a direct or partial quote


__all__ = ["COMPONENT", "ActorBook", "Found", "Speaker", "name_words"]
