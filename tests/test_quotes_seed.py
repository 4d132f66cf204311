"""The seed article's quotes against its hand-coded reference (skipped without ../shared).

Run through ``Pipeline(["actors", "quotes"])`` so that speakers are the actors stage's actors.
A speaker is right when its actor is named, or mentioned, the way the reference's actor is.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tidings.schema import Actor, ArticleResult, Quote

pytestmark = [pytest.mark.model, pytest.mark.shared]


def _norm(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip(" ,.;:\"'").lower()


@pytest.fixture(scope="module")
def gold(seed_path: Path) -> dict[str, Any]:
    return json.loads(seed_path.with_name("seed-2025-09-05.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def coded(nlp, seed_path: Path) -> ArticleResult:  # type: ignore[no-untyped-def]
    from tidings.ingest import read_paths
    from tidings.pipeline import Pipeline

    (article,) = list(read_paths([str(seed_path)]))
    return Pipeline(["actors", "quotes"], errors="raise", nlp=nlp).code(article)


def _surfaces(gold_actor: dict[str, Any]) -> set[str]:
    return {_norm(gold_actor["name"])} | {_norm(m) for m in gold_actor.get("mentions", [])}


def _is(actor: Actor | None, gold_name: str, gold: dict[str, Any]) -> bool:
    """Whether our actor stands for the reference actor called ``gold_name``."""
    if actor is None:
        return False
    ref = next(a for a in gold["actors"] if a["name"] == gold_name)
    ours = {_norm(actor.name)} | {_norm(m.span.text) for m in actor.mentions if m.kind != "pronoun"}
    theirs = _surfaces(ref)
    if ours & theirs:
        return True
    # a shorter name of the same person ("Keir" of "Sir Keir", "Peskov" of "Dmitry Peskov")
    return any(o and re.search(rf"\b{re.escape(o)}\b", t) for o in ours for t in theirs if len(o) > 3)


def _match(quotes: tuple[Quote, ...], ref: dict[str, Any]) -> Quote | None:
    """Our quote of a reference quote: the same text; for a reference partial, also an indirect
    quote on the same cue whose reported clause holds the phrase in quotation marks (the annotation
    guide codes a quoted phrase inside a reported clause as that one indirect quote)."""
    want = _norm(ref["text"])
    same = next((q for q in quotes if q.kind != "indirect" and _norm(q.text) == want), None)
    if same is not None or ref.get("kind") != "partial":
        return same
    return next((q for q in quotes if q.kind == "indirect" and q.cue == ref.get("cue")
                 and re.search(r'["\u201c]' + re.escape(ref["text"]) + r'["\u201d]', q.text)), None)


def _actor(result: ArticleResult, actor_id: str | None) -> Actor | None:
    return next((a for a in result.actors if a.id == actor_id), None)


def test_quotes_seed_required_quotes(coded: ArticleResult, gold: dict[str, Any]) -> None:
    required = [r for r in gold["quotes"] if r.get("required")]
    assert len(required) == 6
    for ref in required:
        q = _match(coded.quotes, ref)
        assert q is not None, f"missing quote: {ref['text']!r}"
        assert q.kind == ref["kind"] or (ref["kind"], q.kind) == ("partial", "indirect"), (q.text, q.kind)
        assert q.cue == ref["cue"], (q.text, q.cue)
        assert _is(_actor(coded, q.speaker), ref["speaker"], gold), (q.text, q.speaker, q.speaker_text)


def test_quotes_seed_no_wrong_speaker(coded: ArticleResult, gold: dict[str, Any]) -> None:
    for ref in gold["quotes"]:
        q = _match(coded.quotes, ref)
        if q is None or q.speaker is None:
            continue
        speaker = _actor(coded, q.speaker)
        acceptable = [ref["speaker"]] + (["Number 10 (UK Prime Minister's office)"] if "either" in ref.get("note", "")
                                         else [])
        assert any(_is(speaker, name, gold) for name in acceptable), (q.text, speaker)


def test_quotes_seed_no_titles_or_names_as_quotes(coded: ArticleResult) -> None:
    # the headline has no quote; the coalition's name in single quotes is a name, not speech
    assert all(q.span.start > len(coded.article.title or "") for q in coded.quotes)
    assert not [q for q in coded.quotes if q.kind != "indirect" and _norm(q.text) == "coalition of the willing"]


def test_quotes_seed_pronoun_speaker_is_a_mention(coded: ArticleResult) -> None:
    pronoun_quotes = [q for q in coded.quotes if q.speaker_text in ("he", "she") and q.speaker]
    assert pronoun_quotes
    for q in pronoun_quotes:
        actor = _actor(coded, q.speaker)
        assert actor is not None and any(m.kind == "pronoun" and m.span == q.speaker_span for m in actor.mentions)
