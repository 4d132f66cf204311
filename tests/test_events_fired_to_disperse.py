"""Failure class (issue 11, "duplicates"; found in session 25 on a written probe of protest news):
"Police fired tear gas to disperse protesters" told one act twice, a firing with no one fired at
and a dispersal of the protesters; the firing without a target then merged with a later, other
shooting by the same police ("opened fire near Attock", killing a party worker) and took its
victim. An act of force whose infinitive of purpose tells an act of force of the same doers is
that act: one event, the purpose's. A purpose that tells no act ("to clear the road") leaves the
firing as it is, and a firing aimed at someone keeps its target. Sentences written for these
tests (real places, invented events), positive and negative, seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Police fired tear gas to disperse protesters in Nairobi on Tuesday.", "Police", "protesters"),
    ("Soldiers fired live rounds to disperse the crowd outside the palace on Friday.", "Soldiers", "crowd"),
])
def test_events_force_used_for_an_act_of_force_is_that_act(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ASSAULT", actor, recipient), events
    assert len(events_with(events, "ASSAULT", actor)) == 1, events


def test_events_two_shootings_stay_two(nlp) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from tidings.extract.events.relevance import is_live
    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    text = ("Police fired tear gas to disperse protesters near Islamabad on Sunday.\n\nThe party said one of its "
            "workers was killed when police opened fire near Attock.")
    result = Pipeline(errors="raise", nlp=nlp).code(Article(id="t", text=text, date=dt.date(2025, 9, 5)))
    names = {a.id: a.name for a in result.actors}
    told = {(tuple(names[r] for r in e.recipient), text[e.evidence.start:e.evidence.end].split()[0])
            for e in result.events if e.event == "ASSAULT" and is_live(e)}
    assert told == {(("protesters",), "Police"), (("workers",), "The")}, told


@pytest.mark.parametrize("text, actor, recipient", [
    ("Police fired tear gas to clear the road on Monday.", "Police", None),
    ("Police fired tear gas at protesters to clear the road on Monday.", "Police", "protesters"),
])
def test_events_a_purpose_that_is_no_act_changes_nothing(nlp, text: str, actor: str, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), "ASSAULT", actor, recipient)
