"""Whose a group is, and what an acting state is: the domestic default and the state's sector.

Class (seen across the benchmark's dev articles): unnamed groups with a sector ("police",
"protesters", "the opposition", "the Supreme Court") kept no country although the article is about
one state, and states named as actors ("Iran said") had no sector. Sentences here are written for
the tests; no model is needed (actors are built by hand).
"""

from __future__ import annotations

import pytest

from tidings.extract.actors.national import acting_states, dominant_state, domestic_groups, drop_nested_mentions
from tidings.schema import Actor, Mention, Span


def _actor(aid: str, name: str, kind: str, country: str | None = None, sector: str | None = None,
           mentions: int = 1) -> Actor:
    ms = tuple(Mention(Span(10 * i, 10 * i + 3, name[:3])) for i in range(mentions))
    return Actor(aid, name, kind, country=country, sector=sector, mentions=ms)


def _article(*extra: Actor, home: str = "KES", home_mentions: int = 4, other: str = "OST",
             other_mentions: int = 1) -> list[Actor]:
    return [_actor("a1", "Pell Varo", "person", home, "GOV", home_mentions),
            _actor("a2", "Ostria", "country", other, None, other_mentions), *extra]


@pytest.mark.parametrize("home_mentions,other_mentions,expected", [
    (4, 1, ("KES", 0.8)),      # one state has most mentions
    (3, 0, ("KES", 1.0)),
    (2, 0, (None, 0.0)),       # too few mentions to place anyone
    (3, 3, (None, 0.0)),       # no state dominates
    (3, 2, ("KES", 0.6)),
])
def test_dominant_state(home_mentions: int, other_mentions: int, expected: tuple) -> None:
    actors = _article(home_mentions=home_mentions, other_mentions=other_mentions)
    if other_mentions == 0:
        actors = actors[:1]
    code, share = dominant_state(actors)
    assert (code, round(share, 2)) == expected


def test_dominant_state_ignores_non_state_codes() -> None:
    actors = [_actor("a1", "United Nations", "organization", "UNO", None, 9), _actor("a2", "Kestria", "country", "KES", None, 3)]
    assert dominant_state(actors)[0] == "KES"


@pytest.mark.parametrize("name,sector,country", [
    ("police", "COP", "KES"),
    ("protesters", "CVL", "KES"),
    ("the opposition", "OPP", "KES"),
    ("Supreme Court", "JUD", "KES"),
    ("anti-government demonstrators", "CVL", "KES"),
    # negative cases: collectives that belong to no one state, refugees, groups without a sector
    ("world leaders", "GOV", None),
    ("the international community", "GOV", None),
    ("foreign troops", "MIL", None),
    ("coalition forces", "MIL", None),
    ("refugees", "REF", None),
    ("people", None, None),
])
def test_domestic_groups(name: str, sector: str | None, country: str | None) -> None:
    group = _actor("a9", name, "group", None, sector)
    out = {a.id: a for a in domestic_groups(_article(group))}
    assert out["a9"].country == country
    if country:
        assert out["a9"].provenance is not None and "KES" in (out["a9"].provenance.reason or "")


def test_domestic_groups_leave_others_alone() -> None:
    named = _actor("a8", "Rask Relief", "organization", None, "SOC")    # a name the KB lacks: not a group noun
    placed = _actor("a9", "Ostrian police", "group", "OST", "COP")      # the text gave its country
    person = _actor("a7", "Dara Quell", "person", None, None)
    actors = _article(named, placed, person)
    assert domestic_groups(actors) == actors


def test_domestic_groups_need_a_dominant_state() -> None:
    actors = _article(_actor("a9", "police", "group", None, "COP"), home_mentions=3, other_mentions=3)
    assert domestic_groups(actors)[-1].country is None


@pytest.mark.parametrize("kind,country,sector,expected", [
    ("country", "KES", None, "GOV"),     # "Kestria said": the acting state
    ("country", "KES", "MIL", "MIL"),    # a sector already given stays
    ("country", "EUR", None, None),      # not a state
    ("country", None, None, None),       # an unknown state-like name
    ("organization", "KES", None, None),
    ("group", "KES", None, None),
])
def test_acting_states(kind: str, country: str | None, sector: str | None, expected: str | None) -> None:
    actor = _actor("a1", "Kestria", kind, country, sector)
    assert acting_states([actor])[0].sector == expected


def _at(aid: str, name: str, kind: str, *spans: tuple[int, int], country: str | None = None) -> Actor:
    return Actor(aid, name, kind, country=country, mentions=tuple(Mention(Span(s, e, "x" * (e - s))) for s, e in spans))


def test_nested_mentions_dropped_and_modifier_only_actors_gone() -> None:
    # "U.S. President Dara Quell ... the U.S. Senate ... The United States said"
    quell = _at("a1", "Dara Quell", "person", (0, 25))
    senate = _at("a2", "US Senate", "organization", (40, 54))
    usa = _at("a3", "United States", "country", (0, 4), (44, 48), (70, 87), country="USA")
    modifier_only = _at("a4", "Ostria", "country", (100, 106), country="OST")
    owner = _at("a5", "Ostrian envoy", "group", (100, 113))
    out = {a.id: a for a in drop_nested_mentions([quell, senate, usa, modifier_only, owner])}
    assert [(m.span.start, m.span.end) for m in out["a3"].mentions] == [(70, 87)]
    assert "a4" not in out and {"a1", "a2", "a5"} <= set(out)


def test_nested_mentions_kept_when_used_or_coordinated() -> None:
    phrase = "governments of Kestria and Ostria"
    coordinated = Actor("a1", phrase, "group", mentions=(Mention(Span(0, 33, phrase)),))
    kestria = _at("a2", "Kestria", "country", (15, 22), country="KES")
    used = _at("a3", "Ostria", "country", (27, 33), country="OST")
    out = {a.id: a for a in drop_nested_mentions([coordinated, kestria, used], keep={"a3"})}
    assert set(out) == {"a1", "a2", "a3"}
    assert out["a2"].mentions  # a coordination names each of its members


@pytest.mark.model
@pytest.mark.parametrize("text, gone, kept", [
    # only ever a place: no actor
    ("Voters in Ohio, Utah and Maine went to the polls on Tuesday, and turnout in Texas was high.",
     ["Ohio", "Utah", "Maine", "Texas"], []),
    ("Dara Quell, the former mayor of Boise, Idaho, said she would run.", ["Idaho", "Boise"], ["Quell"]),
    # a place that acts or is acted on stays an actor
    ("Uganda condemned the raid, and Kenya rejected the claim.", [], ["Uganda", "Kenya"]),
])
def test_places_that_never_act_are_no_actors(code_text, text: str, gone: list[str], kept: list[str]) -> None:  # type: ignore[no-untyped-def]
    names = {a.name for a in code_text(text).actors}
    assert not any(g in n for g in gone for n in names), names
    assert all(any(k in n for n in names) for k in kept), names


@pytest.mark.model
@pytest.mark.parametrize("text, name, sector", [
    # a former office holder running for office acts for a party (PTY), as the guide codes candidates
    ("Former governor Dara Quell launched her presidential campaign on Monday. Quell, a candidate in the "
     "Democratic primary, said she would win the nomination.", "Quell", "PTY"),
    # delegates, ballots and endorsements are words of running too
    ("Former governor Dara Quell won 54 delegates on Tuesday. Quell also received the endorsement of the mayor.",
     "Quell", "PTY"),
    # negative: a former office holder who is not running stays a former official
    ("Former governor Dara Quell criticised the budget on Monday. Quell said the cuts were unfair.", "Quell", "ELI"),
    # class (new dev articles): an appositive in the same sentence counted twice against her, and a share of
    # the vote is a candidate's; sentences count, not mentions
    ("Dara Quell, the former governor of Vell, came second with 24% of the vote. Quell won the most delegates "
     "in Vell. Quell said she was proud.", "Quell", "PTY"),
    ("On Sunday the candidates Pell Varo and Dara Quell won seats. Quell said the result was fair.", "Quell", "PTY"),
    # negative: the words of running are said of someone else in her sentences
    ("Fellow former candidate Pell Varo and former governor Dara Quell announced their support for Brandt on "
     "Monday. Quell said Brandt would win.", "Quell", "ELI"),
    ("Former governor Dara Quell interviewed the candidate on Monday. Quell said the nominee was tired.",
     "Quell", "ELI"),
])
def test_candidates_act_for_their_party(code_text, text: str, name: str, sector: str) -> None:  # type: ignore[no-untyped-def]
    actor = next(a for a in code_text(text).actors if name in a.name)
    assert actor.sector == sector, actor


# Class (new dev articles, coded after the rules): a foreign company or news outlet mentioned often
# ("Boeing" six times in a story about a crash in Ostria) outvoted the state the story is about, so
# "the army" and "state media" became the company's home state's. Trade and reporting do not place
# an article: companies and media do not vote.
@pytest.mark.parametrize("voter,expected", [
    (_actor("a3", "Varo Aircraft", "organization", "OST", "BUS", 6), "KES"),    # a foreign maker
    (_actor("a3", "Ostrian Herald", "organization", "OST", "JRN", 6), "KES"),   # a foreign paper
    (_actor("a3", "Ostrian army", "group", "OST", "MIL", 6), "OST"),            # negative: a state's own body votes
    (_actor("a3", "Ostrian protesters", "group", "OST", "CVL", 6), "OST"),      # negative: its people vote
])
def test_dominant_state_not_placed_by_companies_or_media(voter: Actor, expected: str) -> None:
    actors = [_actor("a1", "Pell Varo", "person", "KES", "GOV", 3), voter]
    assert dominant_state(actors)[0] == expected
