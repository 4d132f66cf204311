"""Three failure classes (issue 11, "background as news" and "another type"), on sentences written
for these tests, positive and negative, seen failing before the fix:

- an act someone "is expected to", "is set to" or "is due to" do is to come: flagged future (and so
  coded as the intent, as "is to visit" already was), not as done ("Ban Ki-moon is expected to visit
  Gambia this week");
- a habit is no act told: a present-tense act said to recur ("holds regular meetings with the
  judges", "routinely arrests") is a candidate, not the default output; the same act told once
  stays;
- concessions promised or offered ("promised concessions to opposition leaders") are CONCEDE, as
  the guide codes an offer of concessions, not AGREE.
"""

from __future__ import annotations

import datetime as dt

import pytest
from builders import coded_article_events, events_with

from tidings.pipeline import Pipeline
from tidings.schema import Article

pytestmark = pytest.mark.model


def _flags(nlp, text: str) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    """The flags of the visit: a CONSULT done, or an intent to meet (AGREE) when it is to come."""
    result = Pipeline(errors="raise", nlp=nlp).code(Article(id="t", text=text, date=dt.date(2025, 9, 5)))
    return [e.aux for e in result.events if e.event in ("CONSULT", "AGREE")]


@pytest.mark.parametrize("text, future", [
    ("UN Secretary-General Ban Ki-moon is expected to visit Gambia this week.", True),
    ("The Kestrian president is set to visit Ostria next week.", True),
    ("The Kestrian president is due to visit Ostria on Monday.", True),
    ("The Kestrian president visited Ostria on Monday.", False),
])
def test_events_an_act_expected_is_to_come(nlp, text: str, future: bool) -> None:  # type: ignore[no-untyped-def]
    flags = _flags(nlp, text)
    assert flags and ("future" in flags[0]) == future, flags


@pytest.mark.parametrize("text, event, actor, shown", [
    ("The Kestrian justice department holds regular meetings with the judges of the supreme court.", "CONSULT",
     "justice department", False),
    ("Kestrian police routinely arrest opposition activists.", "COERCE", "police", False),
    ("The Kestrian justice department held a meeting with the judges of the supreme court on Monday.", "CONSULT",
     "justice department", True),
])
def test_events_a_habit_is_no_act_told(nlp, text: str, event: str, actor: str, shown: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool(events_with(coded_article_events(nlp, text), event, actor)) == shown


@pytest.mark.parametrize("text, actor", [
    ("Botswana has promised concessions to opposition leaders in return for their cooperation.", "Botswana"),
    ("The Kestrian government offered concessions to the striking miners on Monday.", "Kestrian government"),
])
def test_events_concessions_promised_are_a_concession(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "CONCEDE", actor) and not events_with(events, "AGREE", actor), events
