"""The actors stage's finishing step: which unnamed groups stay actors, and one count of the
article's dominant state (the finder and settle ask the same question).

Class (dev articles, issue 10): unnamed collectives and states named in passing ("younger voters",
"the industry", "told reporters", "exports to Italy") were coded as actors though nothing in the
article has them act.
"""

from __future__ import annotations

import pytest

from tidings.extract.actors.national import drop_idle, state_share
from tidings.schema import Actor, Mention, Span


def _group(aid: str, name: str, kind: str = "nominal") -> Actor:
    return Actor(aid, name, "group", "KES", "CVL", mentions=(Mention(Span(0, len(name), name), kind),))


@pytest.mark.parametrize("actor,keep,stays", [
    (_group("a1", "voters"), set(), False),            # named in passing
    (_group("a1", "voters"), {"a1"}, True),            # an event or quote uses it
    (_group("a1", "Kestrians", "demonym"), set(), False),
    (_group("a1", "Velt Tigers", "name"), set(), True),  # a named group is the finder's to judge
    (Actor("a1", "Kestria", "country", "KES", mentions=(Mention(Span(0, 7, "Kestria"), "name"),)), set(), False),
    (Actor("a1", "Kestria", "country", "KES", mentions=(Mention(Span(0, 7, "Kestria"), "name"),)), {"a1"}, True),
    (Actor("a1", "Pell Varo", "person", mentions=(Mention(Span(0, 9, "Pell Varo"), "name"),)), set(), True),
])
def test_drop_idle_without_parse(actor: Actor, keep: set[str], stays: bool) -> None:
    assert (drop_idle([actor], keep) == [actor]) is stays


@pytest.mark.model
@pytest.mark.parametrize("text,mention,stays", [
    ("Since Saturday the army has enforced a curfew.", "the army", True),   # the subject of a verb
    ("The minister told reporters the talks had failed.", "reporters", False),
    ("Prices rose for younger voters in the north.", "younger voters", False),
])
def test_drop_idle_keeps_doers(nlp, text: str, mention: str, stays: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    start = text.index(mention)
    actor = Actor("a1", mention, "group", None, "MIL",
                  mentions=(Mention(Span(start, start + len(mention), mention), "nominal"),))
    assert (drop_idle([actor], set(), doc) == [actor]) is stays


@pytest.mark.parametrize("codes,share,expected", [
    (["KES", "KES", "KES", "OST"], 0.6, "KES"),
    (["KES", "KES", "OST"], 0.6, None),             # too few votes
    (["KES", "KES", "KES", "OST", "OST", "OST"], 0.4, None),  # a tie
    (["UNO", "UNO", "UNO", "NGO", "KES", "KES", "KES"], 0.6, "KES"),  # non-state codes do not vote
    (["KES", "KES", "KES", "OST", "OST"], 0.4, "KES"),
    (["KES", "KES", "KES", "OST", "OST"], 0.7, None),
    ([None, "", "KES"], 0.6, None),
])
def test_state_share(codes: list, share: float, expected: str | None) -> None:
    assert state_share(codes, share)[0] == expected
