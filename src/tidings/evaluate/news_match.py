"""Matching two codings of one article: the reference's against tidings' (or a second coder's).

Both sides are :class:`~.corpus.GoldArticle` records; :func:`coding_of_result` turns a tidings
result into one. Everything here is pure and works on offsets and labels only.

- **Actors** are *linked* when their mention spans overlap; a reference actor is found when the
  coded actor it shares most characters with has its country and sector.
- **Events** match on type, an actor (linked, or the same country and sector; an event without a
  reference actor needs overlapping evidence instead) and every reference recipient (or one of the
  alternatives the record allows). Matching is one to one: a second coded copy of an event is a
  false event.
- **Quotes** match on overlapping spans; the speaker is right when the coded speaker is linked to
  the reference speaker (or the coded speaker span lies on one of its mentions).
- **Pronouns** (:func:`pronoun_links`): a reference mention that is a third-person pronoun is
  resolved when a coded actor has a mention on exactly its span, and resolved right when that
  actor's named mentions share most characters with the reference actor's named mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from ..extract.events.relevance import is_live
from ..schema import ArticleResult
from .corpus import GoldActor, GoldArticle, GoldEvent, GoldQuote
from .metrics import spans_overlap

Spans = tuple[tuple[int, int], ...]


def overlap_chars(a: Spans, b: Spans) -> int:
    return sum(max(0, min(x[1], y[1]) - max(x[0], y[0])) for x in a for y in b)


# Where a mention goes on with a phrase of its own after its head ("Government of Russia", "the
# team that found it"), and what sets apart the parts of a mention that each name its actor
# ("his counterpart, Hu Jintao", "Kurdistan Workers' Party (PKK)").
_HEAD_ENDS = re.compile(r"\s(?:of|for|in|at|from|with|on|who|which|that|whose)\s")
_APPOSED = re.compile(r"[,()]")


def mention_heads(text: str, span: tuple[int, int]) -> list[int]:
    """The offsets of a mention's head words, read off its words alone: of each part set apart by
    a comma or a bracket (an apposition, an acronym: each names the actor), the last word before
    the part goes on with a phrase of its own, after which nothing more is read ("UN spokesman
    Farhan Haq" -> Haq, "Government of Russia" -> Government, "Dedi Prasetyo, a spokesperson for
    the police" -> Prasetyo, spokesperson; "chiefs of Niger, Chad and Benin" -> chiefs)."""
    start, end = span
    heads = []
    at = start
    for part in _APPOSED.split(text[start:end]):
        cut = _HEAD_ENDS.search(part)
        core = (part[:cut.start()] if cut is not None else part).rstrip()
        if core.split():
            heads.append(at + len(core) - len(core.split()[-1]))
        if cut is not None:
            break  # what follows is inside that phrase ("chiefs of Niger, Chad and Benin")
        at += len(part) + 1
    return heads or [start]


def covers_a_head(ref: GoldActor, sys: GoldActor, text: str) -> bool:
    """Whether a coded actor has a mention over a head word of one of a reference actor's mentions:
    it names that actor, not a body named inside its mention ("UN" in "UN spokesman Farhan Haq")."""
    heads = [h for m in ref.mentions for h in mention_heads(text, m)]
    return any(s <= h < e for s, e in sys.mentions for h in heads)


def linked(ref: GoldActor, sys: GoldActor) -> bool:
    return overlap_chars(ref.mentions, sys.mentions) > 0


def same_code(ref: GoldActor, sys: GoldActor) -> bool:
    """Same country (the reference must have one) and no conflicting sector."""
    if not ref.country or ref.country != sys.country:
        return False
    return ref.sector is None or sys.sector is None or ref.sector == sys.sector


@dataclass(frozen=True)
class ActorIndex:
    """The two actor tables of an article, looked up by id."""

    ref: dict[str, GoldActor]
    sys: dict[str, GoldActor]

    def match(self, ref_id: str, sys_id: str, *, entity: bool = False) -> bool:
        r, s = self.ref.get(ref_id), self.sys.get(sys_id)
        if r is None or s is None:
            return False
        return linked(r, s) or (not entity and same_code(r, s))

    def any_match(self, ref_ids: Iterable[str], sys_ids: Iterable[str], *, entity: bool = False) -> bool:
        sys_ids = tuple(sys_ids)
        return any(self.match(r, s, entity=entity) for r in ref_ids for s in sys_ids)


def event_matches(ref: GoldEvent, sys: GoldEvent, idx: ActorIndex, *, entity: bool = False) -> bool:
    if ref.event != sys.event:
        return False
    actors = ref.actor + ref.alt_actor
    if actors:
        # a joint action may be coded with the partner as recipient: any coded participant counts
        if not idx.any_match(actors, sys.actor, entity=entity):
            return False
    elif not spans_overlap(ref.evidence, sys.evidence):
        return False
    if not ref.recipient:
        return True
    if all(idx.any_match((r,), sys.recipient, entity=entity) for r in ref.recipient):
        return True
    return bool(ref.alt_recipient) and idx.any_match(ref.alt_recipient, sys.recipient, entity=entity)


def _evidence_distance(a: GoldEvent, b: GoldEvent) -> int:
    if spans_overlap(a.evidence, b.evidence):
        return 0
    return min(abs(a.evidence[0] - b.evidence[1]), abs(b.evidence[0] - a.evidence[1]))


def match_events(refs: tuple[GoldEvent, ...], systems: tuple[GoldEvent, ...], idx: ActorIndex, *,
                 entity: bool = False) -> dict[str, str]:
    """One-to-one ``{reference id: coded id}``: required references first, nearest evidence first."""
    pairs = sorted(((not r.required, _evidence_distance(r, s), ri, si)
                    for ri, r in enumerate(refs) for si, s in enumerate(systems)
                    if event_matches(r, s, idx, entity=entity)))
    out: dict[str, str] = {}
    used: set[int] = set()
    for _, _, ri, si in pairs:
        if refs[ri].id in out or si in used:
            continue
        out[refs[ri].id] = systems[si].id
        used.add(si)
    return out


# Why a required reference event was not found, in the order the coder would have to get it right.
MISS_REASONS = ("nothing here", "another type here", "its type only elsewhere", "actor", "recipient")


def miss_reason(ref: GoldEvent, systems: Iterable[GoldEvent], idx: ActorIndex) -> str:
    """Why no coded event matches ``ref``: nothing coded at its evidence; only other types there;
    no event there, but its type elsewhere in the article; its type there with a wrong actor; or
    with the right actor and a wrong or missing recipient."""
    systems = tuple(systems)
    here = [s for s in systems if spans_overlap(ref.evidence, s.evidence)]
    same = [s for s in here if s.event == ref.event]
    if not same:
        if here:
            return "another type here"
        return "its type only elsewhere" if any(s.event == ref.event for s in systems) else "nothing here"
    actors = ref.actor + ref.alt_actor
    if actors and not any(idx.any_match(actors, s.actor) for s in same):
        return "actor"
    return "recipient"


# Third-person personal and possessive pronouns: the references a coreference step resolves.
PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs"})


def _named(mentions: Spans, text: str) -> Spans:
    return tuple(m for m in mentions if text[m[0]:m[1]].lower() not in PRONOUNS)


def pronoun_links(ref: GoldArticle, sys: GoldArticle, text: str) -> tuple[int, int, int]:
    """(reference pronoun mentions, resolved right, resolved wrong) of one article: see the module's
    rules. Unresolved is neither right nor wrong."""
    owner: dict[str, str | None] = {}
    for s in sys.actors:
        named = _named(s.mentions, text)
        scored = [(overlap_chars(_named(r.mentions, text), named), r.id) for r in ref.actors]
        n, rid = max(scored, default=(0, None))
        owner[s.id] = rid if n > 0 else None
    total = right = wrong = 0
    for r in ref.actors:
        for m in r.mentions:
            if text[m[0]:m[1]].lower() not in PRONOUNS:
                continue
            total += 1
            hit = [s.id for s in sys.actors if m in s.mentions]
            if hit:
                ok = any(owner[h] == r.id for h in hit)
                right += ok
                wrong += not ok
    return total, right, wrong


def link_actors(ref: GoldArticle, sys: GoldArticle) -> dict[str, list[str]]:
    """``{reference actor id: coded actor ids that overlap it, most shared characters first}``."""
    out: dict[str, list[str]] = {}
    for r in ref.actors:
        scored = [(overlap_chars(r.mentions, s.mentions), s.id) for s in sys.actors]
        out[r.id] = [sid for n, sid in sorted(scored, key=lambda x: -x[0]) if n > 0]
    return out


def match_quotes(ref: GoldArticle, sys: GoldArticle, idx: ActorIndex) -> list[tuple[GoldQuote, GoldQuote | None, bool]]:
    """(reference quote, the coded quote matched to it or None, speaker right) for every reference quote."""
    used: set[str] = set()
    out = []
    for rq in ref.quotes:
        cands = [sq for sq in sys.quotes if sq.id not in used and spans_overlap(rq.span, sq.span)]
        cands.sort(key=lambda sq: -overlap_chars((rq.span,), (sq.span,)))
        best = next((sq for sq in cands if speaker_right(rq, sq, idx)), cands[0] if cands else None)
        if best is not None:
            used.add(best.id)
        out.append((rq, best, best is not None and speaker_right(rq, best, idx)))
    return out


def speaker_right(rq: GoldQuote, sq: GoldQuote, idx: ActorIndex) -> bool:
    if rq.speaker is None:
        return sq.speaker is None
    if sq.speaker is None:
        return False
    return idx.match(rq.speaker, sq.speaker, entity=True)


# --- tidings' result as a coding -------------------------------------------------------------

@dataclass(frozen=True)
class SystemCoding:
    """A tidings result in the corpus's shape, with what the corpus has no field for."""

    coding: GoldArticle
    confidence: dict[str, float] = field(default_factory=dict)
    rule: dict[str, str] = field(default_factory=dict)


def coding_of_result(result: ArticleResult, *, split: str = "", political: bool = True) -> SystemCoding:
    """The coded actors, quotes and *live* (not negated) events of a result, as a corpus record."""
    actors = []
    for a in result.actors:
        ms = tuple((m.span.start, m.span.end) for m in a.mentions)
        actors.append(GoldActor(a.id, a.name, a.kind, a.country, a.sector, a.role, ms))
    quotes = []
    for q in result.quotes:
        speaker = q.speaker
        if speaker is None and q.speaker_span is not None:
            speaker = _speaker_from_span(actors, (q.speaker_span.start, q.speaker_span.end))
        quotes.append(GoldQuote(q.id, (q.span.start, q.span.end), speaker, q.kind,
                                (q.cue_span.start, q.cue_span.end) if q.cue_span else None))
    events, conf, rule = [], {}, {}
    for e in result.events:
        if not is_live(e):  # negated: not a claim that it happened
            continue
        place = (e.location.name, e.location.country) if e.location else None
        events.append(GoldEvent(e.id, e.event, (e.evidence.start, e.evidence.end), e.actor, e.recipient,
                                mode=e.mode, date=e.date.value if e.date else None,
                                precision=e.date.precision if e.date else None, place=place, aux=e.aux,
                                required=True))
        conf[e.id], rule[e.id] = float(e.confidence), e.rule
    art = result.article
    coding = GoldArticle(art.id, "tidings", "", split, political, tuple(actors), tuple(quotes), tuple(events), ())
    return SystemCoding(coding, conf, rule)


def _speaker_from_span(actors: list[GoldActor], span: tuple[int, int]) -> str | None:
    return next((a.id for a in actors if overlap_chars(a.mentions, (span,)) > 0), None)


# What a reference actor coded as several actors is split into: the kind of merging that would join
# the pieces, so that split actors on dev-check and test can be told apart as figures.
SPLIT_KINDS = ("state and government", "names only", "name and description", "descriptions only")


def split_kind(pieces: Sequence[GoldActor]) -> str:
    """The kind of a split (:data:`SPLIT_KINDS`): a state and a body of its government ("Russia",
    "the Russian government", "authorities" of the same state); names only ("Amazon", "Amazon Web
    Services"); a name and a description ("David Turpin", "the father"); or descriptions only
    ("researchers", "the report's authors"). A piece is a name when its name begins with a capital,
    so a description opening a sentence counts as one."""
    states = {p.country for p in pieces if p.kind == "country" and p.country}
    if any(p.kind != "country" and p.country in states and p.sector == "GOV" for p in pieces):
        return "state and government"
    named = sum(1 for p in pieces if p.name[:1].isupper())
    return "names only" if named == len(pieces) else "name and description" if named else "descriptions only"


__all__ = sorted(["SPLIT_KINDS", "ActorIndex", "SystemCoding", "coding_of_result", "event_matches", "link_actors", "linked", "split_kind",
                  "MISS_REASONS", "covers_a_head", "match_events", "match_quotes", "mention_heads", "miss_reason", "overlap_chars", "PRONOUNS", "pronoun_links", "same_code", "speaker_right"])
