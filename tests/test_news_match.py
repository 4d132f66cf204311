"""The real-news scorer on hand-built codings: what must match and what must not."""

from __future__ import annotations

import pytest

from tidings.evaluate.corpus import GoldActor, GoldArticle, GoldEvent, GoldNotEvent, GoldQuote
from tidings.evaluate.news import aggregate, calibration_table, expected_calibration_error, score_article
from tidings.evaluate.news_match import ActorIndex, event_matches, match_events

# Offsets in an imagined text; only overlaps matter.
A_REF = (
    GoldActor("R1", "Jane Roe", "person", "USA", "GOV", None, ((0, 8), (100, 103))),
    GoldActor("R2", "Ostria", "country", "OST", "GOV", None, ((20, 26),)),
    GoldActor("R3", "Veland", "country", "VEL", "GOV", None, ((40, 46),)),
    GoldActor("R4", "John Doe", "person", "USA", "GOV", None, ((60, 68),)),
)
A_SYS = (
    GoldActor("s1", "Roe", "person", "USA", "GOV", None, ((4, 8),)),
    GoldActor("s2", "Ostria", "country", "OST", "GOV", None, ((20, 26),)),
    GoldActor("s3", "Veland", "country", "VEL", "GOV", None, ((40, 46),)),
    GoldActor("s4", "White House", "organization", "USA", "GOV", None, ((200, 211),)),
    GoldActor("s5", "Aleppo", "organization", "SYR", None, None, ((300, 306),)),
)
IDX = ActorIndex({a.id: a for a in A_REF}, {a.id: a for a in A_SYS})


def ev(i: str, t: str, actor=(), recipient=(), span=(0, 50), **kw) -> GoldEvent:  # type: ignore[no-untyped-def]
    return GoldEvent(i, t, span, tuple(actor), tuple(recipient), **kw)


REF = ev("E1", "ACCUSE", ["R1"], ["R2"], required=True)


@pytest.mark.parametrize("coded, entity, want", [
    (ev("x", "ACCUSE", ["s1"], ["s2"]), False, True),            # linked actor, linked recipient
    (ev("x", "ACCUSE", ["s4"], ["s2"]), False, True),            # same country and sector as the reference actor
    (ev("x", "ACCUSE", ["s4"], ["s2"]), True, False),            # ... but not the same entity
    (ev("x", "REJECT", ["s1"], ["s2"]), False, False),           # wrong type
    (ev("x", "ACCUSE", ["s1"], ["s3"]), False, False),           # wrong recipient
    (ev("x", "ACCUSE", ["s1"], []), False, False),               # recipient missing
    (ev("x", "ACCUSE", [], ["s2"]), False, False),               # no actor
    (ev("x", "ACCUSE", ["s2"], ["s1"]), False, False),           # roles reversed
    (ev("x", "ACCUSE", ["s5"], ["s2"]), False, False),           # a place coded as the actor
])
def test_news_match_event_table(coded: GoldEvent, entity: bool, want: bool) -> None:
    assert event_matches(REF, coded, IDX, entity=entity) is want


def test_news_match_alternative_recipient_and_joint_action() -> None:
    ref = ev("E2", "ACCUSE", ["R1"], ["R2"], alt_recipient=("R3",), required=True)
    assert event_matches(ref, ev("x", "ACCUSE", ["s1"], ["s3"]), IDX)
    joint = ev("E3", "AGREE", ["R2", "R3"], [], required=True)
    assert event_matches(joint, ev("x", "AGREE", ["s2"], ["s3"]), IDX)  # partner as recipient is fine
    assert not event_matches(joint, ev("x", "AGREE", ["s1"], []), IDX)


def test_news_match_no_reference_actor_needs_overlapping_evidence() -> None:
    ref = ev("E4", "ASSAULT", [], ["R2"], span=(10, 30))
    assert event_matches(ref, ev("x", "ASSAULT", ["s3"], ["s2"], span=(25, 60)), IDX)
    assert not event_matches(ref, ev("x", "ASSAULT", ["s3"], ["s2"], span=(400, 420)), IDX)


def test_news_match_is_one_to_one() -> None:
    coded = (ev("x1", "ACCUSE", ["s1"], ["s2"]), ev("x2", "ACCUSE", ["s1"], ["s2"], span=(100, 140)))
    assert match_events((REF,), coded, IDX) == {"E1": "x1"}


def _article(actors, events=(), quotes=(), not_events=(), political=True) -> GoldArticle:  # type: ignore[no-untyped-def]
    return GoldArticle("wn:t", "c", "2026-12-02", "dev", political, tuple(actors), tuple(quotes), tuple(events),
                       tuple(not_events))


def test_news_score_counts_events_actors_quotes() -> None:
    ref = _article(A_REF, events=(REF, ev("E5", "CONSULT", ["R3"], [], span=(500, 540))),
                   quotes=(GoldQuote("Q1", (110, 150), "R1", "direct", None),
                           GoldQuote("Q2", (160, 190), "R4", "direct", None)),
                   not_events=(GoldNotEvent("ASSAULT", (600, 650), "background"),))
    sys = _article(A_SYS + (GoldActor("s6", "Jane", "person", "USA", "GOV", None, ((100, 103),)),),
                   events=(ev("x1", "ACCUSE", ["s1"], ["s2"]), ev("x2", "ASSAULT", ["s3"], [], span=(610, 630)),
                           ev("x3", "ACCUSE", ["s1"], ["s2"], span=(700, 720))),
                   quotes=(GoldQuote("q1", (112, 140), "s6", "direct", None),
                           GoldQuote("q2", (165, 180), "s1", "direct", None)))
    s = score_article(ref, sys, confidence={"x1": 0.9, "x2": 0.95, "x3": 0.6})
    c = s["counts"]
    assert (c["required"], c["found"], c["claimed"], c["correct"]) == (1, 1, 3, 1)
    assert c["not_event_errors"] == 1
    assert c["split_actors"] == 1                      # "Roe" and "Jane" are one reference actor
    assert c["quotes_span"] == 2 and c["quotes_speaker"] == 1 and c["quotes_wrong_speaker"] == 1
    assert c["ref_actors"] == 4 and c["ref_actors_found"] == 3   # John Doe is never mentioned by the coder
    kinds = [e["kind"] for e in s["errors"]]
    assert kinds.count("event-false") == 2 and "actor-spurious" in kinds
    rep = aggregate([s])
    assert rep["events"]["precision"] == round(1 / 3, 4) and rep["events"]["recall"] == 1.0
    assert rep["calibration"][-1]["events"] == 2 and rep["calibration"][-1]["correct"] == 1


def test_news_score_non_political_false_events() -> None:
    sports = _article(A_REF[:1], political=False)
    coded = _article(A_SYS[:1], events=(ev("x1", "ASSAULT", ["s1"], []), ev("x2", "AGREE", ["s1"], [])))
    quiet = _article(A_SYS[:1])
    rep = aggregate([score_article(sports, coded), score_article(sports, quiet)])
    assert rep["false_events_per_non_political_article"] == 1.0
    assert rep["events"]["precision"] == 0.0 and rep["events"]["reference"] == 0


def test_news_calibration_bins_cover_zero_to_one() -> None:
    rows = calibration_table([(0.0, False), (0.55, True), (1.0, True)])
    assert sum(r["events"] for r in rows) == 3
    assert rows[0]["confidence"] == "0.0-0.5" and rows[-1]["confidence"] == "0.9-1.0"


def test_news_expected_calibration_error() -> None:
    assert expected_calibration_error([(0.95, True), (0.95, True)]) == 0.05
    assert expected_calibration_error([(0.65, True), (0.65, False)]) == 0.15
    assert expected_calibration_error([]) is None


@pytest.mark.parametrize("coded, want", [
    ((), "nothing here"),
    ((ev("x", "ACCUSE", ["s1"], ["s2"]),), "recipient"),                              # right actor, another recipient
    ((ev("x", "REJECT", ["s1"], ["s2"]),), "another type here"),
    ((ev("x", "ACCUSE", ["s3"], ["s2"], span=(400, 450)),), "its type only elsewhere"),
    ((ev("x", "ACCUSE", ["s3"], ["s2"]),), "actor"),
    ((ev("x", "ACCUSE", ["s1"], ["s3"]),), "recipient"),
    ((ev("x", "ACCUSE", ["s1"], []), ev("y", "ACCUSE", ["s3"], ["s2"])), "recipient"),  # one with the right actor
])
def test_news_match_miss_reason_table(coded: tuple[GoldEvent, ...], want: str) -> None:
    from tidings.evaluate.news_match import miss_reason
    ref = ev("E1", "ACCUSE", ["R1"], ["R3"], required=True)
    assert miss_reason(ref, coded, IDX) == want


def test_news_match_misses_are_counted_in_the_report() -> None:
    ref = GoldArticle("a", "ref", "", "dev", True, A_REF, (GoldQuote("Q1", (0, 60), "R1", "direct", None),),
                      (ev("E1", "ACCUSE", ["R1"], ["R2"], required=True),
                       ev("E2", "REJECT", ["R1"], [], span=(300, 320), required=True)), ())
    sys = GoldArticle("a", "tidings", "", "dev", True, A_SYS, (), (ev("x", "ACCUSE", ["s1"], ["s2"]),), ())
    rep = aggregate([score_article(ref, sys)])
    assert rep["missed"]["nothing here"] == 1 and sum(rep["missed"].values()) == 1
    assert rep["in_quotes"] == {"required": 1, "found": 1}
