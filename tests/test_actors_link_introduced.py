"""Split actors on the real-news benchmark (issue 10): a short form of a name that fits two people
of the article. A lone surname ("Brandt") names the person the article introduced before it
("Karel Brandt"): a kinsman named later by his full name ("his daughter Ilse Brandt") is not who
the earlier short form meant. Where both were introduced before it, or neither, nothing merges:
unresolved is better than wrong."""

from __future__ import annotations

import pytest

from tidings.extract.actors.link import link, merge_map
from tidings.schema import Actor, Mention, Provenance, Span

_ACTORS = Provenance("tidings.actors.v1", "test")


def _person(aid: str, name: str, *at: int, country: str | None = None, wikidata: str | None = None) -> Actor:
    mentions = tuple(Mention(Span(k, k + len(name), name), "name") for k in (at or (0,)))
    return Actor(aid, name, "person", country, None, wikidata=wikidata, mentions=mentions, provenance=_ACTORS)


@pytest.mark.parametrize("people, short, joins", [
    # the one bearer introduced before the short form's first mention
    ([("Karel Brandt", 0), ("Ilse Brandt", 500)], ("Brandt", 100, 300, 700), 0),
    ([("Ilse Brandt", 400), ("Karel Brandt", 0)], ("Brandt", 100), 1),
    ([("Karel de Vries", 0), ("Mira de Vries", 900)], ("De Vries", 200), 0),
    # both introduced before it: a father and a son, no guess
    ([("Karel Brandt", 0), ("Ilse Brandt", 50)], ("Brandt", 100), None),
    ([("Osma bin Tarek", 0), ("Hamid bin Tarek", 60)], ("bin Tarek", 120), None),
    # neither introduced before it
    ([("Karel Brandt", 300), ("Ilse Brandt", 500)], ("Brandt", 100), None),
    # a bearer introduced before it but known to be someone else (another country)
    ([("Karel Brandt", 0, "NOR"), ("Ilse Brandt", 500)], ("Brandt", 100, "DNK"), None),
    # a forename alone is no short form, whoever came first
    ([("Karel Brandt", 0), ("Karel Osk", 500)], ("Karel", 100), None),
])
def test_link_introduced_a_short_form_of_two_names_joins_the_one_met_before_it(
        people: list[tuple], short: tuple, joins: int | None) -> None:  # type: ignore[type-arg]
    actors = []
    for k, (name, at, *country) in enumerate(people):
        actors.append(_person(f"a{k}", name, at, country=country[0] if country else None))
    name, *spots = short
    country = next((s for s in spots if isinstance(s, str)), None)
    actors.append(_person("s", name, *[s for s in spots if isinstance(s, int)], country=country))
    assert merge_map(actors).get(len(people)) == joins


def test_link_introduced_the_kinsman_keeps_his_own_actor() -> None:
    props = [_person("a1", "Karel Brandt", 0), _person("a2", "Brandt", 100, 900), _person("a3", "Ilse Brandt", 600)]
    actors, ids = link(props)
    assert [a.name for a in actors] == ["Karel Brandt", "Ilse Brandt"]
    assert ids["a2"] == "a1" and ids["a3"] == "a3"
    assert [m.span.start for m in actors[0].mentions] == [0, 100, 900]


def test_link_introduced_two_wikidata_ids_never_merge_by_order() -> None:
    props = [_person("a1", "Karel Brandt", 0, wikidata="Q1"), _person("a2", "Brandt", 100, wikidata="Q2"),
             _person("a3", "Ilse Brandt", 600)]
    assert merge_map(props).get(1) is None
