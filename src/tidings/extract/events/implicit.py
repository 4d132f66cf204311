"""The hidden doer of an agentless legal act: "Ruiz was arrested on Monday. Police said ..." is an
arrest by the police.

A passive arrest, charge, release or sentence with no "by" phrase (``data/legal_acts.csv`` lists the
acts and the sectors that do them) is done by an authority: the speaker who reports it when that
speaker is such an authority ("was charged, the sheriff's office said"), else the article's actor of
such a sector mentioned nearest to it; with neither, the event keeps no actor.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import Any, Sequence

from ...schema import Event, Quote
from ..common import data_rows
from .args import ActorBook


@lru_cache(maxsize=1)
def legal_acts() -> dict[str, frozenset[str]]:
    return {r["lemma"]: frozenset(r["sectors"].split()) for r in data_rows("legal_acts.csv")}


def _agentless_passive(tok: Any) -> bool:
    kids = list(tok.children)
    return any(k.dep_ in ("auxpass", "nsubjpass") for k in kids) and not any(k.dep_ == "agent" for k in kids)


def _authority(ev: Event, sectors: frozenset[str], book: ActorBook, quotes: Sequence[Quote]) -> str | None:
    for q in quotes:
        if q.speaker and q.span.start <= ev.trigger.start < q.span.end:  # type: ignore[union-attr]
            speaker = book.get(q.speaker)
            if speaker is not None and speaker.sector in sectors:
                return speaker.id
    best: tuple[int, str] | None = None
    for a in book.actors:
        if a.sector not in sectors or a.kind == "person" or a.id in ev.recipient:
            continue
        for m in a.mentions:
            dist = abs(m.span.start - ev.trigger.start)  # type: ignore[union-attr]
            if best is None or dist < best[0]:
                best = (dist, a.id)
    return best[1] if best else None


def implicit_agents(doc: Any, events: list[Event], book: ActorBook, quotes: Sequence[Quote]) -> list[Event]:
    """The events with the authorities that did their agentless legal acts."""
    acts = legal_acts()
    out = []
    for ev in events:
        span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand") if ev.trigger else None
        tok = span.root if span is not None else None
        if ev.actor or tok is None or tok.lemma_.lower() not in acts or not _agentless_passive(tok):
            out.append(ev)
            continue
        doer = _authority(ev, acts[tok.lemma_.lower()], book, quotes)
        out.append(dataclasses.replace(ev, actor=(doer,)) if doer else ev)
    return out


__all__ = ["implicit_agents", "legal_acts"]
