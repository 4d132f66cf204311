"""One act told several times in an article: one event with every mention kept.

Events of one type whose doers share an actor merge, unless the text keeps them apart: a negation or
a time told apart (background against news), two modes ("a curfew and arrests" are two coercions), a
share of a distributive act, a further act the text marks as such ("also asked"), recipients of
different countries (for acts other than statements, whose recipients are often named loosely),
two different people acted on ("accused Biden ... accused Pelosi": one country, two acts), or a joint act
of a pair and an act one of them does to the other ("they signed a pact", "X supports Y"), but for acts
sides do together, told either way ("X and Y agreed a truce", "X agreed a truce with Y").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from ...schema import Event
from .anaphora import told_in_act
from .args import ActorBook
from .distributive import is_share
from .recipient import JOINT_TYPES

# Statements whose recipients are often named loosely: recipients of two countries may still be one act.
_LOOSE_MERGE = frozenset({"REJECT", "ACCUSE", "REQUEST", "THREATEN", "AGREE", "SUPPORT"})


def _countries(ids: Sequence[str], book: ActorBook) -> set[str]:
    return {c for c in (book.country(a) for a in ids) if c} | set(ids)


def _joint_and_directed(joint: Event, directed: Event) -> bool:
    """Whether one event is a joint act of several doers and the other is done to one of them (not
    one the joint act was done to as well)."""
    return len(joint.actor) > 1 and bool(set(directed.recipient) & set(joint.actor)) \
        and not set(directed.recipient) & set(joint.recipient)


def merge_events(events: Sequence[Event], book: ActorBook, headline_end: int = 0,
                 apart: Callable[[Event, Event], bool] | None = None,
                 same_act: Callable[[Event, Event], bool] | None = None) -> list[Event]:
    """One action reported several times in an article becomes one event with extra mentions;
    ``apart(earlier, later)`` says when the text tells the later as a further act ("also asked"),
    ``same_act(earlier, later)`` when one told as background is the other retold ("had asked").

    A headline (ending at ``headline_end``: :func:`~tidings.extract.common.headline_end`) announces
    what the body reports with its date and detail, so a body report merged into a headline event
    becomes the event's main evidence."""
    merged: list[Event] = []
    for ev in events:
        target = None
        told = told_in_act(ev)  # "... were killed in the attack": that act, told again
        for i, m in enumerate(merged):
            if m.event != ev.event or ("negation" in m.aux) != ("negation" in ev.aux):
                continue
            if ("historical" in m.aux) != ("historical" in ev.aux) and not (same_act and same_act(m, ev)):
                continue
            if m.mode and ev.mode and m.mode != ev.mode and not told:
                continue  # a curfew and arrests are two coercions, not two reports of one
            if not (ev.actor and m.actor and set(ev.actor) & set(m.actor)):  # one act has one doer, not one country
                continue
            if (is_share(m) or is_share(ev)) and set(m.actor) != set(ev.actor):
                continue  # one actor's share of a distributive act is not the joint act of several
            if ev.event not in JOINT_TYPES and (_joint_and_directed(m, ev) or _joint_and_directed(ev, m)):
                continue  # "X and Y signed a pact" and "X supports Y": a joint act, and one done to the other
            if apart is not None and apart(m, ev) and not told:
                continue
            ra, rb = _countries(ev.recipient, book), _countries(m.recipient, book)
            if ra and rb and not ra & rb and ev.event not in _LOOSE_MERGE and not told:
                continue
            target = i
            break
        if target is None:
            merged.append(ev)
            continue
        m = merged[target]
        if m.evidence.end <= headline_end <= ev.evidence.start and m.aux == ev.aux \
                and not (ev.rule or "").endswith("+attributed"):  # a doer inferred is no report of the act
            m, ev = dataclasses.replace(ev, mentions=m.mentions + ev.mentions), m
        merged[target] = dataclasses.replace(
            m, actor=m.actor + tuple(a for a in ev.actor if a not in m.actor),
            recipient=m.recipient + tuple(r for r in ev.recipient if r not in m.recipient and r not in m.actor),
            context=m.context + tuple(c for c in ev.context if c not in m.context),
            mentions=m.mentions + (ev.evidence,), confidence=round(min(0.99, max(m.confidence, ev.confidence) + 0.05), 2))
    return merged


__all__ = ["merge_events"]
