"""The event confidence model on hand-built records: features, probability, threshold, training."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from tidings.evaluate.train_confidence import fit_logistic
from tidings.extract.events.confidence import ConfidenceModel, _days_before, confident, event_features, rescore
from tidings.schema import Actor, Article, ArticleResult, Event, EventDate, Mention, Provenance, Span

TEXT = "Kestria accused Ostria of shelling the border town on Monday."
ART = Article(id="t", text=TEXT, date=dt.date(2019, 5, 10))
ACTORS = (Actor("a1", "Kestria", "country", "KEN", "GOV", mentions=(Mention(Span(0, 7, "Kestria")),)),
          Actor("a2", "Ostria", "country", "UGA", "GOV", mentions=(Mention(Span(16, 22, "Ostria")),)))


def _event(**kw) -> Event:  # type: ignore[no-untyped-def]
    base = dict(id="e1", event="ACCUSE", evidence=Span(0, len(TEXT), TEXT), actor=("a1",), recipient=("a2",),
                rule="verb:accuse", confidence=0.9, provenance=Provenance("x", "verb:accuse", 0.9))
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize("value, days", [
    ("2019-05-08", 2), ("2019-05", 0), ("2019", 0), ("2019-04", 10), ("2019-06-01", -22), ("2018", 130),
    ("2019-13", None), (None, None),
])
def test_event_confidence_days_before_counts_to_the_nearest_day_of_the_period(value, days) -> None:  # type: ignore[no-untyped-def]
    ev = _event(date=EventDate(value, None) if value else None)
    assert _days_before(ev, ArticleResult(article=ART)) == days


def test_event_confidence_features_read_the_records() -> None:
    result = ArticleResult(article=ART, actors=ACTORS, events=(_event(),))
    f = event_features(result.events[0], result)
    assert f["type=ACCUSE"] == 1.0 and f["family=verb"] == 1.0 and f["interstate"] == 1.0
    assert f["actor:none"] == 0.0 and f["actor:state"] == 1.0 and f["rule_score"] == 0.9
    lone = _event(actor=(), recipient=())
    g = event_features(lone, ArticleResult(article=ART, actors=ACTORS, events=(lone,)))
    assert g["actor:none"] == 1.0 and g["recipient:none"] == 1.0 and g["interstate"] == 0.0
    # an event without a recipient is weighed by its type (a deployment has none, a request lacks one)
    assert g["type=ACCUSE:no_recipient"] == 1.0 and f["type=ACCUSE:no_recipient"] == 0.0


@pytest.mark.parametrize("actors, recipients, joint", [
    (("a1", "a2"), (), 1.0),      # "Kestria and Ostria signed the agreement": a joint act has no recipient
    (("a1", "a2"), ("a2",), 0.0),  # a told recipient: one side acts on the other
    (("a1",), (), 0.0),           # one state alone lacks its other side
    (("a1", "a3"), (), 0.0),      # two bodies of one state: no joint act of states
])
def test_event_confidence_reads_a_joint_act_of_states(actors, recipients, joint) -> None:  # type: ignore[no-untyped-def]
    cast = ACTORS + (Actor("a3", "Kestrian army", "group", "KEN", "MIL", mentions=(Mention(Span(0, 7, "Kestria")),)),)
    ev = _event(event="SUPPORT", actor=actors, recipient=recipients, rule="idiom:sign_agreement")
    assert event_features(ev, ArticleResult(article=ART, actors=cast, events=(ev,)))["joint"] == joint


def test_event_confidence_model_scores_filters_and_round_trips(tmp_path: Path) -> None:
    model = ConfidenceModel({"bias": -1.0, "actor:none": -3.0, "interstate": 2.5}, 0.5, {"what": "test"})
    with_actor = _event()
    without = _event(id="e2", actor=(), recipient=())
    result = rescore(ArticleResult(article=ART, actors=ACTORS, events=(with_actor, without)), model)
    conf = {e.id: e.confidence for e in result.events}
    assert conf["e1"] > 0.7 > 0.05 > conf["e2"]
    assert [e.id for e in confident(result, model.threshold).events] == ["e1"]
    assert len(confident(result, None).events) == 2  # no floor: every event, candidates too
    model.dump(tmp_path / "m.json")
    again = ConfidenceModel.load(tmp_path / "m.json")
    assert again is not None and again.threshold == 0.5 and again.weights == model.weights
    assert ConfidenceModel.load(tmp_path / "missing.json") is None


def test_event_confidence_logistic_fit_separates_and_is_penalised() -> None:
    x = np.array([[1, 0.0], [1, 0.1], [1, 0.9], [1, 1.0]] * 5)
    y = np.array([0, 0, 1, 1] * 5, dtype=float)
    loose, tight = fit_logistic(x, y, 0.1), fit_logistic(x, y, 100.0)
    assert loose[1] > tight[1] > 0
    p = 1 / (1 + np.exp(-(x @ loose)))
    assert (p[y == 1] > 0.5).all() and (p[y == 0] < 0.5).all()


def _fig(p: float, r: float, claimed: int = 50) -> dict:
    return {"precision": p, "recall": r, "claimed": claimed}


@pytest.mark.parametrize("figures, expected", [
    # the lowest threshold from which on precision stays at the target plus the margin for unseen text
    ({0.3: _fig(0.6, 0.3), 0.4: _fig(0.79, 0.25), 0.5: _fig(0.8, 0.2), 0.6: _fig(0.9, 0.1)}, 0.4),
    # the target alone is not enough: dev precision overstates unseen text
    ({0.3: _fig(0.6, 0.3), 0.4: _fig(0.76, 0.25), 0.5: _fig(0.8, 0.2), 0.6: _fig(0.9, 0.1)}, 0.5),
    # a dip later on moves the choice past it
    ({0.3: _fig(0.6, 0.3), 0.4: _fig(0.79, 0.25), 0.5: _fig(0.7, 0.2), 0.6: _fig(0.9, 0.1)}, 0.6),
    # thresholds keeping too few events say nothing
    ({0.3: _fig(0.6, 0.3), 0.4: _fig(0.7, 0.25), 0.5: _fig(1.0, 0.02, claimed=3)}, None),
    # ... nor does a chance dip among the last few events kept (session 35: 16 events above 0.92)
    ({0.3: _fig(0.6, 0.3), 0.4: _fig(0.79, 0.25, claimed=200), 0.9: _fig(0.7, 0.02, claimed=20)}, 0.4),
    # but a dip on enough events still counts
    ({0.4: _fig(0.79, 0.25, claimed=200), 0.6: _fig(0.7, 0.05, claimed=40), 0.9: _fig(0.85, 0.03, claimed=35)}, 0.9),
])
def test_pick_threshold_targets_precision(figures: dict, expected: float | None) -> None:
    from tidings.evaluate.train_confidence import pick_threshold

    t, info = pick_threshold(figures)
    if expected is None:
        assert "best F0.5" in info["rule"]
    else:
        assert t == expected and "CV precision" in info["rule"]


@pytest.mark.model
def test_event_confidence_clause_kind_from_the_parse(nlp) -> None:  # type: ignore[no-untyped-def]
    from tidings.extract.events.confidence import clause_kind

    text = "Ostria shelled the town. The troops who shelled the town left. After shelling the town, they left."
    doc = nlp(text)

    def kind(word_at: int) -> str | None:
        end = text.index(" ", word_at)
        return clause_kind(doc, _event(trigger=Span(word_at, end, text[word_at:end])))

    assert kind(text.index("shelled")) == "main"
    assert kind(text.index("shelled", 30)) == "relative"
    assert kind(text.index("shelling")) == "adverbial"
    assert clause_kind(None, _event()) is None and clause_kind(doc, _event()) is None  # no parse, no trigger
    ev = _event(trigger=Span(7, 14, "shelled"))
    assert event_features(ev, ArticleResult(article=ART, events=(ev,)), doc)["clause=main"] == 1.0


def test_event_confidence_a_nominal_act_knows_its_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    # an act named by a noun inside a description ("the lawyer who represented X in her lawsuit")
    # is scored apart from one in the main clause: on dev none of them was right
    text = "The lawyer who represented Ana Tell in her lawsuit against Omar Varo was convicted."
    doc = nlp(text)
    start = text.index("lawsuit")
    ev = _event(trigger=Span(start, start + 7, "lawsuit"), rule="nominal:lawsuit")
    f = event_features(ev, ArticleResult(article=ART, events=(ev,)), doc)
    assert f["clause=relative"] == 1.0 and f["clause=relative:nominal"] == 1.0
    verbal = _event(trigger=Span(text.index("represented"), text.index("represented") + 11, "represented"))
    assert "clause=relative:nominal" not in event_features(verbal, ArticleResult(article=ART, events=(verbal,)), doc)


@pytest.mark.parametrize("probs, expected", [
    # the lowest threshold from which on the mean probability of the events kept is 0.75 or more
    ([0.2] * 40 + [0.62] * 20 + [0.9] * 20, 0.21),
    ([0.1] * 100 + [0.5] * 30 + [0.95] * 30, 0.51),
    # the kept events' mean is below the target wherever enough are kept: no threshold
    ([0.3] * 40 + [0.6] * 40, None),
    # a high mean on fewer than MIN_CLAIMED events says nothing
    ([0.3] * 40 + [0.99] * 5, None),
])
def test_expected_precision_threshold(probs: list, expected: float | None) -> None:
    from tidings.evaluate.train_confidence import expected_precision_threshold

    assert expected_precision_threshold(np.array(probs)) == expected


def test_every_sector_has_a_group() -> None:
    from tidings.ontology import SECTOR_GROUPS, SECTORS

    assert set(SECTOR_GROUPS) == set(SECTORS)
    assert set(SECTOR_GROUPS.values()) == {"state", "armed", "politics", "private", "civil", "other"}


def test_dev_check_figures_per_corpus_take_each_corpus_check_events(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The per-corpus dev-check figures of training see each corpus's dev-check rows and exactly
    their events' probabilities (rows and probabilities run in the same order)."""
    import tidings.evaluate.train_confidence as tc

    monkeypatch.setattr(tc, "score_at", lambda rows, probs, t: {"rows": [r["id"] for r in rows], "probs": list(probs)})
    rows = [{"id": "w1", "corpus": "wikinews", "check": True, "features": [{}, {}]},
            {"id": "w2", "corpus": "wikinews", "check": False, "features": [{}]},
            {"id": "s1", "corpus": "stories", "check": True, "features": [{}]}]
    probs = np.array([0.1, 0.2, 0.3, 0.4])
    check = np.array([True, True, False, True])
    seen = tc._by_corpus(rows, probs, check, 0.5)
    assert seen == {"wikinews": {"rows": ["w1"], "probs": [0.1, 0.2]}, "stories": {"rows": ["s1"], "probs": [0.4]}}


@pytest.mark.model
def test_event_confidence_a_hung_main_verb_is_a_main_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    """"Iran, the group's main backer, called on ..." parsed as a fragment with "called" a clause of
    the appositive: the scorer reads the main verb the coder reads (session 44: cross-validated log
    loss 0.5260 -> 0.5259, found at the threshold 614 -> 616); a relative clause stays relative."""
    from tidings.extract.events.confidence import clause_kind

    text = "Iran, the group's main backer, called on Israel to show restraint. The troops who shelled the town left."
    doc = nlp(text)

    def kind(word: str) -> str | None:
        at = text.index(word)
        return clause_kind(doc, _event(trigger=Span(at, at + len(word), word)))

    assert kind("called") == "main"
    assert kind("shelled") == "relative"


@pytest.mark.parametrize("evidence, actor_here, recipient_here", [
    ((0, len(TEXT)), 1.0, 1.0),   # both sides named in the evidence
    ((8, len(TEXT)), 0.0, 1.0),   # the actor carried in from before the evidence
    ((23, len(TEXT)), 0.0, 0.0),  # neither side named where the act is told
])
def test_event_confidence_reads_whether_a_side_is_named_in_the_evidence(  # type: ignore[no-untyped-def]
        evidence, actor_here, recipient_here) -> None:
    ev = _event(evidence=Span(evidence[0], evidence[1], TEXT[evidence[0]:evidence[1]]))
    f = event_features(ev, ArticleResult(article=ART, actors=ACTORS, events=(ev,)))
    assert f["actor:here"] == actor_here and f["recipient:here"] == recipient_here
    lone = _event(actor=(), recipient=())
    g = event_features(lone, ArticleResult(article=ART, actors=ACTORS, events=(lone,)))
    assert "actor:here" not in g and "recipient:here" not in g  # a side with no actor says nothing
