"""A demand told as what a protest says is the protest, as a table of sentences written for these
tests (positive and negative cases), written before the fix. The class, from the misses of the
dev-work split ("another type here": a REQUEST where the reference codes PROTEST): a participle
or relative clause of demanding on a protest noun ("a mass protest demanding the resignation of
X") or on the protesters' banners ("protesters carrying banners demanding justice") tells a
protest (PROTEST), not a REQUEST; a demand of someone else ("a letter demanding X"), or a finite
demand by protesters, keeps its own reading.
"""

from __future__ import annotations

import pytest
from builders import code_events

pytestmark = pytest.mark.model


def _events(nlp, text: str) -> list[tuple[str, tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    result = code_events(nlp, text)
    names = {a.id: a.name for a in result.actors}
    return [(e.event, tuple(names.get(i, i) for i in e.actor)) for e in result.events if "negation" not in e.aux]


@pytest.mark.parametrize("text, actor", [
    ("This followed Saturday's mass protest demanding the resignation of Governor Pell Varo.", None),
    ("Students carrying banners demanding justice clashed with police in the Kestrian capital on Thursday.", "Students"),
    ("A march by Kestrian farmers calling for lower fuel prices passed off peacefully on Monday.", "farmers"),
])
def test_events_protest_demanding_is_a_protest(nlp, text: str, actor: str | None) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text)
    assert any(t == "PROTEST" and (actor is None or any(actor in a for a in acts)) for t, acts in events), events
    assert not any(t == "REQUEST" for t, _a in events), events


@pytest.mark.parametrize("text, kind", [
    ("A letter demanding the resignation of Governor Pell Varo was sent to the assembly.", None),
    ("The Kestrian farmers' union demanded lower fuel prices on Monday.", "REQUEST"),
])
def test_events_other_demands_are_no_protest(nlp, text: str, kind: str | None) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text)
    assert not any(t == "PROTEST" for t, _a in events), events
    assert kind is None or any(t == kind for t, _a in events), events


def test_events_held_protest_is_coded_once(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Kestrian students held a mass protest demanding the resignation of Governor Pell Varo.")
    assert [t for t, _a in events].count("PROTEST") == 1, events
