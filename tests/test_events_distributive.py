"""Joint or distributive acts of coordinated actors (fictional sentences written for these tests).

"X and Y resigned their posts" is one resignation each; "X and Y signed a treaty" is one act
with both; without a cue either way the event stays one event with both actors.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.extract.events.coding import merge_events
from tidings.extract.events.distributive import SHARE, into_shares, is_share
from tidings.schema import Article, Event, Span


def _code(pipeline, text: str):  # type: ignore[no-untyped-def]
    return pipeline.code(Article(id="t", text=text, date=dt.date(2025, 9, 5)))


def _actor_sets(result, event: str) -> list[set[str]]:  # type: ignore[no-untyped-def]
    names = {a.id: a.name for a in result.actors}
    return [{names[i] for i in e.actor} for e in result.events if e.event == event]


# (sentence, event type, the actors that must each have an event of their own)
DISTRIBUTIVE = [
    ("Arnor's envoy Tom Bree and Gondor's envoy Ann Lisk resigned their posts on Monday.", "RETREAT",
     ("Tom Bree", "Ann Lisk")),  # a predicate individual by nature, a possessive plural object
    ("Senator Dale Hurst and Governor Mia Crane each withdrew from the race on Friday.", "RETREAT",
     ("Dale Hurst", "Mia Crane")),  # "each"
    ("Ostria and Kestria recalled their ambassadors from Velmar after the border incident.", "SANCTION",
     ("Ostria", "Kestria")),  # "their ambassadors": one each
    ("Mayor Ellen Dorr and Senator Paul Vance announced their own support for Governor Ray Holt.", "SUPPORT",
     ("Ellen Dorr", "Paul Vance")),  # "their own"
]


@pytest.mark.model
@pytest.mark.parametrize("text,event,each", DISTRIBUTIVE)
def test_distributive_acts_become_one_event_per_actor(pipeline, text: str, event: str, each: tuple[str, ...]) -> None:
    result = _code(pipeline, text)
    sets = _actor_sets(result, event)
    for name in each:
        assert any(s == {name} for s in sets), sets
    assert all(len(s) == 1 for s in sets), sets
    shares = [e for e in result.events if e.event == event]
    assert len({e.id for e in shares}) == len(shares)  # ids stay unique
    assert len({(e.evidence, e.recipient) for e in shares}) == 1  # same evidence and recipients


# (sentence, event type, the actors that must stay together in one event)
JOINT = [
    ("The Ostrian foreign minister and the Kestrian foreign minister held their talks in Velmar.", "CONSULT",
     ("Ostrian foreign minister", "Kestrian foreign minister")),  # a symmetric act, even with "their"
    ("Ostria and Kestria jointly condemned the attacks on their embassies.", "ACCUSE", ("Ostria", "Kestria")),
    ("Ostria and Kestria issued a joint statement condemning the attacks on their embassies.", "ACCUSE",
     ("Ostria", "Kestria")),  # a joint object
    ("Ostria and Kestria together withdrew their troops from the border.", "RETREAT", ("Ostria", "Kestria")),
    ("Ostria and Kestria fought each other along the river.", "ASSAULT", ("Ostria", "Kestria")),
    ("Ostria and Kestria upgraded their diplomatic relations to ambassadorial level.", "SUPPORT",
     ("Ostria", "Kestria")),  # a relation is had with each other, even "their relations"
    # undecided: no cue either way, one event as before
    ("Ostria and Kestria criticised Velmar's blockade of the port.", "ACCUSE", ("Ostria", "Kestria")),
    ("Ostria and Kestria condemned the attacks on their embassies.", "ACCUSE", ("Ostria", "Kestria")),
    ("Ostria and Kestria launched attacks on the rebel camps.", "ASSAULT", ("Ostria", "Kestria")),  # a light verb
    ("Ostria and Kestria recalled their ambassador from Velmar after the border incident.", "SANCTION",
     ("Ostria", "Kestria")),  # one ambassador: no share each
]


@pytest.mark.model
@pytest.mark.parametrize("text,event,together", JOINT)
def test_joint_and_undecided_acts_stay_one_event(pipeline, text: str, event: str, together: tuple[str, ...]) -> None:
    result = _code(pipeline, text)
    sets = _actor_sets(result, event)
    assert any(set(together) <= s for s in sets), sets
    assert not any(is_share(e) for e in result.events)


class _Book:
    def country(self, aid: str) -> str | None:
        return None


def _event(actor: tuple[str, ...], start: int, rule: str = "verb:resign") -> Event:
    return Event(id="", event="RETREAT", evidence=Span(start, start + 10, "x" * 10), actor=actor, rule=rule)


def test_merge_keeps_shares_apart_and_they_take_in_the_joint_report() -> None:
    headline = _event(("a1", "a2"), 0)
    shares = [_event(("a1",), 20, "verb:resign" + SHARE), _event(("a2",), 20, "verb:resign" + SHARE)]
    merged = merge_events([headline, *shares], _Book())
    assert sorted(e.actor for e in merged) == [("a1",), ("a1", "a2"), ("a2",)]  # never joined again
    final = into_shares(merged)
    assert sorted(e.actor for e in final) == [("a1",), ("a2",)]
    assert all(e.mentions == (headline.evidence,) for e in final)


def test_a_report_with_an_actor_without_share_stays() -> None:
    events = [_event(("a1", "a3"), 0), _event(("a1",), 20, "verb:resign" + SHARE), _event(("a2",), 20, "verb:resign" + SHARE)]
    assert into_shares(events) == events


def test_merge_joins_a_share_with_a_later_report_of_the_same_actor() -> None:
    share = _event(("a1",), 0, "verb:resign" + SHARE)
    later = _event(("a1",), 40)
    merged = merge_events([share, later], _Book())
    assert len(merged) == 1 and is_share(merged[0]) and len(merged[0].mentions) == 1


def test_merge_without_shares_is_unchanged() -> None:
    merged = merge_events([_event(("a1", "a2"), 0), _event(("a1",), 20)], _Book())
    assert len(merged) == 1 and merged[0].actor == ("a1", "a2")
