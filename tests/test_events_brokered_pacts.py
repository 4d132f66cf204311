"""Failure class (issue 11, wrong recipients; found on wire-style text written for the purpose in
session 23): when the parties' act is a verb ("Israel and Hamas agreed to a truce brokered by
Qatar", "signed a Qatar-brokered deal"), the broker of the pact became the agreement's recipient, and
the broker's own mediation was lost (only a pact told as a noun gave one, test_events_mediators).

A pact a verb's parties agree to, sign or accept (its object or its "to" phrase; word class
``events.coding.detect.pacts``) that someone brokered: the broker is no recipient of the parties'
act, and it mediated between them (CONSULT, mediate). Not: a pact no one brokered, a broker who
is one of the parties, a deal brokered of goods. Sentences written for these tests, before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, parties, broker", [
    ("Israel and Hamas agreed to a truce brokered by Qatar.", ("Israel", "Hamas"), "Qatar"),
    ("Sudan's army and the Rapid Support Forces agreed on Saturday to a ceasefire brokered by Saudi Arabia.",
     ("army", "Rapid Support Forces"), "Saudi Arabia"),
    ("Armenia and Azerbaijan signed a Russian-brokered deal on Tuesday.", ("Armenia", "Azerbaijan"), "Russia"),
])
def test_events_a_pact_brokered_for_a_verbs_parties(nlp, text, parties, broker) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    accords = [e for e in events if e[0] != "CONSULT" and any(parties[0] in a for a in e[1])]
    assert accords, events
    assert not [e for e in accords if any(broker in r for r in e[2])], events  # the broker is no recipient
    assert events_with(events, "CONSULT", broker[:5], parties[1]), events  # it mediated


@pytest.mark.parametrize("text, recipient", [
    # no broker: the partner named stays the recipient
    ("Israel agreed to a truce with Hamas on Friday.", "Hamas"),
    # a deal of goods: the seller is the buyer's partner, and no one mediated
    ("Kenya signed a deal with Qatar Airways for six jets.", "Qatar"),
])
def test_events_an_unbrokered_pact_keeps_its_partner(nlp, text, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert [e for e in events if e[0] != "CONSULT" and any(recipient in r for r in e[2])], events
    assert not events_with(events, "CONSULT"), events
