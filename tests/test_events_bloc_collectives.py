"""Failure class (wire copy): a collective of states named by a bloc ("Western powers condemned",
"European countries urged", "world powers condemned") had no actor, so the event fell to the gate;
"Arab states condemned the strike on Gaza" took the country of the place it was about. A bloc
adjective (word class ``events.coding.args.blocs``) on a head that names states or their
leaders (``events.coding.args.bloc_heads``) is an actor of no one state: country null, as the guide
codes vague collectives, sector GOV. Other modifiers ("some countries", "several nations") and
other heads ("Western tourists", "European fans") are not this. Sentences written for these tests,
before the fix."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import coded_article_events, events_with

from tidings.pipeline import Pipeline
from tidings.schema import Article

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("Western powers condemned the rebel raids on the capital.", "ACCUSE", "Western powers"),
    ("World powers condemned the missile test.", "ACCUSE", "World powers"),
    ("European countries urged Iran to release the detainees.", "REQUEST", "European countries"),
    ("Arab states condemned the Israeli strike on Gaza.", "ACCUSE", "Arab states"),
])
def test_events_a_bloc_of_states_is_an_actor(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events


def test_events_a_bloc_has_no_one_country(nlp) -> None:  # type: ignore[no-untyped-def]
    result = Pipeline(errors="raise", nlp=nlp).code(Article(id="t", text="Arab states condemned the Israeli strike on Gaza.",
                                                            date=dt.date(2025, 9, 5)))
    bloc = next(a for a in result.actors if a.name.lower().startswith("arab states"))
    assert bloc.country is None and bloc.sector == "GOV"


def test_events_a_vague_quantity_of_states_is_no_bloc(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Several countries condemned the missile test.")
    assert not [e for e in events if any("countries" in a for a in e[1])], events


def test_events_people_of_a_region_are_no_bloc_of_states(nlp) -> None:  # type: ignore[no-untyped-def]
    result = Pipeline(errors="raise", nlp=nlp).code(Article(id="t", text="Western tourists condemned the hotel's prices.",
                                                            date=dt.date(2025, 9, 5)))
    assert all(a.sector != "GOV" for a in result.actors if "tourists" in a.name)
