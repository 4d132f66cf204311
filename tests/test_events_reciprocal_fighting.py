"""Failure class: fighting told as between two sides had no actor: "clashes between police and
protesters left dozens injured" made the two sides recipients, "heavy fighting erupted between the
army and rebels" and "fighting between government forces and rebels has killed 30" named no one,
and "police clashed with protesters" lost the protesters. A reciprocal act (word class
``events.coding.reciprocal.acts``: clashes, fighting, skirmishes, gunfights) is done by both
sides its "between" phrase names, on the act or on the verb it is the subject of ("fighting
erupted between A and B"); a verb of such an act takes its "with" phrase as the other side ("A
clashed with B": actor A, recipient B). Not sides: "between" naming times or places ("fighting
between Monday and Friday", "clashes between the two towns"), and "fought with X", whose "with"
is as often an ally. Sentences written for these tests, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, other", [
    ("Clashes between police and protesters left dozens injured in Rask.", "police", "protesters"),
    ("Heavy fighting erupted between the army and Ostrian rebels near Dask.", "army", "rebels"),
    ("Fighting between government forces and rebels in Rask has killed at least 30 people since Friday.",
     "government forces", "rebels"),
])
def test_events_fighting_between_two_sides_is_done_by_both(nlp, text: str, actor: str, other: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ASSAULT", actor) and events_with(events, "ASSAULT", other), events


def test_events_clashed_with_names_the_other_side(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Police clashed with protesters in Rask on Sunday.")
    assert events_with(events, "ASSAULT", "Police", "protesters"), events


@pytest.mark.parametrize("text", [
    "Heavy fighting raged between Monday and Friday near Dask.",
    "Ostrian volunteers fought with the Kestrian army against the rebels.",
])
def test_events_between_times_and_allies_are_no_sides(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not any(e[0] == "ASSAULT" and any("Monday" in a or "Kestria" in a for a in e[1] + e[2]) for e in events), events
