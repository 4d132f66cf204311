"""Hosted meetings: the guests are a meeting's actors, the host its recipient.

The reference codes "X hosted Y" and "Y visited X" alike, Y acting (the visit) and X receiving it
(:data:`~tidings.extract.events.detect._HOSTING` turns a hosting verb round). A meeting told with a
plain verb ("A met with B", "A and B met") says nothing of who came to whom, but its place does: a
meeting held in the country of some of its sides (the place the when-where stage gave the event) is
hosted by them. Those participants become its recipients and the others, of other known countries,
its actors. A meeting on neutral ground, or in the country of the grammar's actor only when no one
of another country takes part, keeps its roles; so does a phone call, held nowhere, and a meeting
of sides of several countries with someone ("France and Germany met with the rebel leader in
Paris": both sides met him; the host is no one they met), and so does a meeting whose place is
only named as a side's modifier ("Ukraine's foreign minister met his Polish counterpart": whose he
is, not where they met), and so does a meeting placed only by inference: a place carried from an
earlier sentence or the article's setting ("Cameron was in Edinburgh today. He has had discussions
with other EU leaders this weekend": no one came to him). Issue 11 (an event coded with the wrong actor).
"""

from __future__ import annotations

import dataclasses
from typing import Sequence

from ...schema import Actor, Event
from .relevance import is_live

_HOSTED_TYPES = frozenset({"CONSULT"})
# a call is held nowhere: a place in its clause is someone's or its topic's ("called X's ambassador in Thimpu")
_UNHOSTED_MODES = frozenset({"phone"})
# places the when-where stage reads in the event's own clause or sentence (tidings.extract.when_where):
# not a place only named as a side's modifier ("only-place": "Ukraine's foreign minister met ..."), in
# the subject's phrase ("officials in Kabul met ..."), carried from an earlier sentence or taken from
# the article's setting, which tell whose a side is or where the story is, not where they met
_TOLD_WHERE = frozenset({"locative", "destination", "acted-on", "most-specific", "sentence"})


def _sides(ids: Sequence[str], by_id: dict[str, Actor], country: str) -> tuple[list[str], list[str]]:
    """(hosts, guests) among ``ids``: of the meeting place's country, and of another known one."""
    hosts = [i for i in ids if i in by_id and by_id[i].country == country]
    guests = [i for i in ids if i in by_id and by_id[i].country not in (None, country)]
    return hosts, guests


def hosted(events: Sequence[Event], actors: Sequence[Actor]) -> list[Event]:
    """The events with the roles of meetings held in a host's country set as guest and host."""
    by_id = {a.id: a for a in actors}
    out = []
    for ev in events:
        country = ev.location.country if ev.location is not None else None
        told_where = ev.location is not None and (ev.location.provenance is None
                                                  or ev.location.provenance.rule in _TOLD_WHERE)
        if ev.event not in _HOSTED_TYPES or not country or not told_where or not is_live(ev) or ev.mode in _UNHOSTED_MODES:
            out.append(ev)
            continue
        hosts, guests = _sides(ev.actor, by_id, country)
        guest_recipients = _sides(ev.recipient, by_id, country)[1]
        if not hosts or not (guests or guest_recipients) or (not guests and len(hosts) < len(ev.actor)) \
                or (guests and ev.recipient):
            # no host among the actors, no one came from elsewhere, actors of no known side; or sides of
            # several countries that met with someone ("France and Germany met with X in Paris"): all act
            out.append(ev)
            continue
        if guests:  # "A and his foreign counterparts met in A's capital": A receives them
            actor = tuple(a for a in ev.actor if a not in hosts)
            recipient = ev.recipient + tuple(h for h in hosts if h not in ev.recipient)
        else:  # "A met with B in A's capital": B came to A
            actor = tuple(guest_recipients)
            recipient = tuple(hosts) + tuple(r for r in ev.recipient if r not in guest_recipients)
        out.append(dataclasses.replace(ev, actor=actor, recipient=recipient))
    return out


__all__ = ["hosted"]
