"""The actors component over parsed text (fictional names where the KB is not the point)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tidings.pipeline import Pipeline
from tidings.schema import Article, ArticleResult

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipe(nlp) -> Pipeline:  # type: ignore[no-untyped-def]
    return Pipeline(["actors"], errors="raise", nlp=nlp)


def code(pipe: Pipeline, text: str, date: str = "2025-09-05") -> ArticleResult:
    return pipe.code(Article(id="t", text=text, date=dt.date.fromisoformat(date)))


def by_mention(result: ArticleResult, text: str):  # type: ignore[no-untyped-def]
    for a in result.actors:
        if any(m.span.text == text for m in a.mentions):
            return a
    return None


def test_metonyms_demonyms_and_nominals(pipe: Pipeline) -> None:
    r = code(pipe, "The Kremlin said on Monday that Ukrainian troops had withdrawn. Moscow insisted experts were wrong.")
    assert (by_mention(r, "The Kremlin").country, by_mention(r, "The Kremlin").sector) == ("RUS", "GOV")
    assert (by_mention(r, "Ukrainian troops").country, by_mention(r, "Ukrainian troops").sector) == ("UKR", "MIL")
    assert by_mention(r, "Moscow").sector == "GOV"
    assert by_mention(r, "experts").sector == "EDU"
    assert [a.id for a in r.actors] == [f"a{i}" for i in range(1, len(r.actors) + 1)]


def test_capital_as_a_place_is_not_an_actor(pipe: Pipeline) -> None:
    r = code(pipe, "The delegates met in Paris on Tuesday.")
    assert by_mention(r, "Paris") is None


def test_unknown_person_gets_no_country_but_one_actor(pipe: Pipeline) -> None:
    r = code(pipe, "Bilbo Baggins, a farmer, said the harvest failed. Mr Baggins later left the Shire.")
    a = by_mention(r, "Bilbo Baggins")
    assert a is not None and a.country is None
    assert by_mention(r, "Mr Baggins") is a


def test_title_names_the_office_holder(pipe: Pipeline) -> None:
    r = code(pipe, "French President Emmanuel Macron met reporters. Macron said the French leader would travel.")
    a = by_mention(r, "French President Emmanuel Macron")
    assert a is not None and a.country == "FRA" and a.sector == "GOV"
    assert by_mention(r, "Macron") is a


def test_empty_text(pipe: Pipeline) -> None:
    assert code(pipe, " ").actors == ()


@pytest.mark.shared
def test_seed_article_actors(pipe: Pipeline, seed_path: Path) -> None:
    import json

    raw = seed_path.read_text(encoding="utf-8")
    first, body = raw.split("\n", 1)
    parts = first.split()
    title = first.split(parts[1], 1)[1].strip()
    r = pipe.code(Article(id="seed", text=title + "\n" + body, date=dt.date.fromisoformat(parts[1]), title=title))
    gold = json.loads(seed_path.with_name("seed-2025-09-05.gold.json").read_text(encoding="utf-8"))
    for g in gold["actors"]:
        found = [by_mention(r, m) for m in g["mentions"] if m != "he" and by_mention(r, m)]
        if not g.get("country") and not g.get("sector"):
            continue
        assert found, f"no actor for {g['name']}"
        a = found[0]
        assert (a.country, a.sector) == (g["country"], g.get("sector")), g["name"]
    putin = {by_mention(r, m).id for m in ("Vladimir Putin", "Putin", "The Russian leader")}  # type: ignore[union-attr]
    assert len(putin) == 1


@pytest.mark.parametrize(("text", "mention", "want"), [
    ("HALVIK, Kostmark – Villagers said the army had left.", "Kostmark", None),  # a dateline, not an actor
    ("LONDON (Reuters) - British police arrested two men.", "LONDON", None),
    ("Moscow insisted no Western forces should be deployed.", "Western forces", ("group", None)),
    ("Europe's plan was rejected by the Kremlin.", "Europe's plan", None),  # an abstract head is a thing
    ("The Marshall Plan was praised by experts.", "The Marshall Plan", None),
    ("The current administration of the US has the will.", "The current administration of the US",
     ("organization", "USA")),
])
def test_mention_rules(pipe: Pipeline, text: str, mention: str, want: tuple[str, str | None] | None) -> None:
    a = by_mention(code(pipe, text), mention)
    assert (a.kind, a.country) == want if want else a is None


def test_government_mentions_join_one_actor(pipe: Pipeline) -> None:
    r = code(pipe, "The Chinese government protested. Later the government of China said talks would go on.")
    a = by_mention(r, "The Chinese government")
    assert a is not None and a.country == "CHN" and a.sector == "GOV"
    assert by_mention(r, "the government of China") is a


def test_appositive_of_a_body(pipe: Pipeline) -> None:
    r = code(pipe, "Dmitry Peskov, the Kremlin's spokesperson, told reporters the talks were over.")
    a = by_mention(r, "Dmitry Peskov")
    assert a is not None and a.country == "RUS"
    kinds = {m.span.text: m.kind for m in a.mentions}
    assert kinds.get("the Kremlin's spokesperson") == "appositive"
