"""Failure class found on the real-news benchmark's dev split (a verdict with no target): a
definite act noun judged ("called the border agreement 'null and void'") names again the act an
earlier mention of the same noun told, and a joint act's earlier mention names its doers in its
"between" phrase ("the border agreement between Dolmen and Rask"): both parties are judged, not the
nearest other agreement ("the ministers agreed to meet again"). Sentences written for these tests,
positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipients", [
    ("The maritime border agreement between the Dolmenian government and the Raskian government covers the "
     "sea south of Tarn. The foreign "
     'ministers of Ostria and Kestria agreed to meet again in June. Ostrian prime minister Piet Varga called '
     'the border agreement "null and void".', "ACCUSE", "Varga", ("Dolmen", "Rask")),
])
def test_events_judged_joint_act_judges_its_parties(nlp, text: str, event: str, actor: str,
                                                   recipients: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert all(events_with(events, event, actor, r) for r in recipients), events


@pytest.mark.parametrize("text, event, actor, not_recipient", [
    # a "between" phrase of places that are no actors names no doer
    ("The ministers of Ostria agreed to meet in Vella. The border between the two rivers was closed on "
     'Monday. Ostrian prime minister Piet Varga called the closure of the border "null and void".',
     "ACCUSE", "Varga", "river"),
])
def test_events_between_places_judges_no_one(nlp, text: str, event: str, actor: str, not_recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, event, actor, not_recipient), events
