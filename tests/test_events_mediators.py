"""Failure class (issue 11, the actor lost): whoever brokers an accord between two sides ("Egypt and
Qatar brokered a truce between Israel and Hamas", "a ceasefire brokered by Turkey between ...",
"the Qatar-brokered ceasefire") was no actor of anything: only the accord was coded, as its parties'
own event. The broker meets both sides as a third party (CONSULT, mediate), and the accord stays
the parties'. A broker of goods with no parties ("brokered the sale of the tea harvest") mediates
nothing. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "mediator", "party"), [
    ("Egypt and Qatar brokered a truce between Israel and Hamas on Friday.", "Qatar", "Hamas"),
    ("A ceasefire between Armenia and Azerbaijan brokered by Russia took effect on Tuesday.", "Russia", "Armenia"),
    ("The Qatar-brokered ceasefire between Israel and Hamas collapsed on Sunday.", "Qatar", "Israel"),
])
def test_a_broker_mediates_between_the_parties(nlp, text: str, mediator: str, party: str) -> None:
    events = coded_article_events(nlp, text)
    assert events_with(events, "CONSULT", mediator, party), events
    # the accord stays the parties' own, not the broker's
    assert not [e for e in events if e[0] != "CONSULT" and any(mediator in a for a in e[1])], events


def test_a_broker_of_goods_mediates_nothing(nlp) -> None:
    events = coded_article_events(nlp, "A Kenyan firm brokered the sale of the tea harvest on Monday.")
    assert not events_with(events, "CONSULT"), events
