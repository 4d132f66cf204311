"""Failure classes found on the real-news benchmark's dev split, as tables of sentences written for
these tests (positive and negative cases), written before the fix:

- what a request, plan, offer or proposal asks for has not happened: "the request of Johnson to
  suspend Parliament" is no suspension; the request is Johnson's (its "of" phrase);
- complying with someone's request yields to them; "will comply" promises it;
- entering into an agreement (a deal, talks, an alliance) is making one.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, coded_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, absent", [
    ("The Queen will comply with the request of Prime Minister Ali Bakr to suspend Parliament.", "SANCTION"),
    ("Kestria rejected Ostria's plan to deploy troops on the border.", "MOBILIZE"),
    ("The proposal to expel the Ostrian ambassador was debated on Monday.", "SANCTION"),
])
def test_events_what_is_asked_for_has_not_happened(nlp, text: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    assert absent not in coded_types(nlp, text), coded_article_events(nlp, text)


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The Queen will comply with the request of Prime Minister Ali Bakr to suspend Parliament.", "AGREE", "Queen",
     "Ali Bakr"),
    ("The Kurdish-led Syrian Democratic Forces said they had entered into an agreement with the government of Syria.",
     "AGREE", "Syrian Democratic Forces", "Syria"),
    ("Kestria expelled the Ostrian ambassador on Monday.", "SANCTION", "Kestria", "ambassador"),
])
def test_events_requests_and_agreements_found(nlp, text: str, event: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    found = [e for e in events if e[0] == event and any(actor in a for a in e[1])]
    assert found and any(recipient in r for e in found for r in e[2]), events
