"""Whose an actor is (issue 10, "Modifiers" and wrong countries): an unnamed state office
("officials", "police") serves the one country its sentence's places lie in, not the article's
most-mentioned state; a place inside what the office says, or one that modifies a noun, does not
count; "pro-X", "anti-X", "X-backed" name a relation, so X is neither the group's country nor an
actor of its own; "former" makes an office holder an ex-official (ELI).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.pipeline import Pipeline
from tidings.schema import Actor, Article, ArticleResult

pytestmark = pytest.mark.model


def _actor(result: ArticleResult, mention: str) -> Actor | None:
    return next((a for a in result.actors for m in a.mentions if m.span.text == mention), None)


@pytest.mark.parametrize("text,mention,country", [
    ("At least 32 people died in floods in El Salvador, according to officials.", "officials", "SLV"),
    ("Police arrested 12 men in Lagos on Monday.", "Police", "NGA"),
    # negative cases: the place is in what they say, modifies a noun, or the office is foreign
    ("Police said the El Salvador team landed in Madrid.", "Police", None),
    ("Officials in Kestria said the US embassy was closed.", "Officials", None),
    ("Foreign officials visited Lagos on Monday.", "Foreign officials", None),
    ("The two governments held talks in Geneva last month.", "The two governments", None),
    # a state that takes part in the act is no place the office serves in (session 43)
    ("Police arrested three men in the capital, Kabul.", "Police", "AFG"),
    ("The junta, which seized power in Mali in 2021, has accused Paris of planning an attack.", "The junta", "MLI"),
    ("The junta has accused Paris of planning to intervene.", "The junta", None),
    ("Officials criticised Washington for the delay.", "Officials", None),
    ("The military thanked Germany and France for their help.", "The military", None),
])
def test_office_takes_its_sentence_country(actors_only, text: str, mention: str, country: str | None) -> None:
    actor = _actor(actors_only(text), mention)
    assert actor is not None and actor.country == country, actor


def test_a_placed_government_is_that_states_government(actors_only) -> None:  # type: ignore[no-untyped-def]
    # "the government" given its state by its sentence is named as when the article's state gives it (session 43)
    result = actors_only("On Wednesday, Carrie Lam, the chief executive of Hong Kong, announced that her government "
                         "will withdraw the bill.")
    actor = _actor(result, "her government")
    assert actor is not None and actor.name == "Government of Hong Kong", result.actors


@pytest.mark.parametrize("text,mention,country,not_actor", [
    ("Pro-Beijing lawmakers walked out of the chamber.", "Pro-Beijing lawmakers", None, "Beijing"),
    ("Anti-Putin protesters marched in the city.", "Anti-Putin protesters", None, "Putin"),
    ("Iranian-backed militias attacked the base on Monday.", "Iranian-backed militias", None, "Iranian"),
    # negative case: a plain demonym is the group's country
    ("Chinese lawmakers walked out of the chamber.", "Chinese lawmakers", "CHN", "Beijing"),
])
def test_relation_modifier_is_not_the_country(actors_only, text: str, mention: str, country: str | None,
                                              not_actor: str) -> None:
    result = actors_only(text)
    actor = _actor(result, mention)
    assert actor is not None and actor.country == country, actor
    assert _actor(result, not_actor) is None, result.actors


@pytest.mark.parametrize("text,mention,sector", [
    ("Former President Barack Obama criticised the plan.", "Former President Barack Obama", "ELI"),
    ("President Barack Obama criticised the plan.", "President Barack Obama", "GOV"),
])
def test_former_changes_the_role(nlp, text: str, mention: str, sector: str) -> None:  # type: ignore[no-untyped-def]
    pipe = Pipeline(["actors"], errors="raise", nlp=nlp)
    result = pipe.code(Article(id="t", text=text, date=dt.date(2012, 5, 1) if "Former" not in text
                               else dt.date(2020, 5, 1)))
    actor = _actor(result, mention)
    assert actor is not None and actor.sector == sector, actor


@pytest.mark.parametrize("text,mention,country,sector", [
    # an appositive office "for"/"of" a body gives the person that body's country and sector
    ("Dedi Prasetyo, a spokesperson for the Indonesian National Police, said his condition was stable.",
     "Dedi Prasetyo", "IDN", "COP"),
    ("Jorge Melendez, head of El Salvador's civil protection, said 50 had died.", "Jorge Melendez", "SLV", "GOV"),
    ("Ahmed al-Assadi, a spokesman for the PMF, blamed Israel.", "Ahmed al-Assadi", "IRQ", "PRM"),
    # negative cases: a place of work is not a body ("a spokesman in Paris"), a plain office keeps its sector
    ("Aldo Veskar, a spokesman in Paris, declined to comment.", "Aldo Veskar", None, "GOV"),
    ("Ilse Morrow, a spokeswoman, declined to comment.", "Ilse Morrow", None, "GOV"),
])
def test_appositive_office_of_a_body(actors_only, text: str, mention: str, country: str | None,
                                     sector: str | None) -> None:
    actor = _actor(actors_only(text), mention)
    assert actor is not None and (actor.country, actor.sector) == (country, sector), actor


@pytest.mark.parametrize("text,mention,name", [
    # "the government" with no name before it is the government of the article's state
    ("Serbian police clashed with protesters in Belgrade. Serbia's president said Serbia would not bow. Opposition "
     "parties said the protesters were sent by the government. Serbian officials denied it.", "the government",
     "Government of Serbia"),
    # negative cases: no state dominates the article; "their government" says whose it is another way
    ("Serbia and Croatia traded accusations. Opposition parties said the protesters were sent by the government.",
     "the government", None),
])
def test_the_government_is_the_article_states(actors_only, text: str, mention: str, name: str | None) -> None:
    actor = _actor(actors_only(text), mention)
    assert (actor.name if actor else None) == name, actor


@pytest.mark.parametrize("text,mention,country,sector", [
    # "Name, <the body's head>" gives the person the body's country and sector
    ("Rick Wagoner, GM's chief executive, described the plan as comprehensive.", "Rick Wagoner", "USA", "BUS"),
    ("Budi Gunawan, chief of the Indonesian State Intelligence Agency, said the attack was planned.", "Budi Gunawan",
     "IDN", "SPY"),
    # negative: a head of nothing named keeps what the title alone says
    ("Aldo Veskar, the chief executive, described the plan as comprehensive.", "Aldo Veskar", None, "BUS"),
])
def test_appositive_head_of_a_named_body(actors_only, text: str, mention: str, country: str | None,
                                         sector: str | None) -> None:
    actor = _actor(actors_only(text), mention)
    assert actor is not None and (actor.country, actor.sector) == (country, sector), actor
