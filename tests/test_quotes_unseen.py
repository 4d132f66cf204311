"""The quote facts of the unseen fictional articles, coded by the whole pipeline.

The checklist tests/fixtures/unseen/quotes_cases.jsonl was written for the quotes stage (direct,
partial and indirect quotes, headlines, titles and scare quotes). Speakers count through the
actors stage's actors or the speaker text, so a regression in either shows here. Negative facts
(no speaker for a title, a scare quote, the wrong clause subject) must all hold.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.evaluate.facts import evaluate_facts

pytestmark = pytest.mark.model

CHECKLIST = Path(__file__).resolve().parent / "fixtures" / "unseen" / "quotes_cases.jsonl"


@pytest.fixture(scope="module")
def rows(nlp) -> list[tuple[str, dict, bool]]:  # type: ignore[no-untyped-def]
    from tidings.pipeline import Pipeline

    report = evaluate_facts(CHECKLIST, Pipeline(["actors", "quotes"], errors="raise", nlp=nlp).code_many)
    return [(r["article"], r["fact"], r["ok"]) for r in report["rows"]]


def test_quotes_unseen_checklist_is_substantial(rows) -> None:  # type: ignore[no-untyped-def]
    kinds = [f["kind"] for _, f, _ in rows]
    assert len({a for a, _, _ in rows}) >= 4 and sum(k in ("quote", "quote_not_speaker") for k in kinds) >= 25


def test_quotes_unseen_no_wrong_speaker(rows) -> None:  # type: ignore[no-untyped-def]
    wrong = [(a, f["contains"], f["speaker"]) for a, f, ok in rows if f["kind"] == "quote_not_speaker" and not ok]
    assert wrong == []


def test_quotes_unseen_speakers_found(rows) -> None:  # type: ignore[no-untyped-def]
    facts = [(a, f, ok) for a, f, ok in rows if f["kind"] == "quote"]
    missed = [(a, f["contains"], f["speaker"]) for a, f, ok in facts if not ok]
    assert len(missed) <= len(facts) // 10, missed
