"""Refusals, answering acts, idioms in a phrase, labour strikes and sent forces (fictional actors)."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.schema import Article

pytestmark = pytest.mark.model


def _code(pipeline, text: str):  # type: ignore[no-untyped-def]
    return pipeline.code(Article(id="t", text=text, date=dt.date(2025, 9, 5)))


def _names(result, ids):  # type: ignore[no-untyped-def]
    by_id = {a.id: a.name for a in result.actors}
    return [by_id[i] for i in ids]


# (sentence, event, mode, an actor name that must be among the actors or None, aux that must be absent)
POSITIVE = [
    ("Arnor will not reopen its consulate in the Gondorian port, the minister said.", "REJECT", None, "Arnor",
     "negation"),
    ("The Gondorian navy retaliated with missile strikes on pirate bases.", "ASSAULT", "aerial", "navy", None),
    ("Two granaries were set on fire by the gunmen.", "ASSAULT", "destroy", "gunmen", None),
    ("Nurses strike across Rohan over pay\nThe hospitals stayed shut.", "PROTEST", "strike", "Nurses", None),
    ("Gondor dispatched three warships to the straits.", "MOBILIZE", "troops", "Gondor", None),
]


@pytest.mark.parametrize("text,event,mode,actor,absent", POSITIVE)
def test_events_answer_rules(pipeline, text: str, event: str, mode: str | None, actor: str | None,
                             absent: str | None) -> None:
    result = _code(pipeline, text)
    hits = [e for e in result.events if e.event == event and (mode is None or e.mode == mode)]
    assert hits, [(e.event, e.mode, e.rule) for e in result.events]
    if actor is not None:
        assert any(actor in n for e in hits for n in _names(result, e.actor)), [_names(result, e.actor) for e in hits]
    if absent is not None:
        assert all(absent not in e.aux for e in hits)


# (sentence, event that must not be coded)
NEGATIVE = [
    ("Arnor reopened its consulate in the Gondorian port on Monday.", "REJECT"),  # done, not refused
    ("The Gondorian minister responded with a statement on the talks.", "ASSAULT"),  # answered in words
    ("The Rohan council set the date on Friday.", "ASSAULT"),  # "set" without "on fire"
    ("Gondorian jets strike rebel camps in the hills.", "PROTEST"),  # armed forces striking attack
    ("Gondor sent two doctors to the flooded province.", "MOBILIZE"),  # sending civilians mobilises nothing
]


@pytest.mark.parametrize("text,event", NEGATIVE)
def test_events_answer_rules_negative(pipeline, text: str, event: str) -> None:
    result = _code(pipeline, text)
    assert event not in {e.event for e in result.events}, [(e.event, e.rule) for e in result.events]


# (article, the text the merged AGREE event's main evidence starts with; a signed pact is AGREE since session 50)
HEADLINE_MERGE = [
    ("Arnor and Gondor sign trade pact\nThe leaders of Arnor and Gondor signed a trade agreement on Tuesday.", "The leaders"),
    ("Arnor and Gondor sign trade pact\nThe weather in the capital was mild.", "Arnor and Gondor sign trade"),  # no body report
]


@pytest.mark.parametrize("text,starts", HEADLINE_MERGE)
def test_events_body_report_leads_headline(pipeline, text: str, starts: str) -> None:
    result = _code(pipeline, text)
    signed = [e for e in result.events if e.event == "AGREE"]
    assert len(signed) == 1, [(e.event, e.evidence.text) for e in result.events]
    assert signed[0].evidence.text.startswith(starts)
    assert all(not m.text.startswith(starts) for m in signed[0].mentions)
