"""Groups that the quotes and events stages find ("the parents said", "police arrested his
supporters") belong to the article's dominant state, like the groups the actors stage finds.

Class (dev articles, issue 10): the actors stage gives unnamed groups the article's state, but the
groups later stages propose (quote speakers, event participants) kept no country, and the people
nouns that name ordinary people ("supporters", "shoppers", "parents") had no sector, so those
actors were coded as nobody's ("junk") or half-coded.
"""

from __future__ import annotations

import pytest

from tidings.extract.actors.national import LATE_FINDERS, domestic_groups
from tidings.resolve import default_resolver
from tidings.schema import Actor, Mention, Provenance, Span


def _state(aid: str, n: int = 3) -> Actor:
    ms = tuple(Mention(Span(10 * k, 10 * k + 7, "Kestria"), "name") for k in range(n))
    return Actor(aid, "Kestria", "country", "KES", "GOV", mentions=ms)


def _group(name: str, sector: str | None, component: str, kind: str = "group") -> Actor:
    return Actor("a9", name, kind, None, sector, mentions=(Mention(Span(200, 200 + len(name), name), "nominal"),),
                 provenance=Provenance(component, "late", 0.5, "test"))


@pytest.mark.parametrize("group,country", [
    (_group("parents", "CVL", "quotes"), "KES"),                     # a speaking group of the article's state
    (_group("his supporters", "CVL", "tidings.events.v1"), "KES"),   # an event participant
    (_group("supporters", None, "tidings.events.v1"), None),         # no sector: nothing says it is people
    (_group("foreign observers", "SOC", "quotes"), None),            # belongs to no one state
    (_group("refugees", "REF", "quotes"), None),                     # from elsewhere by definition
    (_group("police", "COP", "tidings.actors.v1"), None),            # the actors stage's groups are its own
    (_group("Pell Varo", "CVL", "quotes", kind="person"), None),      # people are not groups
])
def test_late_groups_take_the_article_state(group: Actor, country: str | None) -> None:
    out = domestic_groups([_state("a1"), group], components=LATE_FINDERS)
    assert out[1].country == country


def test_late_groups_need_a_dominant_state() -> None:
    group = _group("parents", "CVL", "quotes")
    assert domestic_groups([_state("a1", n=2), group], components=LATE_FINDERS)[1].country is None
    two = [_state("a1"), Actor("a2", "Ostria", "country", "OST", "GOV", mentions=_state("x").mentions), group]
    assert domestic_groups(two, components=LATE_FINDERS)[2].country is None


def _named_state(text: str) -> str | None:
    return "OST" if "Ostrian" in text else "KES" if "Kestrian" in text else None


@pytest.mark.parametrize("name,country,alone", [
    ("Ostrian government", "OST", "OST"),  # issue 10: its own words name another state than the article's
    ("Kestrian police", "KES", "KES"),
    ("government", "KES", None),           # no word of its own: the article's state, if it has one
    ("foreign observers", None, None),     # belongs to no one state
])
def test_late_groups_keep_the_state_their_words_name(name: str, country: str | None, alone: str | None) -> None:
    group = _group(name, "GOV", "quotes")
    assert domestic_groups([_state("a1"), group], named_state=_named_state)[1].country == country
    assert domestic_groups([group], named_state=_named_state)[0].country == alone  # no dominant state


@pytest.mark.parametrize("phrase,sector", [
    ("his supporters", "CVL"),
    ("shoppers", "CVL"),
    ("the parents", "CVL"),
    ("seven motorcyclists", "CVL"),
    ("the local population", "CVL"),
    ("commuters", "CVL"),
    ("opposition supporters", "OPP"),   # a longer term still wins
    ("the helicopter", None),           # a thing is nobody
    ("the lions", None),
])
def test_people_nouns_are_civilians(phrase: str, sector: str | None) -> None:
    res = default_resolver().resolve(phrase)
    assert (res.sector if res.named is None else None) == sector
