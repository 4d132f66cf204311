"""Failure class found on the real-news benchmark's dev split: an act scheduled with "be to" ("Mbeki
is to visit Monaco next month", "Parliament is to vote on the bill") was told as done: no
``future`` flag, so a visit to come was a meeting held (PLOVER codes an announced visit as AGREE)
and a vote to come a decision taken. A verb bound by "to" to a form of "be" whose subject is
someone is an act to come. A "be to" whose subject is an aim, a plan or a job states what that is
for ("the aim of the talks is to reach a deal"), and a "to" clause of purpose is no schedule.
Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.extract.events.relevance import is_live
from tidings.pipeline import Pipeline
from tidings.schema import Article

pytestmark = pytest.mark.model


def _events(nlp, text: str):  # type: ignore[no-untyped-def]
    result = Pipeline(errors="raise", nlp=nlp).code(Article(id="t", text=text, date=dt.date(2025, 9, 5)))
    return [e for e in result.events if is_live(e)]


@pytest.mark.parametrize("text, trigger", [
    ("Ostrian President Anna Varo is to visit Kestria next month to strengthen ties.", "visit"),
    ("The Kestrian foreign minister is to meet his Ostrian counterpart in Rask on Friday.", "meet"),
    ("The Ostrian army was to withdraw its troops from the border by the end of the month.", "withdraw"),
])
def test_events_be_to_is_an_act_to_come(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in _events(nlp, text) if e.trigger is not None and e.trigger.text.startswith(trigger)]
    assert events and all("future" in e.aux for e in events), [(e.event, e.trigger, e.aux) for e in _events(nlp, text)]


@pytest.mark.parametrize("text, trigger", [
    # the act told as done
    ("Ostrian President Anna Varo visited Kestria on Monday to strengthen ties.", "visit"),
    # a "to" clause of purpose
    ("The Kestrian foreign minister travelled to Rask to meet his Ostrian counterpart.", "meet"),
])
def test_events_no_schedule_without_be_to(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in _events(nlp, text) if e.trigger is not None and e.trigger.text.startswith(trigger)]
    assert events and not any("future" in e.aux for e in events), [(e.event, e.trigger, e.aux) for e in events]


def test_events_an_aim_is_no_schedule(nlp) -> None:  # type: ignore[no-untyped-def]
    from tidings.extract.events.modality import aux_flags
    doc = nlp("The aim of the talks in Rask is to reach a deal on trade.")
    verb = next(t for t in doc if t.lemma_ == "reach")
    assert "future" not in aux_flags([verb])
