"""Failure class: leaving talks ("quit peace talks", "walked out of the negotiations", "withdrew from
the talks with X", "pulled out of the dialogue") was coded RETREAT (resign, withdraw) or PROTEST
(boycott). Leaving a meeting is refusing to meet: REJECT (meet), towards the other side of the
talks. A verb of leaving (word classes ``events.coding.walkouts.*``) whose object, or "from"/"of"
phrase, is a meeting noun (a CONSULT noun of the lexicon) makes it. Leaving an office, a race, a
treaty or a town stays what it was. Sentences written for these tests, before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Velmar's rebels quit peace talks in Rask on Monday.", "rebels", None),
    ("The Ostrian delegation walked out of the negotiations with Velmar.", "Ostrian", "Velmar"),
    ("Velmar withdrew from the talks with Ostria on Tuesday.", "Velmar", "Ostria"),
    ("The opposition pulled out of the dialogue with the government.", "opposition", "government"),
    ("The rebels abandoned the peace talks with the Velmar government.", "rebels", "Velmar"),
])
def test_events_leaving_talks_is_a_refusal_to_meet(nlp, text: str, actor: str, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "REJECT", actor, recipient), events
    assert not events_with(events, "RETREAT", actor), events


@pytest.mark.parametrize("text, event", [
    ("The minister quit on Monday after the scandal.", "RETREAT"),
    ("Ostria withdrew from the nuclear treaty.", "RETREAT"),
    ("Velmar troops withdrew from the town of Rask.", "RETREAT"),
    ("The senator pulled out of the presidential race.", "RETREAT"),
])
def test_events_leaving_anything_else_keeps_its_type(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event), events
    assert not events_with(events, "REJECT"), events
