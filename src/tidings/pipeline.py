"""The pipeline: parse an article once, run the registered components in order.

Errors are scoped to one article: with ``errors="record"`` (batches) a failing component
becomes a :class:`~tidings.schema.Problem` and the article keeps what earlier components
made; with ``errors="raise"`` (tests) the exception propagates.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from typing import Any, Iterable, Iterator, Literal, Sequence

from .errors import ComponentError, ConfigError
from .extract.common import TEXT_KEY
from .registry import Registry, Resources, load_plugins, undeclared_writes
from .schema import Actor, Article, ArticleResult, Event, Location, Problem, Quote, Span, TimeExpression

log = logging.getLogger(__name__)

DEFAULT_COMPONENTS = ("actors", "quotes", "times", "places", "events", "link", "when_where", "event_confidence")
LINKER = "link"  # the one component that turns proposed actors into the article's actors
MAX_TEXT_CHARS = 1_000_000
PARSE_CHUNK = 50_000  # longer texts are parsed in pieces (see Pipeline.parse)
SECTION_CHARS = 20_000  # longer articles (under 5% of real news) are coded section by section: linear time
TIME_BUDGET_S = 60.0  # CPU seconds per article (see coding_clock), a long one's parse included: 1M characters need ~40 s

ErrorPolicy = Literal["raise", "record"]


def default_registry() -> Registry:
    from .components import register_builtins

    reg = Registry()
    register_builtins(reg)
    load_plugins(reg)
    return reg


def with_linker(names: Sequence[str], registry: Registry) -> list[str]:
    """``names`` with the linker right after the last component that proposes actors, unless a
    linker already follows it: proposals belong to the draft, and only the linker makes them the
    article's actors (so ``Pipeline(["actors"])`` still yields actors)."""
    names = list(names)
    proposing = [k for k, n in enumerate(names) if "proposals" in registry.get(n).assigns and n != LINKER]
    if not proposing or LINKER in names[proposing[-1]:] or LINKER not in registry.names():
        return names
    return names[: proposing[-1] + 1] + [LINKER] + names[proposing[-1] + 1:]


def split_text(text: str, size: int) -> list[str]:
    """``text`` in consecutive pieces of at most ``size`` characters that join back into it,
    each ending after a line end where one is in its second half, else after a space."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        stop = start + size
        cut = text.rfind("\n", start + size // 2, stop)
        if cut < 0:
            cut = text.rfind(" ", start + size // 2, stop)
        end = cut + 1 if cut >= 0 else stop
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def _shifted(value: Any, offset: int) -> Any:
    """``value`` with every Span inside it moved ``offset`` characters on."""
    if isinstance(value, Span):
        return Span(value.start + offset, value.end + offset, value.text)
    if isinstance(value, tuple):
        return tuple(_shifted(v, offset) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _shifted(getattr(value, f.name), offset) for f in dataclasses.fields(value)
                   if isinstance(getattr(value, f.name), (Span, tuple)) or dataclasses.is_dataclass(getattr(value, f.name))}
        return dataclasses.replace(value, **changes) if changes else value
    return value


def merge_sections(article: Article, coded: Sequence[tuple[int, ArticleResult]], problems: Sequence[Problem],
                   components: tuple[str, ...]) -> ArticleResult:
    """One result from the results of an article's sections (each with its offset in the text).

    Offsets are moved to the whole text; actors, quotes and events are numbered again in text
    order (``a1``, ``q1``, ``e1``…); an actor found in several sections under the same name,
    kind, country, sector, role and Wikidata id is one actor with all its mentions, and the
    linker's rules then join the actors of different sections that name one entity ("Morrow" in
    a later section after "Ilse Morrow"; see :mod:`tidings.extract.actors.link`).
    """
    actors: dict[tuple[Any, ...], Actor] = {}
    quotes: list[Quote] = []
    events: list[Event] = []
    times: list[TimeExpression] = []
    places: list[Location] = []
    seen_problems: list[Problem] = list(problems)
    for offset, result in coded:
        ids: dict[str, str] = {}
        for actor in result.actors:
            actor = _shifted(actor, offset)
            key = (actor.name, actor.kind, actor.country, actor.sector, actor.role, actor.wikidata)
            known = actors.get(key)
            if known is None:
                known = actors[key] = dataclasses.replace(actor, id=f"a{len(actors) + 1}")
            else:
                actors[key] = known = dataclasses.replace(known, mentions=known.mentions + actor.mentions)
            ids[actor.id] = known.id
        quote_ids: dict[str, str] = {}
        for q in result.quotes:
            quote_ids[q.id] = f"q{len(quotes) + 1}"
            quotes.append(dataclasses.replace(_shifted(q, offset), id=quote_ids[q.id],
                                              speaker=ids.get(q.speaker, q.speaker) if q.speaker else None))
        for e in result.events:
            events.append(dataclasses.replace(
                _shifted(e, offset), id=f"e{len(events) + 1}", actor=tuple(ids.get(i, i) for i in e.actor),
                recipient=tuple(ids.get(i, i) for i in e.recipient),
                quote=quote_ids.get(e.quote, e.quote) if e.quote else None))
        times.extend(_shifted(t, offset) for t in result.times)
        places.extend(_shifted(p, offset) for p in result.places)
        seen_problems.extend(p for p in result.problems if p not in seen_problems)
    # imported here: the extraction stages load with the registry, not with the pipeline module
    from .extract.actors.link import link as link_actors
    from .extract.actors.link import relink_events, relink_quotes

    linked, ids = link_actors(list(actors.values()), article.text)
    numbers = {a.id: f"a{k}" for k, a in enumerate(linked, 1)}
    ids = {old: numbers[new] for old, new in ids.items()}
    return ArticleResult(article=article, actors=tuple(dataclasses.replace(a, id=numbers[a.id]) for a in linked),
                         quotes=relink_quotes(quotes, ids), events=relink_events(events, ids),
                         times=tuple(times), places=tuple(places), problems=tuple(seen_problems),
                         components=components)


def coding_clock() -> float:
    """The clock of the time budget: CPU seconds of the thread that codes.

    Not the wall clock: on a busy machine (other workers, other processes) the same article would
    keep more or less of its coding from one identical run to the next, and the same input must
    give the same output. Only an article whose own work passes the budget is cut."""
    return time.thread_time()


class Pipeline:
    """Code articles into :class:`ArticleResult` records.

    >>> pipe = Pipeline()                                    # doctest: +SKIP
    >>> result = pipe.code(Article(id="a", text="..."))      # doctest: +SKIP
    """

    def __init__(
        self,
        components: Sequence[str] | None = None,
        *,
        errors: ErrorPolicy = "record",
        registry: Registry | None = None,
        resources: Resources | None = None,
        nlp: Any = None,
        max_chars: int = MAX_TEXT_CHARS,
        time_budget_s: float | None = TIME_BUDGET_S,
        section_chars: int = SECTION_CHARS,
    ) -> None:
        if errors not in ("raise", "record"):
            raise ConfigError(f"errors must be 'raise' or 'record', not {errors!r}")
        self.registry = registry or default_registry()
        self.components = self.registry.check_order(
            with_linker(DEFAULT_COMPONENTS if components is None else components, self.registry))
        self.errors = errors
        self.resources = resources or Resources()
        self._nlp = nlp
        self.max_chars = max_chars
        self.time_budget_s = time_budget_s
        self.section_chars = section_chars

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            from . import nlp

            self._nlp = nlp.load()
        return self._nlp

    @property
    def component_names(self) -> tuple[str, ...]:
        return tuple(c.full_name for c in self.components)

    def _prepare(self, article: Article) -> tuple[Article, list[Problem]]:
        problems: list[Problem] = []
        if len(article.text) > self.max_chars:
            problems.append(Problem("input.too_large", f"text of {len(article.text)} characters cut to "
                                    f"{self.max_chars}", "pipeline", article.origin))
            article = dataclasses.replace(article, text=article.text[: self.max_chars])
        if not article.text.strip():
            problems.append(Problem("input.empty", "the article has no text", "pipeline", article.origin))
        if article.date is None:
            problems.append(Problem("input.no_date", "the article has no date; relative dates stay unresolved",
                                    "pipeline", article.origin))
        return article, problems

    def run_components(self, doc: Any, draft: ArticleResult, started: float | None = None) -> ArticleResult:
        """Run every component over an already parsed document.

        Once ``time_budget_s`` has passed since ``started`` (the parse), the components not yet
        run are left out (but for those marked ``always``, such as the linker) and a
        ``pipeline.timeout`` problem says which: the article is kept with what was done, and the
        batch goes on.
        """
        started = coding_clock() if started is None else started
        late = False
        for k, comp in enumerate(self.components):
            if not late and self.time_budget_s is not None and coding_clock() - started > self.time_budget_s:
                late = True
                left = ", ".join(c.full_name for c in self.components[k:] if not c.always)
                draft = dataclasses.replace(draft, problems=draft.problems + (Problem(
                    "pipeline.timeout", f"coding took over {self.time_budget_s:g} s of CPU; not run: {left}", "pipeline",
                    draft.article.origin),))
            if late and not comp.always:
                continue
            try:
                new = comp.func(doc, draft, self.resources)
            except Exception as exc:  # one component failing never loses the article
                if self.errors == "raise":
                    raise ComponentError(f"{comp.full_name} failed on {draft.article.id}: {exc}") from exc
                log.warning("%s failed on %s: %s", comp.full_name, draft.article.id, exc)
                draft = dataclasses.replace(draft, problems=draft.problems + (
                    Problem("component.failed", f"{type(exc).__name__}: {exc}", comp.full_name, draft.article.origin),))
                continue
            if undeclared := undeclared_writes(comp, draft, new):
                # a programming error, not a problem of the article: each field has one declared owner
                raise ComponentError(f"{comp.full_name} changed {', '.join(undeclared)} without declaring it in assigns")
            draft = new
        return draft

    def code(self, article: Article) -> ArticleResult:
        return next(iter(self.code_many([article])))

    def code_many(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[ArticleResult]:
        """Code articles in order, parsing them in batches."""
        batch: list[Article] = []
        for art in articles:
            batch.append(art)
            if len(batch) >= batch_size:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    def parse(self, text: str) -> Any:
        """Parse one text; a long one in pieces of at most ``PARSE_CHUNK`` characters, split after
        a line end (else a space) and joined into one Doc with the same text and offsets.

        spaCy's parser and tagger need memory in proportion to the longest text they are given
        (about 1 GB per 100,000 characters by spaCy's own estimate), so pieces keep a 1M-character
        article within bounded memory; the pieces break at paragraphs, which are sentence
        boundaries anyway.
        """
        if len(text) <= PARSE_CHUNK:
            doc = self.nlp(text)
        else:
            from spacy.tokens import Doc

            from .nlp import reading_text

            doc = Doc.from_docs(list(self.nlp.pipe(split_text(text, PARSE_CHUNK))), ensure_whitespace=False)
            if doc.text != reading_text(text):  # pragma: no cover - a tokenizer that drops characters
                raise ValueError("the pieces of a long text did not join back into the same text")
        doc.user_data[TEXT_KEY] = text  # Doc.text rebuilds the string on every access
        return doc

    def _code_batch(self, batch: list[Article]) -> Iterator[ArticleResult]:
        nlp = self.nlp  # the model loads (once per process) before the first article's time budget starts
        prepared = [self._prepare(a) for a in batch]
        texts = [a.text for a, _ in prepared if len(a.text) <= self.section_chars]
        try:
            docs = iter(list(nlp.pipe(texts)))
        except Exception:  # find the one text that breaks the parser, parse the rest
            docs = iter([self._parse_one(t) for t in texts])
        # the batch's parse is no one article's work: charged to the first, what an article keeps
        # near the budget would depend on its batch-mates (a long article's sections count theirs)
        started = coding_clock()
        for article, problems in prepared:
            if len(article.text) > self.section_chars:
                yield self._code_sections(article, problems, started)
                started = coding_clock()
                continue
            doc = next(docs)
            if doc is not None:
                doc.user_data[TEXT_KEY] = article.text  # Doc.text rebuilds the string on every access
            draft = ArticleResult(article=article, problems=tuple(problems), components=self.component_names)
            if doc is None:
                draft = dataclasses.replace(draft, problems=draft.problems + (
                    Problem("component.failed", "the text could not be parsed", "tidings.parse.v1", article.origin),))
                yield draft
                continue
            yield self.run_components(doc, draft, started)
            started = coding_clock()  # the next article's budget starts when this one is done

    def _code_sections(self, article: Article, problems: list[Problem], started: float) -> ArticleResult:
        """A long article coded section by section (see :func:`merge_sections`)."""
        coded: list[tuple[int, ArticleResult]] = []
        notes = list(problems)
        offset = 0
        pieces = split_text(article.text, self.section_chars)
        for k, piece in enumerate(pieces):
            section = dataclasses.replace(article, text=piece, title=article.title if k == 0 else None)
            doc = self._parse_one(piece)
            if doc is None:
                notes.append(Problem("component.failed", f"section {k + 1} (from character {offset}) could not be "
                                     "parsed", "tidings.parse.v1", article.origin))
            else:
                result = self.run_components(doc, ArticleResult(article=section, components=self.component_names),
                                             started)
                coded.append((offset, result))
                if any(p.code == "pipeline.timeout" for p in result.problems) and k + 1 < len(pieces):
                    notes.append(Problem("pipeline.timeout", f"sections {k + 2}-{len(pieces)} (from character "
                                         f"{offset + len(piece)}) were not coded", "pipeline", article.origin))
                    break
            offset += len(piece)
        notes.insert(len(problems), Problem(
            "input.long", f"text of {len(article.text):,} characters coded in {len(pieces)} sections of at most "
            f"{self.section_chars:,}; references across sections are not resolved", "pipeline", article.origin))
        return merge_sections(article, coded, notes, self.component_names)

    def _parse_one(self, text: str) -> Any:
        try:
            return self.parse(text)
        except Exception:
            if self.errors == "raise":
                raise
            return None


__all__ = ["DEFAULT_COMPONENTS", "ErrorPolicy", "LINKER", "MAX_TEXT_CHARS", "PARSE_CHUNK", "Pipeline", "SECTION_CHARS",
           "TIME_BUDGET_S", "coding_clock", "default_registry", "merge_sections", "split_text", "with_linker"]
