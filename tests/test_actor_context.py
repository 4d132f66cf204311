"""Article-context rules of the actors stage, one table per rule (fictional names where the KB is
not the point), plus the unseen-article checklist of actor facts."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from tidings.evaluate.facts import evaluate_facts
from tidings.extract.actors import context as ctx
from tidings.pipeline import Pipeline
from tidings.schema import Actor, Article, ArticleResult

UNSEEN = Path(__file__).resolve().parent / "fixtures" / "unseen"


# --- pure helpers (no model) -------------------------------------------------------------------

@pytest.mark.parametrize("name, adjective, expected", [
    ("Rhovania", "Rhovanian", True),
    ("Kestria", "Kestrian", True),
    ("Talvora", "Talvoran", True),
    ("Ostreland", "Ostrelandic", True),
    ("Kostmark", "Kostmarki", True),
    ("Rhovania", "Rhovania", False),  # the name itself is no demonym
    ("Rhovania", "Kestrian", False),
    ("Marenia", "Marengo", False),
    ("Pell Valley", "Pellian", False),
])
def test_matches_demonym(name: str, adjective: str, expected: bool) -> None:
    assert ctx.matches_demonym(name, adjective) is expected


@pytest.mark.parametrize("word, expected", [
    ("Thursday", True), ("March", True), ("Sept.", True), ("monday", True),
    ("Marchetti", False), ("Velt", False), ("May", True),
])
def test_is_date_word(word: str, expected: bool) -> None:
    assert ctx.is_date_word(word) is expected


@pytest.mark.parametrize("votes, share, expected", [
    (Counter({"UKR": 3, "RUS": 1}), 0.5, "UKR"),
    (Counter({"UKR": 2, "RUS": 2}), 0.5, None),  # a tie names no country
    (Counter({"UKR": 2, "RUS": 1, "DEU": 2}), 0.5, None),
    (Counter({"UKR": 1}), 1.0, "UKR"),
    (Counter({"UKR": 1, "RUS": 1}), 1.0, None),
    (Counter(), 0.5, None),
])
def test_dominant(votes: Counter[str], share: float, expected: str | None) -> None:
    assert ctx.dominant(votes, share) == expected


# --- the actors stage over parsed text ---------------------------------------------------------

@pytest.fixture(scope="module")
def pipe(nlp) -> Pipeline:  # type: ignore[no-untyped-def]
    return Pipeline(["actors"], errors="raise", nlp=nlp)


def code(pipe: Pipeline, text: str, date: str = "2024-03-08") -> ArticleResult:
    return pipe.code(Article(id="t", text=text, date=dt.date.fromisoformat(date)))


def actor(result: ArticleResult, mention: str) -> Actor | None:
    return next((a for a in result.actors if any(m.span.text == mention for m in a.mentions)), None)


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("Thousands marched through the capital, Velt, on Sunday.", "Velt"),
    ("Velt, the capital, was quiet on Sunday.", "Velt"),
    ("Troops withdrew from the disputed Pell valley.", "Pell"),
    ("The minister visited the state of Goa, India, on Friday.", "Goa"),
    ("The coast guard seized the trawlers Nordlys and Greta Marie.", "Greta Marie"),
    ("Mr Halden said on Thursday that he would stay.", "Thursday"),
    ("Officials told reporters in Ambrel that the talks had failed.", "Ambrel"),
])
def test_places_dates_and_things_are_not_actors(pipe: Pipeline, text: str, place: str) -> None:
    assert actor(code(pipe, text), place) is None


@pytest.mark.model
def test_a_named_person_is_still_a_person(pipe: Pipeline) -> None:
    r = code(pipe, "Mr Velt said the talks had failed. Anton Pell, a farmer, agreed.")
    assert actor(r, "Mr Velt") is not None and actor(r, "Mr Velt").kind == "person"
    assert actor(r, "Anton Pell") is not None


@pytest.mark.model
@pytest.mark.parametrize("text, mention", [
    ("Doctors said his health had improved.", "his health"),
    ("Demonstrators accused the government of corruption.", "government of corruption"),
])
def test_abstract_nouns_and_verb_complements_are_not_actors(pipe: Pipeline, text: str, mention: str) -> None:
    assert actor(code(pipe, text), mention) is None


@pytest.mark.model
@pytest.mark.parametrize("text, mention, sector, role", [
    ("\"We will win,\" opposition leader Mira Halden said.", "opposition leader Mira Halden", "OPP",
     "opposition leader"),
    ("Dunmarch's foreign minister, Ilse Morrow, accused Rhovania of shelling villages.", "Ilse Morrow", "GOV",
     None),
    ("Shelling hit the town, regional governor Lida Karsk said.", "regional governor Lida Karsk", "GOV", None),
    ("The state's health minister, Anna Brell, said hospitals had beds.", "Anna Brell", "GOV", None),
])
def test_titles_give_unknown_people_a_sector(pipe: Pipeline, text: str, mention: str, sector: str,
                                              role: str | None) -> None:
    a = actor(code(pipe, text), mention)
    assert a is not None and a.kind == "person" and a.sector == sector and a.country is None
    if role:
        assert a.role == role


@pytest.mark.model
@pytest.mark.parametrize("text, full, short", [
    ("Prime Minister Karel Brandt refused to go. Mr Brandt said on Friday that he would stay.",
     "Prime Minister Karel Brandt", "Mr Brandt"),
    ("Ruben Kask, leader of the opposition, spoke first. Later Kask left the hall.", "Ruben Kask", "Kask"),
    ("Chief Minister Manohar Parrikar spoke. D'Souza worked with Manohar for years.",
     "Chief Minister Manohar Parrikar", "Manohar"),
])
def test_short_names_join_the_person(pipe: Pipeline, text: str, full: str, short: str) -> None:
    r = code(pipe, text, "2019-02-17")
    assert actor(r, full) is not None and actor(r, full) is actor(r, short)


@pytest.mark.model
def test_forename_shared_by_two_people_joins_neither(pipe: Pipeline) -> None:
    r = code(pipe, "Anna Brell and Anna Kask met on Monday. Anna said nothing.")
    assert actor(r, "Anna") not in {actor(r, "Anna Brell"), actor(r, "Anna Kask")}


@pytest.mark.model
def test_explicit_title_beats_a_missing_dated_role(pipe: Pipeline) -> None:
    r = code(pipe, "Chief Minister Manohar Parrikar tweeted his condolences.", "2019-02-17")
    a = actor(r, "Chief Minister Manohar Parrikar")
    assert a is not None and (a.country, a.sector) == ("IND", "GOV")


@pytest.mark.model
def test_government_of_a_person(pipe: Pipeline) -> None:
    r = code(pipe, "Chief Minister Manohar Parrikar spoke. D'Souza worked with Manohar's government.", "2019-02-17")
    gov = actor(r, "Manohar's government")
    assert gov is not None and (gov.country, gov.sector) == ("IND", "GOV")
    assert "Parrikar" in (gov.provenance.reason or "")  # type: ignore[union-attr]


@pytest.mark.model
def test_a_region_government_is_not_the_national_one(pipe: Pipeline) -> None:
    r = code(pipe, "Goa's government announced three days of mourning, India's government said.")
    goa = actor(r, "Goa's government")
    assert goa is not None and goa.country == "IND" and goa.name != "Government of India"


@pytest.mark.model
@pytest.mark.parametrize("text, mention, country, sector", [
    ("PANAJI, India - State Congress President Girish Chodankar criticised the BJP government in Goa.",
     "Congress President Girish Chodankar", "IND", "PTY"),
    ("WASHINGTON - Congress passed the bill and President Joe Biden signed it in Washington.", "Congress", "USA",
     "LEG"),
])
def test_generic_body_names_follow_the_article_country(pipe: Pipeline, text: str, mention: str, country: str,
                                                       sector: str) -> None:
    a = actor(code(pipe, text, "2022-06-01"), mention)
    assert a is not None and (a.country, a.sector) == (country, sector)


@pytest.mark.model
def test_sub_national_title_takes_the_country_of_its_sentence(pipe: Pipeline) -> None:
    text = ("German Chancellor Olaf Scholz visited Berlin. Russian forces shelled the city of Sievierodonetsk on "
            "Thursday, regional governor Serhiy Haidai said.")
    a = actor(code(pipe, text, "2022-06-10"), "regional governor Serhiy Haidai")
    assert a is not None and a.country == "UKR" and "sub-national" in (a.provenance.reason or "")  # type: ignore


@pytest.mark.model
def test_national_title_without_country_stays_without(pipe: Pipeline) -> None:
    text = "Russian forces shelled the city of Sievierodonetsk, Foreign Minister Lida Karsk said."
    a = actor(code(pipe, text, "2022-06-10"), "Foreign Minister Lida Karsk")
    assert a is not None and a.country is None


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Rhovanian President Aldo Veskar rejected a proposal from neighbouring Dunmarch.", "Dunmarch"),
    ("Quellan's foreign ministry called the expulsion unjustified.", "Quellan"),
    ("The military government of Marenia expelled the envoy.", "Marenia"),
    ("The leaders of Talvora and Kestria signed an agreement.", "Kestria"),
    ("Rhovania rejected the offer. Rhovanian troops stayed.", "Rhovania"),
    ("Ostreland rejected the plan, the Ostrelandic government said.", "Ostreland"),
])
def test_unknown_names_used_as_states_are_countries_without_a_code(pipe: Pipeline, text: str, name: str) -> None:
    a = actor(code(pipe, text), name)
    assert a is not None and a.kind == "country" and a.country is None
    assert "state by its use" in (a.provenance.reason or "")  # type: ignore[union-attr]


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Anton Quellan's foreign policy was criticised.", "Quellan"),  # a person's surname
    ("Mr Dunmarch met neighbouring farmers.", "Dunmarch"),
    ("Rhovanian troops crossed the river.", "Rhovanian"),  # a demonym alone names no state actor
])
def test_names_that_are_not_states(pipe: Pipeline, text: str, name: str) -> None:
    a = actor(code(pipe, text), name)
    assert a is None or a.kind != "country"


# --- the checklists ----------------------------------------------------------------------------

ACTOR_FACTS = {"actor", "actor_not", "same_actor"}


@pytest.mark.model
@pytest.mark.parametrize("path, floor", [("actors_cases.jsonl", 0.9), ("cases.jsonl", 0.9)])
def test_unseen_actor_facts(nlp, path: str, floor: float) -> None:  # type: ignore[no-untyped-def]
    """Actor facts of unseen articles, coded by the whole pipeline (other stages may add actors)."""
    rows = [r for r in evaluate_facts(UNSEEN / path, Pipeline(nlp=nlp).code_many)["rows"]
            if r["fact"]["kind"] in ACTOR_FACTS]
    ok, n = sum(r["ok"] for r in rows), len(rows)
    assert n >= 27 and ok / n >= floor, f"{ok}/{n} actor facts hold"
