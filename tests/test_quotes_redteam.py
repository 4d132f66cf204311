"""Red-team quote checklist: wire-style articles rich in quoting conventions, and pronoun gender.

tests/fixtures/unseen/quotes_redteam_cases.jsonl holds four hand-written articles with a quote
split by its attribution, a quote running over paragraphs without closing marks, British single
quotes, a quote inside a quote, a question and its reply, "according to", "X added", ministry
statements, headline quotes, scare quotes, and film and book titles in marks. The stage reached
36/36 on it; the floor leaves room for one or two facts of drift in the parser, not more.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.evaluate.facts import evaluate_facts
from tidings.extract.agreement import actor_gender, agrees, mention_gender
from tidings.schema import Actor, Mention, Span

CHECKLIST = Path(__file__).resolve().parent / "fixtures" / "unseen" / "quotes_redteam_cases.jsonl"
FLOOR = 0.94  # reached 1.00 (36/36); two facts of margin


@pytest.fixture(scope="module")
def rows(nlp) -> list[tuple[str, dict, bool]]:  # type: ignore[no-untyped-def]
    from tidings.pipeline import Pipeline

    report = evaluate_facts(CHECKLIST, Pipeline(["actors", "quotes"], errors="raise", nlp=nlp).code_many)
    return [(r["article"], r["fact"], r["ok"]) for r in report["rows"]]


@pytest.mark.model
def test_quotes_redteam_checklist_is_substantial(rows) -> None:  # type: ignore[no-untyped-def]
    assert len({a for a, _, _ in rows}) == 4 and len(rows) >= 30


@pytest.mark.model
def test_quotes_redteam_rate(rows) -> None:  # type: ignore[no-untyped-def]
    held = sum(ok for _, _, ok in rows)
    failing = [(a, f) for a, f, ok in rows if not ok]
    assert held / len(rows) >= FLOOR, failing


@pytest.mark.model
def test_quotes_redteam_no_wrong_speaker(rows) -> None:  # type: ignore[no-untyped-def]
    wrong = [(a, f["contains"], f["speaker"]) for a, f, ok in rows if f["kind"] == "quote_not_speaker" and not ok]
    assert wrong == []


@pytest.mark.parametrize("words, gender", [
    (["mr", "vask"], "m"),
    (["ms", "gahl"], "f"),
    (["she"], "f"),
    (["his"], "m"),
    (["her"], "f"),
    (["his", "spokeswoman", "kira", "yarmysh"], "f"),  # the possessive is someone else's gender
    (["her", "spokesman"], "m"),
    (["their", "chairwoman"], "f"),
    (["the", "congressman"], "m"),
    (["his", "deputy"], None),
    (["her", "lawyer"], None),
    (["president", "aldo", "veskar"], None),
    (["the", "party", "spokesperson"], None),
    ([], None),
])
def test_mention_gender(words: list[str], gender: str | None) -> None:
    assert mention_gender(words) == gender


def _person(*texts: str, role: str | None = None) -> Actor:
    mentions = tuple(Mention(Span(0, len(t), t)) for t in texts)
    return Actor(id="a1", name=texts[0], kind="person", role=role, mentions=mentions)


@pytest.mark.parametrize("actor, pronoun, ok", [
    (_person("His spokeswoman, Kira Yarmysh"), "she", True),
    (_person("His spokeswoman, Kira Yarmysh"), "he", False),
    (_person("Kira Yarmysh", role="spokeswoman"), "he", False),
    (_person("Mr Kovacs", "Zoltan Kovacs"), "he", True),
    (_person("Mr Kovacs", "Zoltan Kovacs"), "she", False),
    (_person("Mr Kovacs", "Ms Kovacs"), "she", True),  # conflicting evidence: no gender
    (_person("Oscar"), "she", True),  # silent text: any person
    (Actor(id="a2", name="foreign ministry", kind="organization"), "she", False),
    (Actor(id="a2", name="foreign ministry", kind="organization"), "it", True),
])
def test_pronoun_compatibility(actor: Actor, pronoun: str, ok: bool) -> None:
    assert agrees(actor, pronoun) is ok


def test_gender_reads_the_role() -> None:
    assert actor_gender(_person("Kim Sund", role="chairwoman")) == "f"
    assert actor_gender(_person("Kim Sund")) is None  # a given name used for both genders says nothing
