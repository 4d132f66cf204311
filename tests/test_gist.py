"""The article-type model (gist) on hand-built models and texts; the shipped model's sanity."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import numpy as np
import pytest

from tidings.evaluate.train_gist import fit_softmax
from tidings.extract.events.confidence import event_features, gist_features
from tidings.extract.events.gist import GistModel, bag, sentence_around, words
from tidings.schema import Article, ArticleResult, Event, Span

# two types, three words: "shelled" says ASSAULT, "talks" says CONSULT, "said" says nothing
TOY = GistModel(("ASSAULT", "CONSULT"), {"shelled": 0, "talks": 1, "said": 2},
                ((3.0, -3.0), (-3.0, 3.0), (0.0, 0.0)), (0.0, 0.0), {"what": "toy"})


@pytest.mark.parametrize("text, expected", [
    ("Troops shelled the town, officials said.", ["shelled", "the", "town", "officials", "said"]),
    ("Shelled towns", ["towns"]),  # a capitalised word is a name or a sentence's first word
    ("The government's plan", ["government's", "plan"]),
    ("NATO and EU", ["and"]),
    ("", []),
])
def test_gist_words_are_the_lower_case_words(text, expected) -> None:  # type: ignore[no-untyped-def]
    assert words(text) == expected


def test_gist_bag_scales_a_text_to_unit_length_and_ignores_unknown_words() -> None:
    b = bag(["shelled", "shelled", "talks", "unknown"], TOY.vocabulary)
    assert set(b) == {0, 1} and math.isclose(sum(v * v for v in b.values()), 1.0)
    assert bag(["unknown"], TOY.vocabulary) == {}


@pytest.mark.parametrize("text, favoured", [
    ("Artillery shelled the border villages.", "ASSAULT"),
    ("The two ministers held talks in Geneva.", "CONSULT"),
])
def test_gist_odds_favour_the_type_the_words_suggest(text, favoured) -> None:  # type: ignore[no-untyped-def]
    odds = TOY.odds(text)
    assert max(odds, key=odds.get) == favoured and math.isclose(sum(odds.values()), 1.0)


def test_gist_odds_are_uniform_without_a_known_word() -> None:
    assert TOY.odds("Nothing here is known.") == {"ASSAULT": 0.5, "CONSULT": 0.5}
    # a word that says nothing leaves the odds where they were
    assert TOY.odds("officials said") == {"ASSAULT": 0.5, "CONSULT": 0.5}


def test_gist_model_round_trips(tmp_path: Path) -> None:
    TOY.dump(tmp_path / "g.json")
    again = GistModel.load(tmp_path / "g.json")
    assert again is not None and again.types == TOY.types and again.vocabulary == TOY.vocabulary
    assert again.odds("they shelled it") == pytest.approx(TOY.odds("they shelled it"))
    assert GistModel.load(tmp_path / "missing.json") is None


@pytest.mark.parametrize("start, expected", [
    (3, "Rebels shelled Kestria."),
    (30, "Talks follow on Monday."),
])
def test_gist_sentence_around_finds_the_sentence_of_a_span(start, expected) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels shelled Kestria. Talks follow on Monday."
    assert sentence_around(text, start, start + 2) == expected


def test_gist_fit_softmax_learns_separable_classes() -> None:
    x = np.array([[1, 1, 0], [1, 1, 0], [1, 0, 1], [1, 0, 1], [1, 1, 0], [1, 0, 1]], dtype=np.float32)
    y = np.array([0, 0, 1, 1, 0, 1])
    w = fit_softmax(x, y, 2, penalty=1e-3, iterations=300)
    assert list((x @ w).argmax(axis=1)) == list(y)
    # the bias row is not penalised; a feature never seen stays at nothing
    x2 = np.c_[x, np.zeros(len(y), dtype=np.float32)]
    assert np.allclose(fit_softmax(x2, y, 2, penalty=1e-3, iterations=300)[3], 0.0)


TEXT = "Kestrian artillery shelled Ostrian villages on Monday."
ART = Article(id="g", text=TEXT, title="Border clash", date=dt.date(2020, 1, 1))


def _event(kind: str) -> Event:
    return Event(id="e", event=kind, evidence=Span(0, len(TEXT), TEXT), rule="verb:x", confidence=0.5)


def test_gist_features_give_the_events_type_its_log_odds() -> None:
    result = ArticleResult(article=ART)
    assault = gist_features(_event("ASSAULT"), result, TOY, None)
    consult = gist_features(_event("CONSULT"), result, TOY, None)
    assert assault["gist:article"] > 0 > consult["gist:article"]
    assert assault["gist:sentence"] > 0 > consult["gist:sentence"]
    # a type the model does not know, and no model: no feature (the confidence model reads zero)
    assert gist_features(_event("PROTEST"), result, TOY, None) == {}
    assert gist_features(_event("ASSAULT"), result, None, None) == {}
    assert "gist:article" in event_features(_event("ASSAULT"), result, None, TOY)
    assert "gist:article" not in event_features(_event("ASSAULT"), result)


def test_gist_shipped_model_reads_plain_reports() -> None:
    model = GistModel.load()
    if model is None:
        pytest.skip("no gist model shipped (rebuild: python -m tidings.evaluate.train_gist)")
    assert "synthetic_stories.csv" in model.about["trained_on"] and len(model.types) >= 10
    cases = {
        "PROTEST": "Thousands of demonstrators marched through the capital chanting slogans against the government.",
        "ASSAULT": "Gunmen opened fire on a bus, killing twelve passengers and wounding dozens.",
        "AID": "The agency delivered food, medicine and tents to families displaced by the floods.",
    }
    for kind, text in cases.items():
        odds = model.odds(text)
        top = sorted(odds, key=odds.get, reverse=True)[:3]  # one sentence is little to read: among the first three
        assert kind in top and odds[kind] > 1 / len(model.types), (kind, top)


def test_coded_stories_are_never_trained_on(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Every story a hand-coded corpus holds (primary or second codings, any corpus folder) is left
    out of the type model's training: the confidence model learns from their codings and must meet
    the odds of unseen text there; Wikinews ids and files outside a corpus's folders are not stories."""
    import json

    from tidings.evaluate.train_gist import coded_story_ids

    for folder, aid in (("stories/primary", "story:aaa"), ("stories/second", "story:bbb"),
                        ("stories-dev/primary", "story:ccc"), ("wikinews/primary", "wn:Some_article")):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "r.json").write_text(json.dumps({"article": aid}), encoding="utf-8")
    (tmp_path / "stories" / "README.md").write_text("story:ddd", encoding="utf-8")
    assert coded_story_ids(tmp_path) == {"story:aaa", "story:bbb", "story:ccc"}
    assert coded_story_ids(tmp_path / "nowhere") == set()
