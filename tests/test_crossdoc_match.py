"""Matching event mentions across articles, and near-duplicate stories: tables with negative cases."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.crossdoc import Entity, EventIndex, EventMention, StoryIndex, cluster, entity_of, match, mention_of, normalize_url
from tidings.schema import Actor, Article, Event, EventDate, Location, Span

ARNOR = Entity("name:arnor|ARN", "Arnor", "country", "ARN")
GONDOR = Entity("name:gondor|GON", "Gondor", "country", "GON")
ARNOR_ARMY = Entity("name:arnor army|ARN", "Arnor Army", "organization", "ARN")
GONDOR_ARMY = Entity("name:gondor army|GON", "Gondor Army", "organization", "GON")
KING = Entity("wd:Q990001", "King Elessar", "person", "GON")

BASE = EventMention(ref=1, article_id="a", event="ASSAULT", mode="beat", day=dt.date(2025, 3, 3), precision="day",
                    actors=(ARNOR_ARMY,), recipients=(GONDOR,), place="Osgiliath", place_country="GON",
                    lat=44.1, lon=20.1, evidence="Arnor troops shelled Osgiliath")


def other(**changes: object) -> EventMention:
    return dataclasses.replace(BASE, **{"ref": 2, "article_id": "b", **changes})  # type: ignore[arg-type]


@pytest.mark.parametrize("changes, same, why", [
    ({}, True, "same type ASSAULT"),
    ({"day": dt.date(2025, 3, 4)}, True, "dates"),
    ({"day": dt.date(2025, 3, 1), "precision": "month"}, True, "dates"),
    ({"day": dt.date(2025, 1, 1), "precision": "year"}, True, "dates"),
    ({"day": None, "precision": None}, True, "same type"),
    ({"mode": None}, True, "same type"),
    ({"actors": (ARNOR,)}, True, "Arnor Army in Arnor"),  # one a member of the other
    ({"actors": ()}, True, "recipients: same Gondor"),  # one side unknown, the other shared
    ({"actors": (Entity("name:arnor army|", "Arnor  army"),)}, True, "same name Arnor"),  # country unresolved
    ({"actors": (Entity("wd:Q7", "Arnor Army", "organization", "ARN"),)}, True, "same name"),
    ({"place": "Gondor", "lat": None, "lon": None}, True, "same type"),  # a place within the country
    ({"place": "East Osgiliath", "lat": 44.12, "lon": 20.15}, True, "km apart"),
    # negative cases
    ({"article_id": "a"}, False, "same article"),
    ({"event": "PROTEST"}, False, "types differ"),
    ({"mode": "kill"}, False, "modes differ"),
    ({"actors": (GONDOR_ARMY,)}, False, "actors differ"),  # same type, different actors
    ({"recipients": (ARNOR,)}, False, "recipients differ"),
    ({"actors": (Entity("name:arnor army|GON", "Arnor Army", "organization", "GON"),)}, False, "actors differ"),
    ({"day": dt.date(2025, 3, 9)}, False, "too far apart"),  # dates too far apart
    ({"day": dt.date(2025, 4, 1), "precision": "month"}, False, "too far apart"),
    ({"place": "Minas Tirith", "lat": 47.0, "lon": 25.0}, False, "different places"),  # different places
    ({"place": "Fornost", "place_country": "ARN", "lat": None, "lon": None}, False, "different countries"),
    ({"actors": (), "recipients": ()}, False, "no shared actor"),
])
def test_crossdoc_match_table(changes: dict, same: bool, why: str) -> None:
    r = match(BASE, other(**changes))
    assert r.same is same, r.reason
    assert why in r.reason
    assert match(other(**changes), BASE).same is same  # symmetric


@pytest.mark.parametrize("story_b, evidence_b, same", [
    (7, "Arnor troops shelled Osgiliath", True),  # copies of one story with no coded participants
    (7, "Troops of Arnor shelled Osgiliath", True),
    (7, "A separate clash broke out near the river fords", False),  # same story, another event
    (8, "Arnor troops shelled Osgiliath", False),  # another story and nobody shared
])
def test_crossdoc_match_same_story_without_participants(story_b: int, evidence_b: str, same: bool) -> None:
    a = dataclasses.replace(BASE, actors=(), recipients=(), story=7)
    b = other(actors=(), recipients=(), story=story_b, evidence=evidence_b)
    assert match(a, b).same is same


def test_crossdoc_entity_keys_prefer_wikidata() -> None:
    assert entity_of(Actor("a1", "King  Elessar", "person", wikidata="Q990001")).key == "wd:Q990001"
    assert entity_of(Actor("a1", "King  Elessar", "person", country="GON")).key == "name:king elessar|GON"
    assert match(other(actors=(KING,)), dataclasses.replace(BASE, actors=(
        Entity("wd:Q990001", "Elessar", "person", "GON"),))).same


def test_crossdoc_mention_of_schema_records() -> None:
    text = "Arnor troops shelled Osgiliath."
    actors = (Actor("a1", "Arnor Army", "organization", country="ARN"), Actor("a2", "Gondor", "country", country="GON"))
    ev = Event("e1", "ASSAULT", Span(0, 30, text[:30]), actor=("a1",), recipient=("a2", "zz"),
               location=Location("Osgiliath", "GON"))
    m = mention_of(ev, actors, Article("x", text, dt.date(2025, 3, 4), source="Wire"), ref=3, story=1)
    assert (m.day, m.precision, m.place, m.story) == (dt.date(2025, 3, 4), "article", "Osgiliath", 1)
    assert [e.name for e in m.actors] == ["Arnor Army"] and [e.name for e in m.recipients] == ["Gondor"]
    dated = mention_of(dataclasses.replace(ev, date=EventDate("2025-02", "month")), actors,
                       Article("x", text), ref=3)
    assert (dated.day, dated.precision) == (dt.date(2025, 2, 1), "month")
    undated = mention_of(ev, actors, Article("x", text), ref=3)
    assert undated.day is None


def test_crossdoc_cluster_keeps_apart_what_does_not_match() -> None:
    a, b = BASE, other()
    c = dataclasses.replace(BASE, ref=3, article_id="c", actors=(GONDOR_ARMY,), recipients=(ARNOR,))
    d = dataclasses.replace(BASE, ref=4, article_id="d", day=dt.date(2025, 6, 1))
    groups = sorted(sorted(m.ref for m in g) for g in cluster([a, b, c, d]))
    assert groups == [[1, 2], [3], [4]]
    assert cluster([]) == []


@pytest.mark.parametrize("a, b, same", [
    ("https://www.example.com/news/story/?utm_source=x&id=3", "http://example.com/news/story?id=3#top", True),
    ("https://m.example.com/a/b/index.html", "https://example.com/a/b", True),
    ("https://example.com/a?b=1&c=2", "https://example.com/a?c=2&b=1", True),
    ("https://example.com/a?id=1", "https://example.com/a?id=2", False),
    ("https://example.com/a", "https://example.org/a", False),
])
def test_crossdoc_normalize_url(a: str, b: str, same: bool) -> None:
    assert (normalize_url(a) == normalize_url(b)) is same


@pytest.mark.parametrize("url", [None, "", "   "])
def test_crossdoc_normalize_url_none(url: str | None) -> None:
    assert normalize_url(url) is None


WIRE = ("The council of Arnor voted on Tuesday to close the northern mines after a flood trapped twelve workers "
        "for two days. Rescuers reached the men late on Monday and all of them survived. The mining company said "
        "it would appeal the decision, which it called hasty, and asked for an independent inspection of the shafts.")


@pytest.mark.parametrize("text, same", [
    (WIRE, True),
    (WIRE + " (Reporting by the Wire Service.)", True),
    (WIRE.replace("twelve", "12").replace("hasty", "rushed"), True),
    ("Gondor's football team won the cup final on Sunday, beating Rohan by three goals to one in front of a "
     "full stadium. The captain scored twice in the second half.", False),
    ("", False),
])
def test_crossdoc_stories_light_edits(text: str, same: bool) -> None:
    index = StoryIndex()
    first, _, _ = index.add("a", "https://wire.example/1", WIRE)
    found, _, _ = index.add("b", "https://other.example/2", text)
    assert (found.story == first.story) is same, found.reason


_ENTITIES = (ARNOR, GONDOR, ARNOR_ARMY, GONDOR_ARMY, KING)
_mentions = st.lists(st.builds(
    lambda art, event, day, actors, recipients, place: EventMention(
        ref=0, article_id=f"art{art}", event=event, day=dt.date(2025, 3, 1) + dt.timedelta(days=day), precision="day",
        actors=actors, recipients=recipients, place=place),
    st.integers(0, 5), st.sampled_from(("ASSAULT", "PROTEST")), st.integers(0, 6),
    st.lists(st.sampled_from(_ENTITIES), max_size=2, unique=True).map(tuple),
    st.lists(st.sampled_from(_ENTITIES), max_size=1).map(tuple), st.sampled_from((None, "Osgiliath", "Fornost")),
), max_size=25)


@settings(max_examples=60, deadline=None)
@given(_mentions, st.integers(1, 5))
def test_crossdoc_cluster_invariants(mentions: list[EventMention], batches: int) -> None:
    ordered = sorted((dataclasses.replace(m, ref=i) for i, m in enumerate(mentions)),
                     key=lambda m: (m.day, m.article_id, m.ref))
    groups = cluster(ordered)
    assert sorted(m.ref for g in groups for m in g) == list(range(len(mentions)))
    for g in groups:
        assert len({m.article_id for m in g}) == len(g)  # never two mentions of one article
        for i, m in enumerate(g[1:], 1):  # each member joined because it matched one before it
            assert any(match(m, x).same for x in g[:i])
    # in batches: each batch reloads the clusters stored so far, then adds its mentions
    stored: dict[int, int] = {}
    size = max(1, -(-len(ordered) // batches))
    for k in range(0, len(ordered), size):
        index = EventIndex()
        for m in ordered[:k]:
            index.place(m, stored[m.ref])
        for m in ordered[k:k + size]:
            stored[m.ref] = index.add(m)[0]
    by_cluster: dict[int, set[int]] = {}
    for ref, cid in stored.items():
        by_cluster.setdefault(cid, set()).add(ref)
    assert sorted(map(sorted, by_cluster.values())) == sorted(sorted(m.ref for m in g) for g in groups)


@pytest.mark.parametrize("article_day, same", [
    (dt.date(2025, 3, 3), True),  # reported that day
    (dt.date(2025, 3, 5), True),  # reported two days later: it happened before
    (dt.date(2025, 3, 1), False),  # an article cannot report, undated, what happens two days after it
])
def test_crossdoc_undated_event_happened_before_its_article(article_day: dt.date, same: bool) -> None:
    undated = other(day=article_day, precision="article")
    assert match(BASE, undated).same is same


def test_crossdoc_cluster_does_not_chain_through_a_vague_date() -> None:
    # a year-dated mention is compatible with both of two day-dated mentions a month apart; they must
    # not become one event through it
    march = other(ref=2, article_id="b")
    vague = other(ref=3, article_id="c", day=dt.date(2025, 1, 1), precision="year")
    april = other(ref=4, article_id="d", day=dt.date(2025, 4, 3))
    groups = cluster([BASE, march, vague, april])
    assert sorted(sorted(m.ref for m in g) for g in groups) == [[1, 2, 3], [4]]
