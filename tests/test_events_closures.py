"""Failure class: closing a border or an airspace restricts movement (COERCE, restrict) and closing
an embassy cuts relations (SANCTION), the mirror of the packaged "reopen the border" (CONCEDE);
"closed its border with Ostria" coded no event. Closing a shop, a plant or a meeting is no political
act. Sentences written for these tests, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("Kestria closed its border with Ostria on Monday.", "COERCE", "Kestria"),
    ("The Velmar government sealed the border with Kestria after the attack.", "COERCE", "Velmar"),
    ("Ostria shut its airspace to Kestrian flights on Friday.", "COERCE", "Ostria"),
    ("Velmar closed its embassy in Kestria on Tuesday.", "SANCTION", "Velmar"),
])
def test_events_closing_a_border_or_an_embassy(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events


@pytest.mark.parametrize("text", [
    "The Velmar supermarket chain closed its shop in Rask on Monday.",
    "Kestria Motors closed the plant after the strike ended.",
    "The minister closed the meeting with a short speech.",
])
def test_events_closing_a_shop_is_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "COERCE") and not events_with(events, "SANCTION"), events
